package io.github.ogireport.documents;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportWalk;
import io.github.ogireport.render.TableGrid;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Renders a report as a Word document (.docx), in the official layout and set as Chinese official
 * documents are (GB/T 9704-2012).
 *
 * <pre>{@code
 * byte[] docx = DocxRenderer.docx(report);                       // AnnualReport or PrintedReport
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   DocxRenderer.write(report.toPrinted(), out);
 * }
 * }</pre>
 *
 * <p>The document follows the same walk over the report as the HTML, Markdown and text renderers
 * ({@link ReportWalk}): every label comes from the edition declaration, every number from the
 * report; nothing is added up. The tables' merged cells are those of the official Word template:
 * section 二's four items in one table under their shaded captions, section 三's three header rows
 * with the 勾稽 note over the row labels, the applicant header spanning its columns ({@code
 * gridSpan}) and the row groups' labels merged down their rows ({@code vMerge}), section 四's
 * two-level header over one line of numbers. Numbers are centred.
 *
 * <p>Page and type: A4 with the standard's margins (37 mm top, 35 mm bottom, 28 mm left, 26 mm
 * right); the title in 方正小标宋简体 2号 (22 pt), centred; body text in 仿宋_GB2312 3号 (16 pt) with a
 * two-character first-line indent and 28 pt lines; section headings (一、…) in 黑体; a paragraph's
 * leading level-two heading (（一）…。) in 楷体_GB2312; tables in 宋体 10 pt as in the template; the
 * closing signature and date right-aligned; the page number as {@code — n —} in the footer (a PAGE
 * field), at the right of odd pages and the left of even ones, one character in. Every run names
 * its East Asian font ({@code w:rFonts w:eastAsia}), so Word and WPS use it rather than a Latin
 * default.
 */
public final class DocxRenderer {
  static final String TITLE_FONT = "方正小标宋简体";
  static final String BODY_FONT = "仿宋_GB2312";
  static final String HEADING_FONT = "黑体";
  static final String SUBHEADING_FONT = "楷体_GB2312";
  static final String TABLE_FONT = "宋体";

  /** Sizes in half-points: 2号, 3号, 4号, 10 pt. */
  private static final int TITLE_SIZE = 44;
  private static final int BODY_SIZE = 32;
  private static final int PAGE_NUMBER_SIZE = 28;
  private static final int TABLE_SIZE = 20;

  /** A4 and GB/T 9704 margins, in twentieths of a point. */
  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN_TOP = 2098;
  private static final int MARGIN_BOTTOM = 1984;
  private static final int MARGIN_LEFT = 1588;
  private static final int MARGIN_RIGHT = 1474;
  private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  private static final int LINE = 560;
  /** The title's lines (35 pt), and how many of its characters fit on one. */
  private static final int TITLE_LINE = 700;
  private static final int TITLE_LINE_CHARACTERS = TEXT_WIDTH / TITLE_SIZE / 10;
  private static final int TWO_CHARACTERS = 2 * BODY_SIZE * 10;
  private static final String CAPTION_SHADE = "C6D9F1";
  /** A table cell's left and right margin, as in the template. */
  private static final int CELL_MARGIN = 57;

  /** A paragraph's leading level-two heading: （一）…。 */
  private static final Pattern SUBHEADING = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)][^。]{0,40}。");

  private DocxRenderer() {}

  /**
   * The report as a .docx document.
   *
   * @param report a printed report
   * @return the document's bytes
   */
  public static byte[] docx(PrintedReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * A report built in code as a .docx document.
   *
   * @param report the report
   * @return the document's bytes
   */
  public static byte[] docx(AnnualReport report) {
    return docx(report.toPrinted());
  }

  /**
   * Writes the report as a .docx document to a stream (left open).
   *
   * @param report a printed report
   * @param out where the document goes
   * @throws IOException when the stream fails
   */
  public static void write(PrintedReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try (XWPFDocument doc = new XWPFDocument()) {
      new Writer(doc, report).write();
      doc.write(out);
    }
  }

  /** One document being written, part by part, in the walk's order. */
  private static final class Writer implements ReportWalk.Writer {
    private final XWPFDocument doc;
    private final PrintedReport report;
    private final EditionTemplate template;
    /** The table section 二's items go into, while they follow each other. */
    private XWPFTable disclosures;
    /** Whether a closing line was written. */
    private boolean closed;

    Writer(XWPFDocument doc, PrintedReport report) {
      this.doc = doc;
      this.report = report;
      this.template = report.edition().template();
    }

    void write() {
      page();
      footer();
      ReportWalk.walk(report, this);
    }

    @Override
    public void title(String text) {
      disclosures = null;
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      spacing(p, 0, TITLE_LINE, STLineSpacingRule.EXACT, LINE);
      String agency = report.agency();
      boolean breakAfterAgency =
          text.startsWith(agency) && text.length() > TITLE_LINE_CHARACTERS && agency.length() < text.length();
      run(p, breakAfterAgency ? agency + "\n" + text.substring(agency.length()) : text, TITLE_FONT, TITLE_SIZE);
    }

    @Override
    public void heading(String text) {
      disclosures = null;
      XWPFParagraph p = body();
      p.setKeepNext(true);
      run(p, text, HEADING_FONT, BODY_SIZE);
    }

    @Override
    public void paragraph(String text) {
      disclosures = null;
      XWPFParagraph p = body();
      p.setAlignment(ParagraphAlignment.BOTH);
      Matcher m = SUBHEADING.matcher(text);
      if (m.find()) {
        run(p, m.group(), SUBHEADING_FONT, BODY_SIZE);
        if (m.end() < text.length()) {
          run(p, text.substring(m.end()), BODY_FONT, BODY_SIZE);
        }
      } else {
        run(p, text, BODY_FONT, BODY_SIZE);
      }
    }

    @Override
    public void closing(String text) {
      disclosures = null;
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.RIGHT);
      spacing(p, closed ? 0 : 2 * LINE, LINE, STLineSpacingRule.EXACT, 0); // two lines before
      closed = true;
      ind(p).setRight(BigInteger.valueOf(TWO_CHARACTERS * 2L));
      run(p, text, BODY_FONT, BODY_SIZE);
    }

    @Override
    public void table(TableDecl table) {
      TableGrid grid = TableGrid.official(report, table);
      if (table.section() == Section.TWO) {
        int width = disclosureWidth();
        if (disclosures == null) {
          disclosures = newTable(widths(width, 1, width - 1));
        }
        XWPFTableRow caption = disclosures.insertNewTableRow(disclosures.getNumberOfRows());
        XWPFTableCell c = cell(caption, table.caption(), width, ParagraphAlignment.LEFT);
        c.getParagraphs().get(0).setKeepNext(true);
        c.getCTTc().getTcPr().addNewShd().setVal(STShd.CLEAR);
        c.getCTTc().getTcPr().getShd().setFill(CAPTION_SHADE);
        fill(disclosures, grid, width);
      } else {
        disclosures = null;
        int width = grid.width();
        XWPFTable t = newTable(widths(width, grid.labelColumns(), width - grid.labelColumns()));
        fill(t, grid, width);
      }
    }

    /** Section 二's grid width: the widest item (row labels and its columns). */
    private int disclosureWidth() {
      int w = 0;
      for (TableDecl d : template.tables()) {
        if (d.section() == Section.TWO) {
          w = Math.max(w, TableGrid.official(report, d).width());
        }
      }
      return w;
    }

    /**
     * Appends a grid's rows to a Word table of {@code width} grid columns. A cell covered from
     * above continues its vertical merge; a row narrower than the table has its last cell widened
     * to the table's right edge.
     */
    private void fill(XWPFTable t, TableGrid grid, int width) {
      int rows = grid.rows().size();
      TableGrid.Slot[][] owner = new TableGrid.Slot[rows][grid.width()];
      for (List<TableGrid.Slot> line : grid.rows()) {
        for (TableGrid.Slot s : line) {
          for (int r = s.row(); r < s.row() + s.rowspan(); r++) {
            for (int c = s.column(); c < s.column() + s.colspan(); c++) {
              owner[r][c] = s;
            }
          }
        }
      }
      for (int r = 0; r < rows; r++) {
        XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
        row.setCantSplitRow(true);
        if (r < grid.headerRows() && t.getNumberOfRows() == r + 1) {
          row.setRepeatHeader(true);
        }
        int c = 0;
        while (c < grid.width()) {
          TableGrid.Slot s = owner[r][c];
          int span = s.colspan() + (s.column() + s.colspan() == grid.width() ? width - grid.width() : 0);
          boolean starts = s.row() == r;
          ParagraphAlignment align =
              s.kind() == TableGrid.Kind.LABEL ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
          XWPFTableCell cell = cell(row, starts ? s.text() : "", span, align);
          // The header rows (and a caption) stay on the page of the first row of numbers.
          cell.getParagraphs().get(0).setKeepNext(r < grid.headerRows());
          if (s.rowspan() > 1) {
            cell.getCTTc().getTcPr().addNewVMerge().setVal(starts ? STMerge.RESTART : STMerge.CONTINUE);
          }
          c += s.colspan();
        }
      }
    }

    private XWPFTable newTable(int[] widths) {
      XWPFTable t = doc.createTable();
      t.removeRow(0);
      var ct = t.getCTTbl();
      CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
      pr.addNewJc().setVal(STJcTable.CENTER);
      var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
      w.setType(STTblWidth.DXA);
      w.setW(BigInteger.valueOf(TEXT_WIDTH));
      pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
      CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
      for (var border :
          List.of(
              b.isSetTop() ? b.getTop() : b.addNewTop(),
              b.isSetLeft() ? b.getLeft() : b.addNewLeft(),
              b.isSetBottom() ? b.getBottom() : b.addNewBottom(),
              b.isSetRight() ? b.getRight() : b.addNewRight(),
              b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(),
              b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV())) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(8));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
      }
      CTTblGrid g = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
      while (g.sizeOfGridColArray() > 0) {
        g.removeGridCol(0);
      }
      for (int x : widths) {
        g.addNewGridCol().setW(BigInteger.valueOf(x));
      }
      return t;
    }

    /**
     * Column widths that fill the text width: the row-label columns take what the data columns
     * leave, the last label column (the rows' own labels) the most.
     */
    private static int[] widths(int width, int labels, int data) {
      int[] w = new int[width];
      if (labels <= 1 || data == 0) {
        java.util.Arrays.fill(w, TEXT_WIDTH / width);
        w[width - 1] += TEXT_WIDTH - (TEXT_WIDTH / width) * width;
        return w;
      }
      int each = Math.min(TEXT_WIDTH / (width + 1), 760);
      int rest = TEXT_WIDTH - each * data;
      for (int i = 0; i < labels - 1; i++) {
        w[i] = 640 + 120 * i; // a row group's label, printed down its rows
        rest -= w[i];
      }
      w[labels - 1] = rest;
      for (int i = labels; i < width; i++) {
        w[i] = each;
      }
      return w;
    }

    private XWPFTableCell cell(XWPFTableRow row, String text, int span, ParagraphAlignment align) {
      XWPFTableCell cell = row.addNewTableCell();
      CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      if (span > 1) {
        pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
      }
      pr.addNewVAlign().setVal(STVerticalJc.CENTER);
      var margins = pr.addNewTcMar();
      margins.addNewLeft().setW(BigInteger.valueOf(CELL_MARGIN));
      margins.getLeft().setType(STTblWidth.DXA);
      margins.addNewRight().setW(BigInteger.valueOf(CELL_MARGIN));
      margins.getRight().setType(STTblWidth.DXA);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(align);
      spacing(p, 0, 0, null, 0);
      if (!text.isEmpty()) {
        run(p, text, TABLE_FONT, TABLE_SIZE);
      }
      return cell;
    }

    /** A body paragraph: justified, first line indented two characters, 28 pt lines. */
    private XWPFParagraph body() {
      XWPFParagraph p = doc.createParagraph();
      spacing(p, 0, LINE, STLineSpacingRule.EXACT, 0);
      ind(p).setFirstLine(BigInteger.valueOf(TWO_CHARACTERS));
      return p;
    }

    /** A4, the standard's margins, and the footer's distance from the edge. */
    private void page() {
      var body = doc.getDocument().getBody();
      CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
      CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
      size.setW(BigInteger.valueOf(PAGE_WIDTH));
      size.setH(BigInteger.valueOf(PAGE_HEIGHT));
      CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
      m.setTop(BigInteger.valueOf(MARGIN_TOP));
      m.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
      m.setLeft(BigInteger.valueOf(MARGIN_LEFT));
      m.setRight(BigInteger.valueOf(MARGIN_RIGHT));
      m.setHeader(BigInteger.valueOf(851));
      m.setFooter(BigInteger.valueOf(1247));
    }

    /**
     * The page number, {@code — n —} in 4号 宋体 as a PAGE field, placed as GB/T 9704-2012 places
     * it (7.5): on odd pages at the right, one character in from the text's right edge; on even
     * pages at the left, one character in from its left edge (different footers for odd and even
     * pages).
     */
    private void footer() {
      doc.setEvenAndOddHeadings(true);
      pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
      pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
      XWPFParagraph p = footer.createParagraph();
      p.setAlignment(side);
      BigInteger oneCharacter = BigInteger.valueOf(PAGE_NUMBER_SIZE * 10);
      if (side == ParagraphAlignment.RIGHT) {
        ind(p).setRight(oneCharacter);
      } else {
        ind(p).setLeft(oneCharacter);
      }
      run(p, "— ", TABLE_FONT, PAGE_NUMBER_SIZE);
      run(p, "", TABLE_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
      XWPFRun instruction = run(p, "", TABLE_FONT, PAGE_NUMBER_SIZE);
      instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
      run(p, "", TABLE_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
      run(p, "1", TABLE_FONT, PAGE_NUMBER_SIZE);
      run(p, "", TABLE_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
      run(p, " —", TABLE_FONT, PAGE_NUMBER_SIZE);
    }
  }

  private static CTInd ind(XWPFParagraph p) {
    var pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    return pr.isSetInd() ? pr.getInd() : pr.addNewInd();
  }

  private static void spacing(
      XWPFParagraph p, int before, int line, STLineSpacingRule.Enum rule, int after) {
    var pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTSpacing s = pr.isSetSpacing() ? pr.getSpacing() : pr.addNewSpacing();
    s.setBefore(BigInteger.valueOf(before));
    s.setAfter(BigInteger.valueOf(after));
    if (rule != null) {
      s.setLine(BigInteger.valueOf(line));
      s.setLineRule(rule);
    }
  }

  /** A run with its font named for every script (East Asian included) and its size. */
  private static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints) {
    XWPFRun r = p.createRun();
    CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
    CTFonts f = pr.addNewRFonts();
    f.setAscii(font);
    f.setHAnsi(font);
    f.setEastAsia(font);
    f.setCs(font);
    f.setHint(STHint.EAST_ASIA);
    pr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    pr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    if (!text.isEmpty()) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          r.addBreak();
        }
        r.setText(lines[i]);
      }
    }
    return r;
  }
}
