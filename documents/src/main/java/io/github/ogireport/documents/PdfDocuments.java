package io.github.ogireport.documents;

import io.github.ogireport.documents.DocumentReading.NotRead;
import io.github.ogireport.documents.DocumentReading.Outcome;
import io.github.ogireport.read.ReportReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF files, read from the positions of their characters and the ruling lines of their tables:
 * each drawn table becomes an HTML table with its merged cells as {@code rowspan} and
 * {@code colspan} and its empty cells empty, the text around the tables becomes paragraphs (page
 * numbers and running headers left out), and core's HTML reader reads the page so made.
 */
final class PdfDocuments {
  /** A page number alone on a line: {@code - 3 -}, {@code 3}, {@code 第3页}, {@code 3/6}, {@code 第 3 页 共 6 页}. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("[-－—\\s]*(?:第\\s*)?\\d{1,3}(?:\\s*页)?(?:\\s*(?:/|共)\\s*\\d{1,3}\\s*页?)?[-－—\\s]*");
  /** The top and bottom margins where running headers and page numbers stand, as parts of the page. */
  private static final double MARGIN = 0.1;
  /** Fewer characters than this in the whole file: no text layer. */
  private static final int MIN_GLYPHS = 20;

  private PdfDocuments() {}

  static DocumentReading read(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return read(doc);
    } catch (InvalidPasswordException e) {
      return new NotRead(DocumentFormat.PDF, Outcome.CANNOT_READ, "the PDF is encrypted: it needs a password to open");
    } catch (IOException e) {
      return new NotRead(DocumentFormat.PDF, Outcome.CANNOT_READ, "a damaged PDF: " + ReportDocuments.why(e));
    }
  }

  private static DocumentReading read(PDDocument doc) throws IOException {
    if (doc.getNumberOfPages() == 0) {
      return new NotRead(DocumentFormat.PDF, Outcome.NOT_A_REPORT, "a PDF without pages");
    }
    List<Page> pages = pagesOf(doc);
    int glyphs = 0;
    int unmapped = 0;
    for (Page page : pages) {
      for (PdfText.Glyph g : page.glyphs()) {
        glyphs++;
        int cp = g.text().codePointAt(0);
        int type = Character.getType(cp);
        if (cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.CONTROL) {
          unmapped++;
        }
      }
    }
    if (glyphs < MIN_GLYPHS) {
      return new NotRead(DocumentFormat.PDF, Outcome.CANNOT_READ, "no text layer: OCR it first");
    }
    if (unmapped * 5 > glyphs) {
      return new NotRead(DocumentFormat.PDF, Outcome.CANNOT_READ,
          "the text layer does not say which characters it shows (fonts without a Unicode map): OCR it first");
    }
    return ReportDocuments.report(DocumentFormat.PDF, ReportReader.readHtml(html(pages)));
  }

  /** The pages: their characters and the tables their ruling lines draw. */
  static List<Page> pagesOf(PDDocument doc) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      PDPage page = doc.getPage(i);
      pages.add(new Page(page.getCropBox().getHeight(), PdfText.glyphs(doc, i + 1),
          PdfTable.of(PdfRulings.of(page).segments())));
    }
    return pages;
  }

  /** One page: its height, characters and drawn tables. */
  record Page(double height, List<PdfText.Glyph> glyphs, List<PdfTable> tables) {}

  /** A paragraph line (its text) or a table (its markup), placed on its page by its top. */
  private record Item(double top, String text, String table) {}

  /** The pages as one HTML document. */
  static String html(List<Page> pages) {
    Map<String, Integer> marginLines = new HashMap<>();
    List<List<Item>> perPage = new ArrayList<>();
    List<List<PdfText.Line>> marginsPerPage = new ArrayList<>();
    for (Page page : pages) {
      List<PdfText.Glyph> free = new ArrayList<>();
      for (PdfText.Glyph g : page.glyphs()) {
        boolean placed = false;
        for (PdfTable t : page.tables()) {
          if (t.contains(g.centerX(), g.centerY()) && t.add(g)) {
            placed = true;
            break;
          }
        }
        if (!placed) {
          free.add(g);
        }
      }
      List<Item> items = new ArrayList<>();
      List<PdfText.Line> margins = new ArrayList<>();
      List<PdfText.Line> body = new ArrayList<>();
      for (PdfText.Line line : PdfText.lines(free)) {
        String text = line.text().strip();
        boolean inMargin = line.y() < page.height() * MARGIN || line.top() > page.height() * (1 - MARGIN);
        if (inMargin && PAGE_NUMBER.matcher(text).matches()) {
          continue;
        }
        if (inMargin) {
          margins.add(line);
          marginLines.merge(text, 1, Integer::sum);
          items.add(new Item(line.top(), text, null));
        } else {
          body.add(line);
        }
      }
      for (PdfUnruled.Piece piece : PdfUnruled.pieces(body)) {
        items.add(new Item(piece.top(), piece.text(), piece.table()));
      }
      for (PdfTable t : page.tables()) {
        items.add(new Item(t.top(), null, table(t)));
      }
      items.sort((a, b) -> Double.compare(a.top(), b.top()));
      perPage.add(items);
      marginsPerPage.add(margins);
    }
    HtmlPage html = new HtmlPage();
    for (int p = 0; p < perPage.size(); p++) {
      for (Item item : perPage.get(p)) {
        if (item.table() != null) {
          html.markup(item.table());
        } else if (pages.size() < 2 || !isRunning(item, marginsPerPage.get(p), marginLines, pages.size())) {
          html.paragraph(item.text());
        }
      }
    }
    return html.html();
  }

  /** A margin line printed the same on at least two pages and more than half of them: a running header or footer. */
  private static boolean isRunning(Item item, List<PdfText.Line> margins, Map<String, Integer> counts, int pages) {
    for (PdfText.Line line : margins) {
      String text = line.text().strip();
      if (line.top() == item.top() && item.text().equals(text)) {
        int count = counts.getOrDefault(text, 0);
        return count >= 2 && count * 2 > pages;
      }
    }
    return false;
  }

  /** A number as a table cell prints it, with an optional sign, unit of money or 件. */
  private static final Pattern NUMBER_CELL = Pattern.compile("[+-]?[\\d,，.]+\\s*(?:万?元|件|个|条)?");

  /** A blank cell's mark. */
  private static final Pattern BLANK_MARK = Pattern.compile("[/／—\\-－\\\\]|——|无|空");

  /**
   * The table as HTML. An empty cell in the label columns (a sub-label column a row does not
   * use) is part of the row's label and left out; every other empty cell is a blank cell and
   * stays, empty. A column is a label column when a row holding numbers has label text in it,
   * and holds no number or blank mark in any such row.
   */
  private static String table(PdfTable t) {
    Map<PdfTable.Cell, String> texts = new HashMap<>();
    for (PdfTable.Cell cell : t.cells) {
      texts.put(cell, String.join("\n", PdfText.lines(cell.glyphs).stream().map(PdfText.Line::text).toList()).strip());
    }
    int columns = t.xs.length - 1;
    boolean[] label = new boolean[columns];
    boolean[] value = new boolean[columns];
    for (int r = 0; r < t.ys.length - 1; r++) {
      boolean numbers = false;
      for (int c = 0; c < columns; c++) {
        numbers |= NUMBER_CELL.matcher(texts.get(t.at[r][c])).matches();
      }
      if (!numbers) {
        continue;
      }
      for (int c = 0; c < columns; c++) {
        String text = texts.get(t.at[r][c]);
        if (NUMBER_CELL.matcher(text).matches() || BLANK_MARK.matcher(text).matches()) {
          value[c] = true;
        } else if (!text.isEmpty()) {
          label[c] = true;
        }
      }
    }
    StringBuilder b = new StringBuilder("<table>\n");
    for (int r = 0; r < t.ys.length - 1; r++) {
      b.append("<tr>");
      for (int c = 0; c < t.xs.length - 1; c++) {
        PdfTable.Cell cell = t.at[r][c];
        if (cell.row != r || cell.column != c) {
          continue;
        }
        String text = texts.get(cell);
        if (text.isEmpty() && labelOnly(label, value, cell)) {
          continue;
        }
        b.append(HtmlPage.cell(cell.rowSpan, cell.colSpan, text));
      }
      b.append("</tr>\n");
    }
    return b.append("</table>").toString();
  }

  private static boolean labelOnly(boolean[] label, boolean[] value, PdfTable.Cell cell) {
    for (int c = cell.column; c < cell.column + cell.colSpan; c++) {
      if (!label[c] || value[c]) {
        return false;
      }
    }
    return true;
  }
}
