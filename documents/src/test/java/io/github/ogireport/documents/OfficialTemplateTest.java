package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.ColumnDecl;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.Expected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The official blank Word template of the 2021 edition, filled in with POI with each 2021
 * sample's numbers as an agency fills it in Word (title and paragraphs typed over, numbers typed
 * into the cells, blank cells left empty), reads back to exactly those cells.
 */
class OfficialTemplateTest {
  private static final EditionTemplate T = Edition.E2021.template();

  @ParameterizedTest
  @CsvSource({
    "huaian-2024, 淮安市人民政府",
    "hongze-2023, 洪泽区人民政府",
    "hongze-2024, 淮安市洪泽区人民政府",
    "pingtan-2021, 平潭综合实验区",
    "pingtan-2023, 平潭综合实验区"
  })
  void theFilledTemplateReadsBackToTheSamplesCells(String name, String agency) throws IOException {
    Expected expected = Expected.load(name + ".json");
    Map<CellRef, PrintedCell> cells = expected.cells(Edition.E2021);
    byte[] docx = fill(agency, expected.year(), cells);
    DocumentReading r = ReportDocuments.read(docx);
    assertEquals(DocumentFormat.DOCX, r.format(), r::toString);
    ReadResult result = assertInstanceOf(DocumentReading.Read.class, r, r::toString).result();
    PrintedReport report = result.report();
    assertEquals(List.of(), result.problems());
    assertEquals(agency, report.agency());
    assertEquals(expected.year(), report.year());
    for (var e : cells.entrySet()) {
      assertEquals(e.getValue(), report.cells().get(e.getKey()), () -> name + ": " + e.getKey());
    }
    assertEquals(cells.keySet(), report.cells().keySet(), "no other cell is read");
    assertEquals("本机关全年主动公开政府信息。", report.narratives().overview());
  }

  /** The template, filled in. */
  static byte[] fill(String agency, int year, Map<CellRef, PrintedCell> cells) throws IOException {
    byte[] template = TestFiles.bytes("/official-template-2021.docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template))) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        String text = p.getText().strip();
        if (text.equals("政府信息公开工作年度报告格式模板")) {
          type(p, T.title(agency, year));
        } else if (text.startsWith("（文字描述")) {
          type(p, "本机关全年主动公开政府信息。");
        }
      }
      List<XWPFTable> tables = doc.getTables();
      section2(tables.get(0), cells);
      section3(tables.get(1), cells);
      section4(tables.get(2), cells);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** Types a paragraph's text over what it held, keeping its first run's formatting. */
  private static void type(XWPFParagraph p, String text) {
    for (int i = p.getRuns().size() - 1; i > 0; i--) {
      p.removeRun(i);
    }
    if (p.getRuns().isEmpty()) {
      p.createRun();
    }
    p.getRuns().get(0).setText(text, 0);
  }

  /** Types a number into a cell, or leaves it empty for a blank. */
  private static void type(XWPFTableCell cell, PrintedCell value) {
    String text = "";
    if (value instanceof PrintedCell.Numeric n) {
      text = n.figure() instanceof Figure.Count c ? Long.toString(c.value())
          : ((Figure.Amount) n.figure()).money().amount().toPlainString();
    }
    XWPFParagraph p = cell.getParagraphs().get(0);
    if (text.isEmpty()) {
      type(p, "");
    } else {
      type(p, text);
    }
  }

  private static String label(XWPFTableCell cell) {
    return cell.getText().replaceAll("\\s", "");
  }

  private static void section2(XWPFTable table, Map<CellRef, PrintedCell> cells) {
    TableDecl current = null;
    for (XWPFTableRow row : table.getRows()) {
      String first = label(row.getCell(0));
      Optional<TableDecl> caption = T.disclosureTables().stream().filter(d -> d.caption().equals(first)).findFirst();
      if (caption.isPresent()) {
        current = caption.get();
        continue;
      }
      if (current == null) {
        continue;
      }
      for (RowDecl r : current.rows()) {
        if (r.label().equals(first)) {
          List<ColumnDecl> columns = current.columns();
          for (int i = 0; i < columns.size(); i++) {
            CellRef c = T.findCell(current.key(), r.key(), columns.get(i).key()).orElseThrow();
            type(row.getCell(1 + i), cells.get(c));
          }
        }
      }
    }
  }

  private static void section3(XWPFTable table, Map<CellRef, PrintedCell> cells) {
    TableDecl matrix = T.applications();
    boolean legacy = cells.keySet().stream().anyMatch(c -> c.table().equals(matrix.key()) && T.isAlternative(c));
    if (legacy) {
      legacyOtherRow(table);
    }
    for (XWPFTableRow row : table.getRows()) {
      int n = row.getTableCells().size();
      if (n < 8) {
        continue;
      }
      String label = label(row.getCell(n - 8));
      for (RowDecl r : matrix.printableRows()) {
        if (!r.label().replaceAll("\\s", "").equals(label)) {
          continue;
        }
        for (int i = 0; i < 7; i++) {
          Optional<CellRef> c = T.findCell(matrix.key(), r.key(), matrix.columns().get(i).key());
          if (c.isPresent() && cells.containsKey(c.get())) {
            type(row.getCell(n - 7 + i), cells.get(c.get()));
          }
        }
      }
    }
  }

  /**
   * An agency still printing the old single （六）其他处理 row: the three sub-rows deleted in Word,
   * the label cell widened over the sub-label column.
   */
  private static void legacyOtherRow(XWPFTable table) {
    int first = -1;
    for (int r = 0; r < table.getRows().size(); r++) {
      if (label(table.getRow(r).getCell(1)).equals("（六）其他处理")) {
        first = r;
      }
    }
    table.removeRow(first + 2);
    table.removeRow(first + 1);
    XWPFTableRow row = table.getRow(first);
    CTTcPr pr = row.getCell(1).getCTTc().getTcPr();
    pr.unsetVMerge();
    pr.addNewGridSpan().setVal(BigInteger.valueOf(2));
    row.removeCell(2);
  }

  private static void section4(XWPFTable table, Map<CellRef, PrintedCell> cells) {
    TableDecl review = T.review();
    XWPFTableRow row = table.getRow(table.getRows().size() - 1);
    int i = 0;
    for (RowDecl group : review.rows()) {
      for (ColumnDecl column : review.columns()) {
        type(row.getCell(i++), cells.get(T.findCell(review.key(), group.key(), column.key()).orElseThrow()));
      }
    }
  }
}
