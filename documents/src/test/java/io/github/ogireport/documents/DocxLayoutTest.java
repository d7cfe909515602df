package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.CellNote;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The seed and 淮安市 2024 documents are set as GB/T 9704 asks, and read back to their cells. */
class DocxLayoutTest {

  private static XWPFDocument document(String fixture) throws IOException {
    AnnualReport report = ReportJson.readAnnualReport(Fixtures.text(fixture + ".json"));
    return new XWPFDocument(new ByteArrayInputStream(DocxRenderer.docx(report)));
  }

  @Test
  void a4WithTheStandardsMargins() throws IOException {
    try (XWPFDocument doc = document("seed-fangzheng-edu-2020")) {
      CTSectPr s = doc.getDocument().getBody().getSectPr();
      assertEquals("11906x16838", s.getPgSz().getW() + "x" + s.getPgSz().getH());
      assertEquals(
          "2098 1984 1588 1474",
          s.getPgMar().getTop() + " " + s.getPgMar().getBottom() + " " + s.getPgMar().getLeft()
              + " " + s.getPgMar().getRight());
    }
  }

  @Test
  void titleHeadingsBodyAndClosingInTheirFonts() throws IOException {
    try (XWPFDocument doc = document("seed-fangzheng-edu-2020")) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      XWPFParagraph title = ps.get(0);
      assertEquals("方正县教育局\n2020年政府信息公开工作年度报告", title.getText());
      assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
      assertFont(title.getRuns().get(0), "方正小标宋简体", 22);
      XWPFParagraph heading = find(ps, "一、总体情况");
      assertFont(heading.getRuns().get(0), "黑体", 16);
      XWPFParagraph body = find(ps, "本年度报告所列数据的统计期限为2020年1月1日至12月31日。");
      assertFont(body.getRuns().get(0), "仿宋_GB2312", 16);
      XWPFParagraph level2 = find(ps, "(一)加强组织领导和工作机制。为加强信息公开工作的组织领导");
      assertEquals("(一)加强组织领导和工作机制。", level2.getRuns().get(0).text());
      assertFont(level2.getRuns().get(0), "楷体_GB2312", 16);
      assertFont(level2.getRuns().get(1), "仿宋_GB2312", 16);
      XWPFParagraph agency = ps.get(ps.size() - 2);
      XWPFParagraph date = ps.get(ps.size() - 1);
      assertEquals("方正县教育局", agency.getText());
      assertEquals("2021年1月19日", date.getText());
      assertEquals(ParagraphAlignment.RIGHT, agency.getAlignment());
      assertEquals(ParagraphAlignment.RIGHT, date.getAlignment());
    }
  }

  @Test
  void everyRunNamesItsEastAsianFont() throws IOException {
    for (String fixture : List.of("seed-fangzheng-edu-2020", "huaian-2024")) {
      try (XWPFDocument doc = document(fixture)) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable t : doc.getTables()) {
          t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
        }
        doc.getFooterList().forEach(f -> f.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        assertTrue(runs.size() > 300, fixture + ": " + runs.size() + " runs");
        for (XWPFRun r : runs) {
          CTFonts f = r.getCTR().getRPr().getRFontsArray(0);
          assertTrue(f.getEastAsia() != null && !f.getEastAsia().isEmpty(), r.text());
          assertEquals(f.getEastAsia(), f.getAscii(), r.text());
        }
      }
    }
  }

  @Test
  void numbersAreCentredInTables() throws IOException {
    try (XWPFDocument doc = document("huaian-2024")) {
      XWPFTable applications = doc.getTables().get(1);
      var row = applications.getRow(3); // 一、本年新收政府信息公开申请数量
      assertEquals("一、本年新收政府信息公开申请数量", row.getCell(0).getText());
      assertEquals(ParagraphAlignment.LEFT, row.getCell(0).getParagraphs().get(0).getAlignment());
      assertEquals("3001", row.getCell(1).getText());
      for (int i = 1; i < row.getTableCells().size(); i++) {
        assertEquals(ParagraphAlignment.CENTER, row.getCell(i).getParagraphs().get(0).getAlignment());
      }
    }
  }

  @Test
  void thePageNumberIsAPageFieldInTheFooter() throws IOException {
    try (XWPFDocument doc = document("huaian-2024")) {
      String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
      assertTrue(footer.contains("PAGE"), footer);
      assertTrue(footer.contains("fldCharType=\"begin\""), footer);
      assertEquals("— 1 —", doc.getFooterList().get(0).getParagraphs().get(0).getText());
    }
  }

  /**
   * GB/T 9704-2012 7.5: odd pages' numbers at the right, even pages' at the left, each one
   * character (4号, 14 pt) in from the text's edge: two footers, the document set to use them.
   */
  @Test
  void oddPagesNumberedAtTheRightAndEvenPagesAtTheLeft() throws IOException {
    try (XWPFDocument doc = document("huaian-2024")) {
      assertTrue(doc.getEvenAndOddHeadings());
      var policy = doc.getHeaderFooterPolicy();
      XWPFParagraph odd = policy.getDefaultFooter().getParagraphs().get(0);
      XWPFParagraph even = policy.getEvenPageFooter().getParagraphs().get(0);
      assertEquals(ParagraphAlignment.RIGHT, odd.getAlignment());
      assertEquals(ParagraphAlignment.LEFT, even.getAlignment());
      assertEquals(280, odd.getIndentationRight());
      assertEquals(280, even.getIndentationLeft());
      for (XWPFParagraph p : List.of(odd, even)) {
        assertEquals("— 1 —", p.getText());
        assertTrue(p.getCTP().xmlText().contains(" PAGE "), p.getCTP().xmlText());
      }
    }
  }

  /**
   * A Word table cell printed with words after its number, {@code 1（其中修订1件）}, reads as the
   * number, the words kept as its note.
   */
  @Test
  void aWordCellsWordsAfterItsNumberAreItsNote() {
    PrintedReport huaian = ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json")).toPrinted();
    CellRef rules = huaian.edition().template()
        .cell(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.ISSUED);
    assertEquals(PrintedCell.of(1), huaian.cells().get(rules));
    byte[] docx = PrintedDocx.write(huaian.withCell(rules, PrintedCell.unreadable("1（其中修订1件）")));
    ReadResult read = assertInstanceOf(DocumentReading.Read.class, ReportDocuments.read(docx)).result();
    assertEquals(huaian.cells(), read.report().cells());
    assertEquals(List.of(), read.problems());
    assertEquals(1, read.notes().size(), read.notes().toString());
    CellNote note = read.notes().get(0);
    assertEquals(new CellNote(rules, "1（其中修订1件）", "其中修订1件", note.origin()), note);
  }

  @Test
  void sectionSixStatesTheFeeFacts() throws IOException {
    try (XWPFDocument doc = document("huaian-2024")) {
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      int six = texts.indexOf("六、其他需要报告的事项");
      assertTrue(six > 0);
      assertTrue(texts.subList(six, texts.size()).contains("本年度实际收取信息处理费3940元。"), texts.toString());
    }
  }

  @Test
  void theSeedAndHuaianDocumentsReadBackToTheirCells() {
    for (String fixture : List.of("seed-fangzheng-edu-2020", "huaian-2024")) {
      AnnualReport report = ReportJson.readAnnualReport(Fixtures.text(fixture + ".json"));
      DocumentReading reading = ReportDocuments.read(DocxRenderer.docx(report));
      ReadResult read = assertInstanceOf(DocumentReading.Read.class, reading, reading::toString).result();
      assertEquals(List.of(), read.problems(), fixture);
      assertEquals(report.agency(), read.report().agency(), fixture);
      assertEquals(report.year(), read.report().year(), fixture);
      assertEquals(report.toPrinted().cells(), read.report().cells(), fixture);
    }
  }

  private static XWPFParagraph find(List<XWPFParagraph> ps, String start) {
    return ps.stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
  }

  private static void assertFont(XWPFRun run, String font, int points) {
    CTFonts f = run.getCTR().getRPr().getRFontsArray(0);
    assertEquals(font, f.getEastAsia(), run.text());
    assertEquals(font, f.getAscii(), run.text());
    assertEquals(font, f.getHAnsi(), run.text());
    assertEquals(points, run.getFontSizeAsDouble().intValue(), run.text());
  }
}
