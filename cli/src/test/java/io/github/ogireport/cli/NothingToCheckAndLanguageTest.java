package io.github.ogireport.cli;

import static io.github.ogireport.cli.Runs.run;
import static io.github.ogireport.cli.Runs.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.cli.Runs.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report with nothing to check has its own verdict, never "clean"; the checker's words follow
 * {@code --lang}; a checker run on PDF and Word files prints nothing on stderr.
 */
class NothingToCheckAndLanguageTest {
  /** The official 2021 Word template as published, not filled in: not one number to check. */
  static final Path BLANK_TEMPLATE = Path.of("../documents/src/test/resources/official-template-2021.docx");

  static final Path HONGZE_2024_PDF = Path.of("../documents/src/test/resources/pdf/hongze-2024.pdf");

  @TempDir Path dir;

  private Path blankTemplate() throws IOException {
    return Files.copy(BLANK_TEMPLATE, dir.resolve("template.docx"));
  }

  @Test
  void aReportWithNothingToCheckIsSaidSoInTextAndSummaryAndIsNeverClean() throws IOException {
    Path template = blankTemplate();
    Run en = run("--lang", "en", "--quiet", template.toString());
    assertEquals(0, en.code(), "a warning, not an error: " + en.out());
    assertTrue(en.lines().get(0).startsWith("template.docx: 2021 edition, "), en.out());
    assertTrue(en.lines().get(0).endsWith(", nothing to check"), en.out());
    assertEquals("summary: 1 report, 0 with errors, 1 with nothing to check, 0 incomplete, 0 not read,"
        + " 0 skipped", en.last());
    assertEquals(1, run("--fail-on", "warning", template.toString()).code());

    Run zh = run(template.toString());
    assertTrue(zh.lines().get(0).endsWith("，无从核对"), zh.out());
    assertTrue(zh.out().contains("NOTHING_TO_CHECK 警告：报告没有可识别的数字，无从核对"), zh.out());
    assertEquals("合计：1 份报告，0 份有错误，1 份无从核对，0 份不完整，0 个文件未读取，0 个已跳过", zh.last());
  }

  @Test
  void theJsonSaysNothingToCheckAndCountsIt() throws IOException {
    Run r = run("--json", blankTemplate().toString(), sample(dir, "huaian-2024.txt").toString());
    List<JsonNode> lines = new ArrayList<>();
    for (String l : r.lines()) {
      lines.add(JsonOutput.MAPPER.readTree(l));
    }
    assertEquals("nothing to check", lines.get(0).get("status").asText());
    assertEquals("clean", lines.get(1).get("status").asText());
    JsonNode summary = lines.get(lines.size() - 1);
    assertEquals(1, summary.get("nothingToCheck").asInt());
    assertEquals(0, summary.get("withErrors").asInt());
  }

  @Test
  void theSiteShowsNothingToCheckInItsOwnColourAndWords() throws IOException {
    Path out = dir.resolve("site");
    Run r = run("--quiet", "--html", out.toString(), blankTemplate().toString(),
        sample(dir, "huaian-2024.txt").toString());
    assertEquals(0, r.code(), r.out());
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    List<Element> rows = index.select("#files tbody tr");
    assertEquals("nothing-to-check", rows.get(0).attr("data-status"));
    assertEquals("无从核对", rows.get(0).selectFirst("td.v").text());
    assertEquals("clean", rows.get(1).attr("data-status"));
    assertEquals("无误", rows.get(1).selectFirst("td.v").text());
    assertTrue(index.select("style").html().contains("tr.s-nothing-to-check td.v { background: #cfdcf0;"));
    assertFalse(index.select("#status option[value=nothing-to-check]").isEmpty(), "the verdict filter has it");
    assertTrue(index.selectFirst("p.summary").text().contains("1 份无从核对"), index.selectFirst("p.summary").text());
    Document page = Jsoup.parse(out.resolve(rows.get(0).selectFirst("a").attr("href")).toFile(), "UTF-8");
    assertEquals("无从核对", page.selectFirst(".review .badge.s-nothing-to-check").text());
  }

  @Test
  void inChineseTheCheckersOwnWordsAreChineseAndTheLibrariesDetailIsKept() throws IOException {
    Files.createFile(dir.resolve("empty.txt"));
    Files.writeString(dir.resolve("fake.pdf"), "%PDF-1.7\nthis is not a PDF at all\n");
    Files.writeString(dir.resolve("notes.odt"), "x");
    Files.createDirectory(dir.resolve("inner"));
    Files.writeString(dir.resolve("pingtan-2021.txt"), io.github.ogireport.testkit.Samples.text("pingtan-2021.txt"));
    Run zh = run(dir.toString());
    List<String> lines = zh.lines();
    assertEquals("empty.txt：不是报告：空文件（empty file）", lines.get(0));
    assertTrue(lines.get(1).startsWith("fake.pdf：无法读取：PDF 文件（"), lines.get(1));
    assertEquals("inner：已跳过：文件夹（不查找文件夹中的文件夹）", lines.get(2));
    assertTrue(lines.get(3).startsWith("notes.odt：已跳过：不是报告的文件类型（文件夹中只读取 .doc、.docx、"), lines.get(3));
    assertTrue(zh.out().contains("\n  读取问题（"), zh.out());
    String problem = zh.lines().stream().filter(l -> l.startsWith("  读取问题")).findFirst().orElseThrow();
    assertTrue(problem.matches("  读取问题（[^）]+）：(单元格无法识别为数字|未找到行|未找到表格|未找到章节)：.+"), problem);
    assertEquals("nothing.txt：无法读取：没有这个文件或文件夹",
        run(dir.resolve("nothing.txt").toString()).lines().get(0));

    Run en = run("--lang", "en", dir.toString());
    assertEquals("empty.txt: not a report: empty file", en.lines().get(0));
    for (String word : List.of("不是报告", "无法读取", "已跳过", "读取问题", "空文件", "文件夹", "未找到", "单元格")) {
      assertFalse(en.out().contains(word), word + " in " + en.out());
    }
  }

  @Test
  void theEnglishSiteHasEnglishVerdictWords() throws IOException {
    Path out = dir.resolve("site");
    run("--lang", "en", "--quiet", "--html", out.toString(), sample(dir, "hongze-2023.txt").toString());
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertEquals("en", index.selectFirst("html").attr("lang"));
    assertEquals("error", index.selectFirst("#files tbody tr td.v").text());
  }

  /**
   * Issue 8: the libraries that read PDF and Word log through the Log4j API; with no Log4j
   * implementation it would print "Log4j API could not find a logging provider" on stderr. The
   * checker, run as a program of its own on a PDF and a Word file, prints nothing there.
   */
  @Test
  void aCheckerRunOnPdfAndWordPrintsNothingOnStderr() throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path err = dir.resolve("err.txt");
    Path stdout = dir.resolve("out.txt");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Check.class.getName(), "--quiet", HONGZE_2024_PDF.toString(), blankTemplate().toString())
        .redirectError(err.toFile())
        .redirectOutput(stdout.toFile())
        .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the checker finished");
    String out = Files.readString(stdout, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("hongze-2024.pdf：2021年版，淮安市洪泽区人民政府，2024年："), out);
    assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
  }
}
