package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader on the variations real publications bring, made from the 淮安市 2024 report. */
class ReaderTest {
  private static final PrintedReport HUAIAN =
      ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json")).toPrinted();
  private static final String TEXT = ReportRenderer.text(HUAIAN);

  private static PrintedReport read(String text) {
    ReadResult r = ReportReader.readText(text);
    assertEquals(List.of(), r.problems());
    return r.report();
  }

  @Test
  void thousandsSeparatorsAndFullWidthDigitsAreNumbers() {
    PrintedReport r =
        read(TEXT.replace("447228", "447,228").replace("3001", "３００１"));
    assertEquals(HUAIAN.cells(), r.cells());
  }

  @Test
  void aNoteAfterATableIsNotPartOfItsLastRow() {
    String note = "注：本年度全市共办理行政许可事项447228件，较上年增长12%，以上数据均已经各部门逐项核实确认。\n";
    int at = TEXT.indexOf("三、收到和处理政府信息公开申请情况");
    PrintedReport r = read(TEXT.substring(0, at) + note + TEXT.substring(at));
    assertEquals(HUAIAN.cells(), r.cells());
  }

  @Test
  void aPageWrappedInALayoutTableIsReadFromItsInnerTables() {
    String page = ReportRenderer.html(HUAIAN);
    String wrapped =
        page.replace("<body>\n", "<body>\n<table class=\"layout\"><tr><td>导航</td><td>\n")
            .replace("</body>", "</td></tr></table>\n</body>");
    ReadResult r = ReportReader.readHtml(wrapped);
    assertEquals(List.of(), r.problems());
    assertEquals(HUAIAN.cells(), r.report().cells());
  }

  @Test
  void aLocalSubtotalColumnOfTheLegalPersonsIsRecognisedAndLeftOut() {
    // Some local copies of the template add a 法人或其他组织 subtotal before 总计.
    int from = TEXT.indexOf("三、收到和处理政府信息公开申请情况");
    int to = TEXT.indexOf("四、政府信息公开行政复议");
    StringBuilder section = new StringBuilder();
    for (String line : TEXT.substring(from, to).split("\n", -1)) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^(.*?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$")
              .matcher(line);
      if (m.matches()) {
        long subtotal = 0;
        for (int g = 3; g <= 7; g++) {
          subtotal += Long.parseLong(m.group(g));
        }
        line = line.substring(0, m.start(8)) + subtotal + " " + m.group(8);
      }
      section.append(line).append('\n');
    }
    String text = TEXT.substring(0, from) + section + TEXT.substring(to);
    assertTrue(text.contains(" 118 3119\n"), text);
    assertEquals(HUAIAN.cells(), read(text).cells());
  }

  @Test
  void textExtractedColumnByColumnPutsTheNumbersAfterTheLabels() {
    // Some PDF extractions print a table's labels first, then its numbers, row after row.
    int from = TEXT.indexOf("一、本年新收政府信息公开申请数量");
    int to = TEXT.indexOf("四、政府信息公开行政复议");
    List<String> labels = new java.util.ArrayList<>();
    List<String> numbers = new java.util.ArrayList<>();
    for (String line : TEXT.substring(from, to).split("\n")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)((?:\\s+\\d+){7})$").matcher(line);
      if (m.matches()) {
        labels.add(m.group(1).strip());
        numbers.add(m.group(2).strip());
      } else {
        labels.add(line.strip());
      }
    }
    String text =
        TEXT.substring(0, from) + String.join("\n", labels) + "\n" + String.join("\n", numbers)
            + "\n\n" + TEXT.substring(to);
    assertEquals(HUAIAN.cells(), read(text).cells());
  }

  @Test
  void blankMarksStayBlank() {
    String text = TEXT.replaceFirst("(?m)^(规章\\s+)1(\\s+)0(\\s+)11$", "$1/$2—$311");
    PrintedReport r = read(text);
    var t = Edition.E2021.template();
    assertEquals(
        PrintedCell.blank("/"),
        r.cells().get(t.cell(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.ISSUED)));
    assertEquals(
        PrintedCell.blank("—"),
        r.cells().get(t.cell(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.REPEALED)));
  }

  @Test
  void aMissingRowIsAProblemWithItsLineAndTheRestIsRead() {
    String text = TEXT.replaceFirst("(?m)^ *3\\.补正后申请内容仍不明确.*\\n", "");
    ReadResult r = ReportReader.readText(text);
    assertEquals(1, r.problems().size(), r.problems()::toString);
    ReadingProblem p = r.problems().get(0);
    assertEquals(ReadingProblem.Kind.ROW_NOT_FOUND, p.kind());
    assertTrue(p.message().endsWith("row 3.补正后申请内容仍不明确 not found"), p.message());
    assertTrue(p.origin().startsWith("line "), p.origin());
    var t = Edition.E2021.template();
    assertEquals(
        PrintedCell.notRead("row 3.补正后申请内容仍不明确 not found"),
        r.report().cells().get(t.cell(ApplicationRow.UNABLE_3, Applicant.NATURAL_PERSON)));
    assertEquals(
        PrintedCell.of(3001), r.report().cells().get(t.cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON)));
  }

  @Test
  void whatIsNotAReportIsSaidSoWithoutAnException() {
    for (String input : new String[] {"", "hello", "<html><body><table><tr><td>1</td></tr></table>", null}) {
      ReadResult r = ReportReader.read(input);
      assertTrue(
          r.problems().stream().anyMatch(p -> p.kind() == ReadingProblem.Kind.NOT_A_REPORT),
          () -> r.problems().toString());
      assertTrue(r.problems().stream().noneMatch(p -> p.message().startsWith("the reader failed")));
    }
  }

  @Test
  void theEditionComesFromTheLabelsNotTheYear() {
    // A 2021-edition report whose title says 2020: the labels win, the year is kept.
    ReadResult r = ReportReader.readText(TEXT.replace("淮安市人民政府2024年", "淮安市人民政府2020年"));
    assertEquals(Edition.E2021, r.report().edition());
    assertEquals(2020, r.report().year());
  }
}
