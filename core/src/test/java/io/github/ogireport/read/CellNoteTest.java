package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.testkit.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number printed with words in brackets after it, {@code 1（其中修订1件）}, is read as the number,
 * the words kept as the cell's note ({@link ReadResult#notes()}), in a Markdown table, an HTML
 * table and a line of text; anything else in brackets leaves the cell unreadable, as before.
 */
class CellNoteTest {
  private static final AnnualReport HUAIAN = ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json"));
  /** 规章 / 本年制发件数: 1 in 淮安市 2024. */
  private static final CellRef RULES_ISSUED = HUAIAN.toPrinted().edition().template()
      .cell(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.ISSUED);

  @Test
  void aMarkdownCellsWordsAreItsNote() {
    String md = ReportRenderer.markdown(HUAIAN);
    assertTrue(md.contains("| 规章 | 1 | 0 | 11 |"), md);
    assertNoted(ReportReader.read(md.replace("| 规章 | 1 | 0 | 11 |", "| 规章 | 1（其中修订1件） | 0 | 11 |")),
        "1（其中修订1件）");
  }

  @Test
  void anHtmlCellsWordsAreItsNote() {
    String html = ReportRenderer.html(HUAIAN);
    String row = html.substring(html.indexOf(">规章<"));
    String cell = row.substring(row.indexOf("<td"), row.indexOf("</td>", row.indexOf("<td")) + 5);
    assertTrue(cell.endsWith(">1</td>"), cell);
    String noted = cell.replace(">1</td>", ">1 (其中修订1件)</td>");
    assertNoted(ReportReader.read(html.replace(row, row.replaceFirst(java.util.regex.Pattern.quote(cell), noted))),
        "1 (其中修订1件)");
  }

  @Test
  void aLinesWordsAfterANumberAreItsNote() throws IOException {
    String text = sample("huaian-2024.txt");
    assertTrue(text.contains("\n规章 1 0 11\n"));
    ReadResult r = ReportReader.readText(text.replace("\n规章 1 0 11\n", "\n规章 1（其中修订1件） 0 11\n"));
    assertNoted(r, "1(其中修订1件)"); // the line as normalised: full-width brackets made ASCII
  }

  /**
   * A line whose numbers are as many as the row's cells only because a digit inside the words is
   * counted (the row's last cell left blank): unreadable, not 1, 1, 0.
   */
  @Test
  void aDigitInsideTheWordsIsNeverACell() throws IOException {
    String text = sample("huaian-2024.txt");
    ReadResult r = ReportReader.readText(text.replace("\n规章 1 0 11\n", "\n规章 1（其中修订1件） 0\n"));
    for (DisclosureColumn column : List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE)) {
      CellRef c = HUAIAN.toPrinted().edition().template().cell(Article20Item.ITEM_1, DisclosureRow.RULES, column);
      assertInstanceOf(PrintedCell.Unreadable.class, r.report().cells().get(c), column.name());
    }
    assertEquals(List.of(), r.notes());
  }

  @Test
  void bracketsWithoutWordsOrBeforeTheNumberLeaveTheCellUnreadable() {
    String md = ReportRenderer.markdown(HUAIAN);
    for (String printed : List.of("1（2）", "（其中修订1件）1", "1（其中）（修订）", "一（其中修订1件）", "1（其中修订1件）件")) {
      ReadResult r = ReportReader.read(md.replace("| 规章 | 1 | 0 | 11 |", "| 规章 | " + printed + " | 0 | 11 |"));
      assertInstanceOf(PrintedCell.Unreadable.class, r.report().cells().get(RULES_ISSUED), printed);
      assertEquals(List.of(), r.notes(), printed);
      assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ReadingProblem.Kind.CELL_UNREADABLE), printed);
    }
  }

  @Test
  void theSamplesHaveNoNotes() throws IOException {
    for (String name : List.of("hongze-2023.txt", "hongze-2024.txt", "huaian-2024.txt", "pingtan-2021.txt",
        "seed-fangzheng-edu-2020.txt", "pingtan-2023.html")) {
      assertEquals(List.of(), ReportReader.read(sample(name)).notes(), name);
    }
  }

  private static void assertNoted(ReadResult r, String printed) {
    PrintedReport read = r.report();
    assertEquals(PrintedCell.of(1), read.cells().get(RULES_ISSUED));
    assertEquals(HUAIAN.toPrinted().cells(), read.cells());
    assertEquals(List.of(), r.problems());
    assertEquals(1, r.notes().size(), r.notes().toString());
    CellNote note = r.notes().get(0);
    assertEquals(RULES_ISSUED, note.cell());
    assertEquals(printed, note.printed());
    assertEquals("其中修订1件", note.words());
  }

  private static String sample(String name) throws IOException {
    try (InputStream in = CellNoteTest.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
