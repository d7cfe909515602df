package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.validation.ReportValidator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The reader cases of issues 8 and 11, each with the input. */
class ReaderRegressionTest {
  private static final PrintedReport HUAIAN =
      ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json")).toPrinted();
  private static final PrintedReport SEED =
      ReportJson.readAnnualReport(Fixtures.text("seed-fangzheng-edu-2020.json")).toPrinted();
  private static final String TEXT = ReportRenderer.text(HUAIAN);
  private static final String MARKDOWN = ReportRenderer.markdown(HUAIAN);

  private static String resource(String path) {
    try (var in = ReaderRegressionTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static CellRef cell(ApplicationRow row, Applicant a) {
    return HUAIAN.edition().template().cell(row, a);
  }

  private static ReadResult quick(String text) {
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ReportReader.read(text));
  }

  // ---- issue 8 -------------------------------------------------------------------------------

  @Test
  void theSeedsGoldenMarkdownReadsBackWithItsBlankCells() {
    ReadResult r = ReportReader.readText(resource("/2019/seed-fangzheng-edu-2020.md"));
    assertEquals(List.of(), r.problems());
    assertEquals(SEED.cells(), r.report().cells());
  }

  @Test
  void pipeTablesWithoutOuterPipesUnderAMadeUpHeaderAndSplitByHeadingsAreRead() {
    StringBuilder b = new StringBuilder();
    for (String line : MARKDOWN.split("\n", -1)) {
      if (line.startsWith("| 三、本年度办理结果 | （三）不予公开 | 1.")) {
        b.append("\n## 表三（续）\n\n| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n|---|---|---|---|---|---|---|---|\n");
      }
      if (line.startsWith("| ") && line.endsWith(" |")) {
        line = line.substring(2, line.length() - 2); // no outer pipes
      }
      b.append(line).append('\n');
    }
    ReadResult r = ReportReader.readText(b.toString());
    assertEquals(List.of(), r.problems());
    assertEquals(HUAIAN.cells(), r.report().cells());
  }

  @Test
  void anAlignedTableWhoseFirstRowIsBlankReadsBack() {
    CellRef penalties = HUAIAN.edition().template().cells().stream()
        .filter(c -> c.table().equals("ITEM_6")).findFirst().orElseThrow();
    PrintedReport blanked = HUAIAN.withCell(penalties, PrintedCell.blank());
    ReadResult r = ReportReader.readText(ReportRenderer.text(blanked));
    assertEquals(List.of(), r.problems());
    assertEquals(blanked.cells(), r.report().cells());
  }

  @Test
  void aConvertersPipeRowWithEmptyCellsIsRead() {
    String row = "| 一、本年新收政府信息公开申请数量 | 821 | 35 |  |  | 2 | 1 | 859 |";
    String md = MARKDOWN.replaceFirst("(?m)^\\| 一、本年新收政府信息公开申请数量 \\|.*$", java.util.regex.Matcher.quoteReplacement(row));
    PrintedReport back = ReportReader.readText(md).report();
    assertEquals(PrintedCell.of(821), back.cells().get(cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON)));
    assertEquals(PrintedCell.blank(), back.cells().get(cell(ApplicationRow.NEW, Applicant.RESEARCH_INSTITUTION)));
    assertEquals(PrintedCell.of(859), back.cells().get(cell(ApplicationRow.NEW, Applicant.TOTAL)));
  }

  @Test
  void aSection2DigitRunWithAPossibleBlankIsUnreadableNotGuessed() {
    String text = ReportRenderer.text(SEED).replaceFirst("(?m)^行政许可 .*$", "行政许可 215");
    PrintedReport back = ReportReader.readText(text).report();
    SEED.edition().template().tables().stream()
        .filter(d -> d.key().equals("ITEM_5"))
        .flatMap(d -> SEED.edition().template().printableGrid(d).get("LICENSING").values().stream())
        .forEach(c -> assertTrue(back.cells().get(c) instanceof PrintedCell.Unreadable, c + ": " + back.cells().get(c)));
  }

  @Test
  void theYearIsReadWithSpacesFullWidthDigitsAndChineseNumerals() {
    for (String year : List.of("2024 年", "２０２４年", "二〇二四年", "二零二四年度")) {
      String text = TEXT.replaceFirst("2024年政府信息公开工作年度报告", year + "政府信息公开工作年度报告");
      ReadResult r = ReportReader.readText(text);
      assertEquals(OptionalInt.of(2024), r.year(), year);
      assertEquals("淮安市人民政府", r.agency().orElseThrow(), year);
    }
  }

  @Test
  void noYearAndNoAgencyIsAProblemAndNoValue() {
    String text = TEXT.replaceFirst("淮安市人民政府2024年政府信息公开工作年度报告\n", "")
        .replace("统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日", "统计期限为本年度");
    ReadResult r = ReportReader.readText(text);
    assertEquals(OptionalInt.empty(), r.year());
    assertTrue(r.agency().isEmpty(), r.agency()::toString);
    assertEquals(2, r.problems().stream().filter(p -> p.kind() == ReadingProblem.Kind.TITLE_NOT_FOUND).count());
  }

  @Test
  void aSectionNotFoundIsNotReadNeverBlank() {
    int at = TEXT.indexOf("四、政府信息公开行政复议");
    int end = TEXT.indexOf("五、存在的主要问题");
    ReadResult r = ReportReader.readText(TEXT.substring(0, at) + TEXT.substring(end));
    CellRef upheld = HUAIAN.edition().template().cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.UPHELD);
    assertEquals(PrintedCell.notRead("section 四 not found"), r.report().cells().get(upheld));
    assertTrue(ReportJson.write(r.report()).contains("\"notRead\""));
    assertEquals(r.report().cells(), ReportJson.readPrintedReport(ReportJson.write(r.report())).cells());
    assertTrue(
        ReportValidator.violations(r.report()).exists(v -> v.identityId().equals("UNREADABLE") && v.cells().contains(upheld)));
    assertFalse(
        ReportValidator.violations(r.report()).exists(v -> v.identityId().equals("INCOMPLETE") && v.cells().contains(upheld)));
  }

  @Test
  void aSectionHeadingWithATypoRunningIntoTheLastRowDoesNotSwallowIt() {
    String text = TEXT.replaceFirst("\n\n四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政法复议、行政诉讼情况");
    PrintedReport back = ReportReader.readText(text).report();
    CellRef upheld = HUAIAN.edition().template().cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.UPHELD);
    assertEquals(HUAIAN.cells().get(upheld), back.cells().get(upheld), "section 四 under its misspelt heading");
    for (Applicant a : Applicant.values()) {
      CellRef c = cell(ApplicationRow.CARRY_FORWARD, a);
      if (HUAIAN.cells().containsKey(c)) {
        assertEquals(HUAIAN.cells().get(c), back.cells().get(c), c::toString);
      }
    }
  }

  @Test
  void textThatIsNotAReportSaysSo() {
    for (String text : List.of("", "   \n", "%PDF-1.7 garbage", ReportJson.write(HUAIAN), "随便一段文字。")) {
      ReadResult r = ReportReader.read(text);
      assertEquals(ReadingProblem.Kind.NOT_A_REPORT, r.problems().get(0).kind(), text);
    }
  }

  // ---- issue 11 ------------------------------------------------------------------------------

  @Test
  void case1ALongDigitRunInSection4ReturnsAndIsUnreadable() {
    String run = "1".repeat(128);
    String text = TEXT.replaceFirst("(?m)^行政复议 .*$", "行政复议 " + run);
    PrintedReport back = quick(text).report();
    CellRef upheld = HUAIAN.edition().template().cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.UPHELD);
    assertTrue(back.cells().get(upheld) instanceof PrintedCell.Unreadable, back.cells().get(upheld)::toString);
    String row3 = TEXT.replaceFirst("(?m)^一、本年新收政府信息公开申请数量 .*$", "一、本年新收政府信息公开申请数量 " + "7".repeat(110));
    assertTrue(quick(row3).report().cells().get(cell(ApplicationRow.NEW, Applicant.TOTAL)) instanceof PrintedCell.Unreadable);
  }

  @Test
  void case2PathologicalTitlesAndLinesReturn() {
    quick("：".repeat(1600) + "\n" + TEXT);
    quick("<html><head><title>" + "某".repeat(32_000) + "</title></head><body>" + ReportRenderer.html(HUAIAN) + "</body></html>");
    quick(TEXT.replace("对照上级新要求", "汉".repeat(5000) + "对照上级新要求"));
  }

  @Test
  void case3TwoReportsInOneFileAreReportedAndOnlyTheFirstIsRead() {
    ReadResult r = ReportReader.readText(TEXT + "\n\n" + ReportRenderer.text(SEED));
    assertEquals(ReadingProblem.Kind.MORE_THAN_ONE_REPORT, r.problems().get(0).kind());
    assertEquals("淮安市人民政府", r.report().agency());
    assertEquals(HUAIAN.cells(), r.report().cells());
    String page = ReportRenderer.html(HUAIAN).replace("</body>", "") + ReportRenderer.html(SEED).replaceFirst("(?s)^.*<body>", "");
    ReadResult h = ReportReader.readHtml(page);
    assertTrue(h.problems().stream().anyMatch(p -> p.kind() == ReadingProblem.Kind.MORE_THAN_ONE_REPORT), h.problems()::toString);
    assertEquals(HUAIAN.cells(), h.report().cells());
  }

  @Test
  void case5NumbersAreNeverGluedOrCut() {
    CellRef natural = cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON);
    String html = ReportRenderer.html(HUAIAN);
    assertEquals(PrintedCell.of(3001),
        ReportReader.readHtml(html.replaceFirst("<td>3001</td>", "<td>3001<sup>1</sup></td>")).report().cells().get(natural));
    assertEquals(PrintedCell.of(3001),
        ReportReader.readHtml(html.replaceFirst("<td>3001</td>", "<td>3001<sup>①</sup></td>")).report().cells().get(natural));
    assertTrue(ReportReader.readHtml(html.replaceFirst("<td>3001</td>", "<td>3001<br>1</td>")).report().cells().get(natural)
        instanceof PrintedCell.Unreadable);
    assertEquals(PrintedCell.of(3001),
        ReportReader.readHtml(html.replaceFirst("<td>3001</td>", "<td>3001<template>9</template></td>")).report().cells().get(natural));
    for (String printed : List.of("9,5", "1,2345")) {
      String text = TEXT.replaceFirst("(?m)^(一、本年新收政府信息公开申请数量 +)3001", "$1" + printed);
      PrintedCell got = ReportReader.readText(text).report().cells().get(natural);
      assertTrue(got instanceof PrintedCell.Unreadable, printed + ": " + got);
    }
    String sup = TEXT.replaceFirst("(?m)^(一、本年新收政府信息公开申请数量 +)3001", "$1 3001¹");
    assertEquals(PrintedCell.of(3001), ReportReader.readText(sup).report().cells().get(natural));
    CellRef fee = HUAIAN.edition().template().cells().stream()
        .filter(c -> c.table().equals("ITEM_8")).findFirst().orElseThrow();
    String wrapped = TEXT.replace("96171.6", "96171\n.6");
    PrintedCell got = ReportReader.readText(wrapped).report().cells().get(fee);
    assertFalse(got instanceof PrintedCell.Numeric, got::toString);
  }

  @Test
  void case5AStrayLineAfterACellIsNotPartOfIt() {
    String converted = ReaderProperties.asConvertedDocument(ReportRenderer.html(HUAIAN));
    String stray = converted.replaceFirst("\t3001\n", "\t3001\n7\n");
    PrintedCell got = ReportReader.readText(stray).report().cells().get(cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON));
    assertTrue(got instanceof PrintedCell.Unreadable, got::toString);
  }

  @Test
  void case6TheAgencyIsNeverASentenceAPathOrHalfAName() {
    String wrapped = TEXT.replaceFirst("淮安市人民政府2024年", "淮安市人\n民政府2024年");
    assertEquals("淮安市人民政府", ReportReader.readText(wrapped).report().agency());
    String url = "原文链接: https://www.huaian.gov.cn/zwgk/80613_淮安市人民政府2024年政府信息公开工作年度报告\n" + TEXT;
    assertEquals("淮安市人民政府", ReportReader.readText(url).report().agency());
    String sentence = TEXT.replaceFirst("淮安市人民政府2024年政府信息公开工作年度报告\n",
        "根据要求，现公布本机关编制的2024年政府信息公开工作年度报告，请查阅。\n");
    ReadResult r = ReportReader.readText(sentence);
    assertTrue(r.agency().isEmpty() || !r.agency().get().contains("，"), r.agency()::toString);
  }

  @Test
  void case7AHugeDocumentIsAClearProblem() {
    String huge = "1".repeat(ReportReader.MAX_CHARACTERS + 1);
    ReadResult r = quick(huge);
    assertEquals(ReadingProblem.Kind.NOT_A_REPORT, r.problems().get(0).kind());
    assertTrue(r.problems().get(0).message().contains("longer than"), r.problems()::toString);
    ReadResult line = quick(TEXT + "\n" + "一".repeat(ReportReader.MAX_LINE + 5));
    assertTrue(line.problems().stream().anyMatch(p -> p.kind() == ReadingProblem.Kind.TOO_LARGE));
    assertEquals(HUAIAN.cells(), line.report().cells());
  }

  @Test
  void aTableSourceIsReadLikeAnyLayout() {
    TableSource.Builder b = TableSource.builder();
    ReportReader.readHtml(ReportRenderer.html(HUAIAN)); // the same report, as rows
    for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parse(ReportRenderer.html(HUAIAN)).body().select("h1, h2, p, caption, tr")) {
      if (e.normalName().equals("tr")) {
        b.row(e.select("th, td").stream().map(org.jsoup.nodes.Element::text).toList());
      } else if (e.closest("table") == null || e.normalName().equals("caption")) {
        b.line(e.text());
      }
    }
    TableSource source = b.build();
    assertTrue(source.rowCount() > 20);
    ReadResult r = ReportReader.read(source);
    assertEquals(List.of(), r.problems());
    assertEquals(HUAIAN.cells(), r.report().cells());
    assertEquals(Map.of(), Map.of());
  }
}
