package io.github.ogireport.documents;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Writes a printed report as a PDF the way a word processor exports it: title, section headings
 * and paragraphs, and each table drawn with ruling lines, merged cells without the lines inside
 * them, rows running on over page breaks, a running header and a page number on every page.
 *
 * <p>A bare JDK has no CJK font and PDFBox cannot embed one it does not have, so the characters
 * are drawn with Type 3 fonts made here: each glyph a filled box, each font carrying a
 * {@code ToUnicode} map that says which character every code is. The text layer is therefore
 * exactly that of a PDF with real fonts; only the shapes on the page are boxes.
 */
final class PrintedPdf {
  private static final float WIDTH = 595;
  private static final float HEIGHT = 842;
  private static final float LEFT = 50;
  private static final float RIGHT = 545;
  private static final float TOP = 70;
  private static final float BOTTOM = 780;

  private final PDDocument doc = new PDDocument();
  private final boolean rules;
  /** Each character's font (index) and code in it. */
  private final Map<Integer, int[]> codes = new LinkedHashMap<>();
  private final List<List<Integer>> fonts = new ArrayList<>();
  private final List<StringBuilder> pages = new ArrayList<>();
  private StringBuilder page;
  private float y;

  private PrintedPdf(boolean rules) {
    this.rules = rules;
  }

  /** The report as PDF bytes, its tables drawn with ruling lines. */
  static byte[] write(PrintedReport report) {
    return write(report, true);
  }

  /** The report as PDF bytes, its tables drawn with ruling lines or, as some exports do, without. */
  static byte[] write(PrintedReport report, boolean rules) {
    PrintedPdf pdf = new PrintedPdf(rules);
    pdf.report(report);
    return pdf.save();
  }

  private void report(PrintedReport report) {
    EditionTemplate t = report.edition().template();
    newPage();
    text(t.title(report.agency(), report.year()), LEFT + 40, 14);
    y += 10;
    for (Section s : Section.values()) {
      line(t.heading(s), 12);
      switch (s) {
        case TWO -> PrintedTables.section(report, 2).forEach(this::table);
        case THREE -> PrintedTables.section(report, 3).forEach(this::table);
        case FOUR -> PrintedTables.section(report, 4).forEach(this::table);
        default -> line("本年度工作按规定开展。", 11);
      }
    }
  }

  private void newPage() {
    page = new StringBuilder();
    pages.add(page);
    y = TOP;
    text("政府信息公开年度报告", LEFT, 8, 40);
    text("- " + pages.size() + " -", WIDTH / 2 - 10, 9, HEIGHT - 40);
  }

  private void line(String s, float size) {
    if (y + size * 1.6f > BOTTOM) {
      newPage();
    }
    y += size * 1.6f;
    text(s, LEFT, size);
  }

  private void text(String s, float x, float size) {
    text(s, x, size, y);
  }

  /** Draws text with its baseline at {@code top} (from the top of the page). */
  private void text(String s, float x, float size, float top) {
    float at = x;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int[] fc = code(cp);
      page.append(String.format(Locale.ROOT, "BT /T%d %.2f Tf %.2f %.2f Td <%02X> Tj ET%n",
          fc[0], size, at, HEIGHT - top, fc[1]));
      at += advance(cp) * size;
    }
  }

  private static float advance(int cp) {
    return cp < 0x2E80 ? 0.5f : 1f;
  }

  private static float width(String s, float size) {
    return (float) s.codePoints().mapToDouble(cp -> advance(cp) * size).sum();
  }

  private int[] code(int cp) {
    return codes.computeIfAbsent(cp, k -> {
      if (fonts.isEmpty() || fonts.get(fonts.size() - 1).size() == 255) {
        fonts.add(new ArrayList<>());
      }
      List<Integer> font = fonts.get(fonts.size() - 1);
      font.add(k);
      return new int[] {fonts.size() - 1, font.size()};
    });
  }

  private void rule(float x1, float y1, float x2, float y2) {
    if (!rules) {
      return;
    }
    page.append(String.format(Locale.ROOT, "0.6 w %.2f %.2f m %.2f %.2f l S%n", x1, HEIGHT - y1, x2, HEIGHT - y2));
  }

  /** Lines a cell's text is wrapped into. */
  private static List<String> wrap(String text, float width, float size) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      i += ch.length();
      if (line.length() > 0 && width(line + ch, size) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(ch);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private void table(PrintedTables.Grid g) {
    float total = RIGHT - LEFT;
    float[] widths = new float[g.columns()];
    float labelWidth = g.labelColumns() == 0 ? 0 : Math.min(total * 0.5f, 40f * g.labelColumns() + 120);
    float valueWidth = (total - labelWidth) / (g.columns() - g.labelColumns());
    for (int c = 0; c < g.columns(); c++) {
      widths[c] = c < g.labelColumns()
          ? (c == g.labelColumns() - 1 ? labelWidth - 28f * (g.labelColumns() - 1) : 28f)
          : valueWidth;
    }
    float[] xs = new float[g.columns() + 1];
    xs[0] = LEFT;
    for (int c = 0; c < g.columns(); c++) {
      xs[c + 1] = xs[c] + widths[c];
    }
    float size = 7;
    float longest = 0;
    for (PrintedTables.Cell cell : g.cells()) {
      if (cell.value()) {
        longest = Math.max(longest, width(cell.text(), 1));
      }
    }
    float valueSize = Math.min(size, (valueWidth - 4) / Math.max(longest, 1));
    // Row heights from the wrapped text of the cells that start in them and span one row.
    float[] heights = new float[g.rows()];
    java.util.Arrays.fill(heights, size * 2.2f);
    List<List<String>> texts = new ArrayList<>();
    for (PrintedTables.Cell cell : g.cells()) {
      float w = xs[cell.column() + cell.colSpan()] - xs[cell.column()] - 4;
      float s = cell.value() ? valueSize : size;
      List<String> lines = cell.value() ? List.of(cell.text()) : wrap(cell.text(), w, s);
      if (cell.rowSpan() > 1 && lines.size() > 1 && !cell.value() && w < 3 * s) {
        lines = cell.text().codePoints().mapToObj(Character::toString).toList(); // vertical label
      }
      texts.add(lines);
      if (cell.rowSpan() == 1) {
        heights[cell.row()] = Math.max(heights[cell.row()], lines.size() * s * 1.3f + 6);
      }
    }
    y += 8;
    float[] ys = new float[g.rows() + 1];
    int startRow = 0;
    ys[0] = y;
    for (int r = 0; r < g.rows(); r++) {
      if (ys[r] + heights[r] > BOTTOM) {
        drawRows(g, texts, xs, ys, startRow, r, size, valueSize);
        newPage();
        ys[r] = y;
        startRow = r;
      }
      ys[r + 1] = ys[r] + heights[r];
    }
    drawRows(g, texts, xs, ys, startRow, g.rows(), size, valueSize);
    y = ys[g.rows()] + 6;
  }

  /** Draws the rows from {@code from} to {@code to} (exclusive) of one page, cells cut at the page's rows. */
  private void drawRows(PrintedTables.Grid g, List<List<String>> texts, float[] xs, float[] ys,
      int from, int to, float size, float valueSize) {
    for (int i = 0; i < g.cells().size(); i++) {
      PrintedTables.Cell cell = g.cells().get(i);
      int r0 = Math.max(cell.row(), from);
      int r1 = Math.min(cell.row() + cell.rowSpan(), to);
      if (r0 >= r1) {
        continue;
      }
      float x0 = xs[cell.column()];
      float x1 = xs[cell.column() + cell.colSpan()];
      float top = ys[r0];
      float bottom = ys[r1];
      rule(x0, top, x1, top);
      rule(x0, bottom, x1, bottom);
      rule(x0, top, x0, bottom);
      rule(x1, top, x1, bottom);
      if (cell.row() < from) {
        continue; // the text stands where the cell starts
      }
      List<String> lines = texts.get(i);
      float s = cell.value() ? valueSize : size;
      float lineHeight = s * 1.3f;
      float textTop = (top + bottom) / 2 - lines.size() * lineHeight / 2;
      for (int k = 0; k < lines.size(); k++) {
        text(lines.get(k), x0 + 2, s, textTop + (k + 1) * lineHeight - s * 0.25f);
      }
    }
  }

  private byte[] save() {
    try {
      List<COSDictionary> fontDicts = new ArrayList<>();
      for (List<Integer> font : fonts) {
        fontDicts.add(type3(font));
      }
      for (StringBuilder content : pages) {
        PDPage p = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        COSDictionary fontsOfPage = new COSDictionary();
        for (int i = 0; i < fontDicts.size(); i++) {
          fontsOfPage.setItem(COSName.getPDFName("T" + i), fontDicts.get(i));
        }
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, fontsOfPage);
        p.setResources(new PDResources(resources));
        p.setContents(new PDStream(stream(content.toString())));
        doc.addPage(p);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      doc.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private COSStream stream(String content) throws IOException {
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream os = s.createOutputStream()) {
      os.write(content.getBytes(StandardCharsets.US_ASCII));
    }
    return s;
  }

  /** A Type 3 font of up to 255 characters, codes 1.., each glyph a box, with its ToUnicode map. */
  private COSDictionary type3(List<Integer> chars) throws IOException {
    COSDictionary f = new COSDictionary();
    f.setItem(COSName.TYPE, COSName.FONT);
    f.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
    COSArray bbox = new COSArray();
    for (int v : new int[] {0, -200, 1000, 800}) {
      bbox.add(COSInteger.get(v));
    }
    f.setItem(COSName.FONT_BBOX, bbox);
    COSArray matrix = new COSArray();
    for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
      matrix.add(new COSFloat(v));
    }
    f.setItem(COSName.FONT_MATRIX, matrix);
    COSDictionary procs = new COSDictionary();
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(1));
    COSArray widths = new COSArray();
    StringBuilder cmap = new StringBuilder();
    cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n")
        .append(chars.size()).append(" beginbfchar\n");
    for (int i = 0; i < chars.size(); i++) {
      int cp = chars.get(i);
      int w = Math.round(advance(cp) * 1000);
      String name = "g" + (i + 1);
      procs.setItem(COSName.getPDFName(name),
          stream(w + " 0 0 -120 " + w + " 700 d1 " + (w / 10) + " 0 " + (w * 8 / 10) + " 600 re f\n"));
      differences.add(COSName.getPDFName(name));
      widths.add(COSInteger.get(w));
      StringBuilder hex = new StringBuilder();
      for (char c : Character.toChars(cp)) {
        hex.append(String.format("%04X", (int) c));
      }
      cmap.append(String.format("<%02X> <%s>%n", i + 1, hex));
    }
    cmap.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    f.setItem(COSName.CHAR_PROCS, procs);
    COSDictionary encoding = new COSDictionary();
    encoding.setItem(COSName.TYPE, COSName.ENCODING);
    encoding.setItem(COSName.DIFFERENCES, differences);
    f.setItem(COSName.ENCODING, encoding);
    f.setInt(COSName.FIRST_CHAR, 1);
    f.setInt(COSName.LAST_CHAR, chars.size());
    f.setItem(COSName.WIDTHS, widths);
    f.setItem(COSName.RESOURCES, new COSDictionary());
    COSStream toUnicode = doc.getDocument().createCOSStream();
    try (OutputStream os = toUnicode.createOutputStream()) {
      os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
    }
    f.setItem(COSName.TO_UNICODE, toUnicode);
    return f;
  }
}
