package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Section;
import io.github.ogireport.testkit.Expected;
import io.github.ogireport.testkit.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker program: verdicts, exit codes, the JSON a service reads, the README's output. */
class CheckTest {
  private static final List<String> SAMPLES =
      List.of(
          "hongze-2023.txt", "hongze-2024.txt", "huaian-2024.txt", "pingtan-2021.txt",
          "pingtan-2023.html", "seed-fangzheng-edu-2020.txt");

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Check.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path sample(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, Samples.text(name), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void theReadmeShowsTheCheckersOutputOnHongze2023() throws IOException {
    Run r = run(sample("hongze-2023.txt").toString());
    assertEquals(1, r.code(), "a report with an error exits 1");
    assertEquals("", r.err(), "no progress line for one file");
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```\n" + r.out() + "```"), "README.md must show:\n" + r.out());
  }

  @Test
  void aFolderIsCheckedFileByFileWithProgress() throws IOException {
    for (String s : SAMPLES) {
      sample(s);
    }
    Run r = run(dir.toString());
    assertEquals(1, r.code());
    assertEquals(6, r.err().lines().filter(l -> l.matches("\\[\\d/6\\] .*")).count(), r.err());
    List<String> verdicts = r.out().lines().filter(l -> !l.startsWith(" ")).toList();
    assertEquals(
        List.of(
            "hongze-2023.txt: 2021 edition, 洪泽区人民政府, 2023: 2 errors, 1 warning",
            "hongze-2024.txt: 2021 edition, 淮安市洪泽区人民政府, 2024: 0 errors, 2 warnings",
            "huaian-2024.txt: 2021 edition, 淮安市人民政府, 2024: 0 errors, 0 warnings",
            "pingtan-2021.txt: 2021 edition, 平潭综合实验区, 2021: 0 errors, 3 warnings, 1 reading problem",
            "pingtan-2023.html: 2021 edition, 平潭综合实验区, 2023: 0 errors, 0 warnings",
            "seed-fangzheng-edu-2020.txt: 2019 edition, 方正县教育局, 2020: 0 errors, 2 warnings"),
        verdicts);
  }

  @Test
  void cleanReportsExitZero() throws IOException {
    assertEquals(0, run(sample("huaian-2024.txt").toString()).code());
  }

  @Test
  void badArgumentsExitTwo() {
    Run none = run();
    assertEquals(2, none.code());
    assertEquals("usage: check [--json] FILE|DIR...\n", none.err());
    Run missing = run(dir.resolve("nothing.txt").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("check: no such file or directory: "), missing.err());
  }

  @Test
  void theJsonHasEveryCellOfEverySampleWithItsOfficialLabels() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> expectedNames = new HashMap<>();
    for (String s : SAMPLES) {
      sample(s);
      expectedNames.put(s, s.replaceAll("\\.(txt|html)$", ".json"));
    }
    Run r = run("--json", dir.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(SAMPLES.size(), lines.size(), "one JSON object per report and line");
    for (String line : lines) {
      JsonNode o = mapper.readTree(line);
      String file = Path.of(o.get("file").asText()).getFileName().toString();
      Expected expected = Expected.load(expectedNames.get(file));
      assertEquals(expected.year(), o.get("year").asInt());
      assertEquals("2021".equals(o.get("edition").asText()) ? Edition.E2021 : Edition.E2019,
          Edition.fromId(o.get("edition").asText()).orElseThrow());
      assertEquals(o.get("edition").asText(), o.get("report").get("edition").asText());
      Map<String, JsonNode> cells = new HashMap<>();
      for (JsonNode c : o.get("cells")) {
        cells.put(c.get("section").asText() + "|" + c.get("row").asText() + "|" + c.get("column").asText(), c.get("value"));
      }
      Edition edition = Edition.fromId(o.get("edition").asText()).orElseThrow();
      for (Map.Entry<CellRef, PrintedCell> e : expected.cells(edition).entrySet()) {
        CellRef c = e.getKey();
        if (c.section() == Section.TWO) {
          continue;
        }
        JsonNode v = cells.get(c.section().numeral() + "|" + c.rowLabel() + "|" + c.columnLabel());
        long want = ((Figure.Count) ((PrintedCell.Numeric) e.getValue()).figure()).value();
        assertEquals(want, v.asLong(), () -> file + " " + c);
      }
      for (JsonNode v : o.get("violations")) {
        assertTrue(v.has("id") && v.has("severity") && v.has("cells") && v.has("expected")
            && v.has("found") && v.has("message"), v::toString);
      }
      assertTrue(o.get("problems").isArray());
    }
  }
}
