package io.github.ogireport.cli;

import static io.github.ogireport.cli.Runs.run;
import static io.github.ogireport.cli.Runs.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.cli.Runs.Run;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Section;
import io.github.ogireport.testkit.Expected;
import io.github.ogireport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker's verdicts, exit codes, options and JSON. */
class CheckTest {
  @TempDir Path dir;

  private static final List<String> VERDICTS_EN =
      List.of(
          "hongze-2023.txt: 2021 edition, 洪泽区人民政府, 2023: 2 errors, 1 warning",
          "hongze-2024.txt: 2021 edition, 淮安市洪泽区人民政府, 2024: 0 errors, 2 warnings",
          "huaian-2024.txt: 2021 edition, 淮安市人民政府, 2024: 0 errors, 0 warnings",
          "pingtan-2021.txt: 2021 edition, 平潭综合实验区, 2021: 0 errors, 13 warnings, 2 reading problems",
          "pingtan-2023.html: 2021 edition, 平潭综合实验区, 2023: 0 errors, 0 warnings",
          "seed-fangzheng-edu-2020.txt: 2019 edition, 方正县教育局, 2020: 0 errors, 2 warnings");

  @Test
  void theReadmeShowsTheCheckersOutputOnHongze2023() throws IOException {
    Run r = run("--lang", "en", sample(dir, "hongze-2023.txt").toString());
    assertEquals(1, r.code(), "a report with an error exits 1");
    assertEquals("", r.err(), "no progress line off a terminal");
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```\n" + r.out() + "```"), "README.md must show:\n" + r.out());
  }

  @Test
  void theReadmeShowsTheHelp() throws IOException {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```\n" + r.out() + "```"), "README.md must show:\n" + r.out());
  }

  @Test
  void aFolderGivesOneVerdictPerFileInNameOrderThenTheSeriesAndTheSummary() throws IOException {
    Runs.samples(dir);
    Run r = run("--lang", "en", "--jobs", "3", dir.toString());
    assertEquals(1, r.code(), r.out());
    List<String> top = r.lines().stream().filter(l -> !l.startsWith(" ")).toList();
    List<String> expected = new ArrayList<>(VERDICTS_EN);
    expected.add("series 淮安市洪泽区人民政府 (also printed as 洪泽区人民政府), 2023–2024 (2 reports): 0 errors,"
        + " 1 warning");
    expected.add("series 平潭综合实验区, 2021–2023 (2 reports): 0 errors, 0 warnings");
    expected.add("summary: 6 reports, 1 with errors, 0 with nothing to check, 2 incomplete, 0 not read, 0 skipped, 2 series,"
        + " 0 series with errors");
    assertEquals(expected.stream().sorted().toList(), top.stream().sorted().toList());
    assertEquals(VERDICTS_EN, top.subList(0, 6), "input order, whatever finished first");
    assertTrue(r.last().startsWith("summary: "), "the summary closes the run");
  }

  @Test
  void messagesComeInOneLanguage() throws IOException {
    Path p = sample(dir, "hongze-2023.txt");
    Run zh = run(p.toString());
    assertTrue(zh.out().contains("I6 错误：行政复议 总计印为 0，各项之和为 11（应为 11，实为 0）"), zh.out());
    assertFalse(zh.out().contains("printed"), zh.out());
    assertTrue(zh.last().startsWith("合计："), zh.out());
    Run en = run("--lang", "en", p.toString());
    assertFalse(en.out().contains("印为"), en.out());
  }

  @Test
  void exitZeroWhenEveryReportIsClean() throws IOException {
    assertEquals(0, run(sample(dir, "huaian-2024.txt").toString()).code());
    assertEquals(0, run(sample(dir, "hongze-2024.txt").toString()).code(), "warnings only");
  }

  @Test
  void exitOneOnAnErrorOrOnAWarningWithFailOnWarning() throws IOException {
    assertEquals(1, run(sample(dir, "hongze-2023.txt").toString()).code());
    assertEquals(1, run("--fail-on", "warning", sample(dir, "hongze-2024.txt").toString()).code());
    assertEquals(0, run("--fail-on", "warning", sample(dir, "huaian-2024.txt").toString()).code());
  }

  @Test
  void exitTwoWhenAFileIsNotAReportEvenBesideAnError() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run r = run("--lang", "en", sample(dir, "hongze-2023.txt").toString(), empty.toString());
    assertEquals(2, r.code());
    assertTrue(r.out().contains("\nempty.txt: not a report: empty file\n"), r.out());
    assertEquals("summary: 1 report, 1 with errors, 0 with nothing to check, 0 incomplete, 1 not read, 0 skipped", r.last());
    Run missing = run("--lang", "en", dir.resolve("nothing.txt").toString());
    assertEquals(2, missing.code());
    assertEquals("nothing.txt: cannot read: no such file or folder", missing.lines().get(0));
  }

  @Test
  void exitTwoOnBadArguments() {
    Run none = run();
    assertEquals(2, none.code());
    assertTrue(none.err().startsWith("check: Missing required parameter"), none.err());
    assertEquals(2, run("--fail-on", "never", "x.txt").code());
    Run unknown = run("--frobnicate", "x.txt");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.err());
    assertEquals(2, run("--jobs", "0", "x.txt").code());
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--fail-on=error|warning"), help.out());
    assertTrue(help.out().contains("  2   a file could not be read as a report"), help.out());
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().matches("check \\(ogi-report\\) \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version.out());
  }

  @Test
  void quietPrintsOneLinePerFile() throws IOException {
    Runs.samples(dir);
    Run r = run("--quiet", "--lang", "en", dir.toString());
    assertEquals(VERDICTS_EN, r.lines().subList(0, 6));
    assertTrue(r.lines().stream().noneMatch(l -> l.startsWith(" ")), r.out());
  }

  /** Issue 8: a sample, an empty file, a fake PDF, a JSON file and a GBK-encoded sample. */
  @Test
  void aFolderOfOddFilesGivesOneLineForEachFileNotReadAndReadsTheGbkSample() throws IOException {
    sample(dir, "huaian-2024.txt");
    Files.createFile(dir.resolve("empty.txt"));
    Files.writeString(dir.resolve("fake.pdf"), "%PDF-1.7\nthis is not a PDF at all\n");
    Files.writeString(dir.resolve("report.json"), "{\"formatVersion\": 1, \"edition\": \"2021\"}");
    Files.writeString(dir.resolve("gbk.txt"), Samples.text("hongze-2023.txt"), Charset.forName("GBK"));
    Run r = run("--lang", "en", "--quiet", dir.toString());
    assertEquals(2, r.code(), r.out());
    List<String> lines = r.lines();
    assertEquals(6, lines.size(), r.out());
    assertEquals("empty.txt: not a report: empty file", lines.get(0));
    assertTrue(lines.get(1).startsWith("fake.pdf: cannot read: "), lines.get(1));
    assertEquals(VERDICTS_EN.get(0).replace("hongze-2023.txt", "gbk.txt"), lines.get(2));
    assertEquals(VERDICTS_EN.get(2), lines.get(3));
    assertTrue(lines.get(4).startsWith("report.json: skipped: not a report's file type"), lines.get(4));
    assertEquals("summary: 2 reports, 1 with errors, 0 with nothing to check, 0 incomplete, 2 not read, 1 skipped", lines.get(5));
    Run json = run("--lang", "en", dir.resolve("report.json").toString());
    assertEquals(2, json.code());
    assertTrue(json.lines().get(0).startsWith("report.json: not a report: a JSON document"), json.out());
  }

  @Test
  void warningsThatRepeatForEveryCellOfATableAreOneGroup() throws IOException {
    // Section 三's 法人或其他组织 block left blank: one INCOMPLETE per cell.
    String text = Samples.text("huaian-2024.txt");
    Path p = dir.resolve("blank.txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    var read = io.github.ogireport.read.ReportReader.readText(text).report();
    var t = read.edition().template();
    var blanked = read;
    int blanks = 0;
    for (CellRef c : t.cells()) {
      if (c.section() == Section.THREE && c.row().equals("NEW") && !c.column().equals("TOTAL")
          && !c.column().equals("NATURAL_PERSON")) {
        blanked = blanked.withCell(c, PrintedCell.blank());
        blanks++;
      }
    }
    FileCheck f = new FileCheck(Entry.read(p), FileCheck.Status.ERROR, "",
        new io.github.ogireport.read.ReadResult(blanked, List.of()),
        io.github.ogireport.validation.ReportValidator.violations(blanked));
    String out = TextOutput.of(f, Lang.en, false);
    List<String> incomplete = out.lines().filter(l -> l.contains("INCOMPLETE")).toList();
    assertEquals(1, incomplete.size(), out);
    assertTrue(incomplete.get(0).contains("INCOMPLETE warning ×" + blanks), out);
    assertTrue(out.contains("/ 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他"), out);
  }

  @Test
  void theJsonHasEveryCellOfEverySampleWithItsOfficialLabels() throws IOException {
    Map<String, String> expectedNames = new HashMap<>();
    for (String s : Runs.SAMPLES) {
      sample(dir, s);
      expectedNames.put(s, s.replaceAll("\\.(txt|html)$", ".json"));
    }
    Run r = run("--json", dir.toString());
    List<String> lines = r.lines();
    assertEquals(Runs.SAMPLES.size() + 3, lines.size(), "a line per report, per series (2), the summary");
    int reports = 0;
    for (String line : lines) {
      JsonNode o = JsonOutput.MAPPER.readTree(line);
      if (!o.get("type").asText().equals("report")) {
        continue;
      }
      reports++;
      String file = Path.of(o.get("file").asText()).getFileName().toString();
      Expected expected = Expected.load(expectedNames.get(file));
      assertEquals(expected.year(), o.get("year").asInt());
      assertEquals(o.get("edition").asText(), o.get("report").get("edition").asText());
      Map<String, JsonNode> cells = new HashMap<>();
      for (JsonNode c : o.get("cells")) {
        cells.put(c.get("section").asText() + "|" + c.path("table").asText() + "|" + c.get("row").asText()
            + "|" + c.get("column").asText(), c.get("value"));
      }
      Edition edition = Edition.fromId(o.get("edition").asText()).orElseThrow();
      for (Map.Entry<CellRef, PrintedCell> e : expected.cells(edition).entrySet()) {
        CellRef c = e.getKey();
        JsonNode v = cells.get(c.section().numeral() + "|" + (c.section() == Section.TWO ? c.tableLabel() : "")
            + "|" + c.rowLabel() + "|" + c.columnLabel());
        if (e.getValue() instanceof PrintedCell.Numeric n && n.figure() instanceof Figure.Count k
            && !v.has("unreadable")) { // read right or said to be unreadable, never wrong
          assertEquals(k.value(), v.asLong(), () -> file + " " + c);
        }
      }
      for (JsonNode v : o.get("violations")) {
        assertTrue(v.has("id") && v.has("severity") && v.has("cells") && v.has("expected")
            && v.has("found") && v.has("message"), v::toString);
      }
      assertTrue(o.get("problems").isArray());
    }
    assertEquals(Runs.SAMPLES.size(), reports);
    JsonNode summary = JsonOutput.MAPPER.readTree(lines.get(lines.size() - 1));
    assertEquals("summary", summary.get("type").asText());
    assertEquals(6, summary.get("reports").asInt());
  }

  @Test
  void aClosedOutputEndsTheRun() throws IOException {
    for (int i = 0; i < 30; i++) {
      Files.writeString(dir.resolve(String.format("r%02d.txt", i)), Samples.text("huaian-2024.txt"));
    }
    int[] writes = {0};
    java.io.OutputStream closed = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (++writes[0] > 1) {
          throw new IOException("Broken pipe");
        }
      }
    };
    int code = Check.run(new String[] {"--jobs", "1", dir.toString()},
        new java.io.PrintStream(closed, true, StandardCharsets.UTF_8),
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), false);
    assertEquals(0, code);
    assertTrue(writes[0] <= 3, "it stopped at the first failed write, not after 30 files: " + writes[0]);
  }
}
