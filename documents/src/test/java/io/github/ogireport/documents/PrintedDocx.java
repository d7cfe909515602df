package io.github.ogireport.documents;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a printed report as a Word .docx the way Word stores it: paragraphs, and tables whose
 * merged cells are one cell with {@code gridSpan} across columns and a {@code vMerge} cell (its
 * first row "restart", the rows below "continue") down rows.
 */
final class PrintedDocx {
  private PrintedDocx() {}

  static byte[] write(PrintedReport report) {
    EditionTemplate t = report.edition().template();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText(t.title(report.agency(), report.year()));
      for (Section s : Section.values()) {
        doc.createParagraph().createRun().setText(t.heading(s));
        switch (s) {
          case TWO -> PrintedTables.section(report, 2).forEach(g -> table(doc, g));
          case THREE -> PrintedTables.section(report, 3).forEach(g -> table(doc, g));
          case FOUR -> PrintedTables.section(report, 4).forEach(g -> table(doc, g));
          default -> doc.createParagraph().createRun().setText("本年度工作按规定开展。");
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument doc, PrintedTables.Grid g) {
    XWPFTable table = doc.createTable();
    table.removeRow(0);
    PrintedTables.Cell[][] at = new PrintedTables.Cell[g.rows()][g.columns()];
    for (PrintedTables.Cell c : g.cells()) {
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.column(); k < c.column() + c.colSpan(); k++) {
          at[r][k] = c;
        }
      }
    }
    for (int r = 0; r < g.rows(); r++) {
      XWPFTableRow row = table.createRow();
      while (!row.getTableCells().isEmpty()) {
        row.removeCell(0);
      }
      for (int k = 0; k < g.columns(); ) {
        PrintedTables.Cell c = at[r][k];
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (c.colSpan() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(c.colSpan()));
        }
        if (c.rowSpan() > 1) {
          pr.addNewVMerge().setVal(c.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
        }
        if (c.row() == r) {
          cell.setText(c.text());
        }
        k += c.colSpan();
      }
    }
  }
}
