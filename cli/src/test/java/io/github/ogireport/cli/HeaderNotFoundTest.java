package io.github.ogireport.cli;

import static io.github.ogireport.cli.Runs.run;
import static io.github.ogireport.cli.Runs.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ogireport.cli.Runs.Run;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose agency or year the reader did not find: the checker shows "not found" (JSON
 * {@code null}, an empty CSV field, a word in the text and the site), never the stand-in the
 * printed report holds, and never puts it in a series.
 */
class HeaderNotFoundTest {
  @TempDir Path dir;

  private static final String SAMPLE = "seed-fangzheng-edu-2020.txt";

  /**
   * The sample without the year reported on (title, preamble, statistics period); the signature,
   * dated 2021, still names the agency.
   */
  private static String withoutYears() {
    return Samples.text(SAMPLE).replaceAll("2020\\s*年", "本");
  }

  /** The sample without its year and without its agency (title, preamble and signature). */
  private static String withoutYearsNorAgency() {
    return withoutYears().replace("方正县教育局", "");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void noAgencyNorYearIsNullInJsonAndNotFoundInText() throws IOException {
    Path f = write("untitled.txt", withoutYearsNorAgency());
    Run json = run("--json", "--lang", "en", f.toString());
    JsonNode o = JsonOutput.MAPPER.readTree(json.lines().get(0));
    assertEquals("report", o.get("type").asText(), json.out());
    assertTrue(o.get("agency").isNull(), "agency: " + o.get("agency"));
    assertTrue(o.get("year").isNull(), "year: " + o.get("year"));
    List<String> kinds = new ArrayList<>();
    o.get("problems").forEach(p -> kinds.add(p.get("kind").asText()));
    assertTrue(kinds.contains("TITLE_NOT_FOUND"), kinds.toString());
    // No error in the sample, a reading problem: incomplete, exit 0 (1 is for errors only).
    assertEquals("incomplete", o.get("status").asText());
    assertEquals(0, json.code(), json.out());

    Run en = run("--lang", "en", "--quiet", f.toString());
    assertTrue(en.lines().get(0).startsWith("untitled.txt: 2019 edition, agency not found, year not found: "),
        en.out());
    assertFalse(en.lines().get(0).contains("2019:"), "no stand-in year: " + en.out());
    Run zh = run("--lang", "zh", "--quiet", f.toString());
    assertTrue(zh.lines().get(0).contains("机关未识别") && zh.lines().get(0).contains("年度未识别"), zh.out());
    assertFalse(zh.lines().get(0).contains(ReportReader.UNKNOWN_AGENCY), zh.out());
    assertEquals(0, zh.code());
  }

  @Test
  void aYearNotFoundIsAnEmptyCsvFieldAndNotFoundInTheSite() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write("in/no-year.txt", withoutYears());
    Path csv = dir.resolve("cells.csv");
    Path site = dir.resolve("site");
    Run r = run("--lang", "en", "--csv", csv.toString(), "--html", site.toString(), in.toString());
    assertTrue(r.out().contains("no-year.txt: 2019 edition, 方正县教育局, year not found: "), r.out());
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      List<Map<String, String>> rows = it.readAll();
      assertFalse(rows.isEmpty());
      for (Map<String, String> row : rows) {
        assertEquals("方正县教育局", row.get("agency"));
        assertEquals("", row.get("year"), row.toString());
      }
    }
    String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("<td class=\"n\">not found</td>"), index);
    try (var pages = Files.list(site.resolve("reports"))) {
      String page = Files.readString(pages.findFirst().orElseThrow(), StandardCharsets.UTF_8);
      assertTrue(page.contains("<h1>方正县教育局(year not found)政府信息公开工作年度报告</h1>"), page);
      assertFalse(page.contains("2019年"), "no stand-in year on the page");
    }
  }

  @Test
  void aReportWithoutAYearJoinsNoSeries() throws IOException {
    sample(dir, SAMPLE);
    write("no-year.txt", withoutYears());
    Run r = run("--json", "--lang", "en", dir.toString());
    for (String line : r.lines()) {
      JsonNode o = JsonOutput.MAPPER.readTree(line);
      assertFalse(o.get("type").asText().equals("series"), "a stand-in year makes no series: " + r.out());
    }
    JsonNode summary = JsonOutput.MAPPER.readTree(r.lines().get(r.lines().size() - 1));
    assertEquals(2, summary.get("reports").asInt(), r.out());
    assertEquals(0, summary.get("series").asInt(), r.out());
  }
}
