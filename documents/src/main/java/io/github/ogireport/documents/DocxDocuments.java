package io.github.ogireport.documents;

import io.github.ogireport.documents.DocumentReading.NotRead;
import io.github.ogireport.documents.DocumentReading.Outcome;
import io.github.ogireport.read.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word .docx files (Apache POI): the body's paragraphs, and its tables with their merged cells
 * ({@code gridSpan} as {@code colspan}, {@code vMerge} as {@code rowspan}) and their empty cells
 * empty, as an HTML page that core's HTML reader reads. Headers and footers are left out.
 */
final class DocxDocuments {
  private DocxDocuments() {}

  static DocumentReading read(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return ReportDocuments.report(DocumentFormat.DOCX, ReportReader.readHtml(html(doc)));
    } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
      return new NotRead(DocumentFormat.DOCX, Outcome.CANNOT_READ, "a damaged Word document: " + ReportDocuments.why(e));
    }
  }

  /** The document's body as one HTML page. */
  static String html(XWPFDocument doc) {
    HtmlPage page = new HtmlPage();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        page.paragraph(p.getText());
      } else if (e instanceof XWPFTable t) {
        page.markup(table(t));
      } else if (e instanceof XWPFSDT sdt) {
        for (String line : sdt.getContent().getText().split("\n")) {
          page.paragraph(line);
        }
      }
    }
    return page.html();
  }

  /** One cell of the table's grid: where it starts, how many grid columns it spans, and whether it continues the cell above. */
  private record GridCell(XWPFTableCell cell, int column, int span, boolean continues) {}

  private static String table(XWPFTable t) {
    List<List<GridCell>> rows = new ArrayList<>();
    for (XWPFTableRow row : t.getRows()) {
      List<GridCell> cells = new ArrayList<>();
      int column = gridBefore(row);
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = 1;
        boolean continues = false;
        if (pr != null) {
          if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
            span = Math.max(1, pr.getGridSpan().getVal().min(BigInteger.valueOf(1000)).intValue());
          }
          if (pr.isSetVMerge()) {
            STMerge.Enum v = pr.getVMerge().getVal();
            continues = v == null || v == STMerge.CONTINUE;
          }
        }
        cells.add(new GridCell(cell, column, span, continues));
        column += span;
      }
      rows.add(cells);
    }
    StringBuilder b = new StringBuilder("<table>\n");
    for (int r = 0; r < rows.size(); r++) {
      b.append("<tr>");
      for (GridCell c : rows.get(r)) {
        if (c.continues()) {
          continue;
        }
        int rowSpan = 1;
        while (r + rowSpan < rows.size() && continuesAt(rows.get(r + rowSpan), c.column())) {
          rowSpan++;
        }
        b.append(HtmlPage.cell(rowSpan, c.span(), cellText(c.cell())));
      }
      b.append("</tr>\n");
    }
    return b.append("</table>").toString();
  }

  private static boolean continuesAt(List<GridCell> row, int column) {
    for (GridCell c : row) {
      if (c.column() == column) {
        return c.continues();
      }
    }
    return false;
  }

  private static int gridBefore(XWPFTableRow row) {
    CTTrPr pr = row.getCtRow().getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
      return 0;
    }
    return pr.getGridBeforeArray(0).getVal().min(BigInteger.valueOf(1000)).intValue();
  }

  /** A cell's paragraphs, one per line, and the text of tables nested in it. */
  private static String cellText(XWPFTableCell cell) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement e : cell.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        lines.add(p.getText());
      } else if (e instanceof XWPFTable nested) {
        lines.add(nested.getText());
      }
    }
    return String.join("\n", lines).strip();
  }

}
