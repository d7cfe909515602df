package io.github.ogireport.render;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedGrid;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One self-contained HTML page in the official table layout.
 *
 * <p>A page whose cells carry no extra attributes writes each table from its skeleton ({@link
 * HtmlTables}: the table's fixed HTML made once per edition), appending only the cells' texts, counts
 * straight as numbers; a page with cell attributes renders each table's {@link TableGrid}. Both give
 * the same page for the same report. The page is written into one builder sized for it.
 */
final class HtmlRenderer {
  private static final String CSS =
      String.join(
          "\n",
          "@page { size: A4; margin: 20mm 15mm; }",
          "body { font-family: \"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", \"WenQuanYi Zen Hei\","
              + " serif; font-size: 12pt; line-height: 1.6; max-width: 180mm; margin: 1em auto;"
              + " padding: 0 1em; color: #000; background: #fff; }",
          "h1 { font-size: 18pt; text-align: center; margin: 0.5em 0 1em; }",
          "h2 { font-size: 14pt; margin: 1.2em 0 0.4em; font-family: \"SimHei\", \"Heiti SC\","
              + " \"Noto Sans CJK SC\", \"WenQuanYi Zen Hei\", sans-serif; }",
          "p { text-indent: 2em; margin: 0.3em 0; }",
          "p.closing { text-align: right; text-indent: 0; }",
          "table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em;"
              + " font-size: 10.5pt; line-height: 1.35; page-break-inside: avoid; }",
          "caption { text-align: left; font-weight: bold; padding: 0.2em 0; }",
          "th, td { border: 1px solid #000; padding: 2px 4px; }",
          "th { font-weight: normal; text-align: center; vertical-align: middle; }",
          "th.row { text-align: left; }",
          "td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }",
          "td.unreadable { text-align: left; color: #b00000; }",
          "@media print { body { max-width: none; margin: 0; padding: 0; } }");

  private static final String HEAD =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  private static final String STYLE = "</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n";
  private static final String END = "</body>\n</html>\n";
  private static final String TD = "<td>";
  private static final String TD_UNREADABLE = "<td class=\"unreadable\">";
  private static final String TD_END = "</td>";
  private static final String P = "<p>";
  private static final String P_CLOSING = "<p class=\"closing\">";
  private static final String P_END = "</p>\n";

  private static final java.util.regex.Pattern ATTRIBUTE_NAME =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

  private final PrintedReport report;
  private final EditionTemplate template;
  /** The extra attributes of each cell, or null for none (tables written from their skeletons). */
  private final Function<CellRef, Map<String, String>> cellAttributes;
  private final HtmlTables tables;
  /** The skeleton of each of the edition's tables as this report prints it (null: render its grid). */
  private final HtmlTables.Skeleton[] skeletons;
  private StringBuilder out;
  private final CellText.ParagraphRange paragraph = (text, from, to) -> paragraph(P, text, from, to);
  private final CellText.ParagraphRange closing =
      (text, from, to) -> paragraph(P_CLOSING, text, from, to);

  /** A page whose tables are written from their skeletons. */
  HtmlRenderer(PrintedReport report) {
    this(report, null);
  }

  /**
   * A page whose cells carry extra attributes, each table rendered from its grid.
   *
   * @param cellAttributes the attributes of each cell, or null for none (then the tables are
   *     written from their skeletons)
   */
  HtmlRenderer(PrintedReport report, Function<CellRef, Map<String, String>> cellAttributes) {
    this.report = report;
    this.template = report.edition().template();
    this.cellAttributes = cellAttributes;
    this.tables = HtmlTables.of(template);
    this.skeletons = new HtmlTables.Skeleton[template.tables().size()];
    for (int i = 0; i < skeletons.length; i++) {
      skeletons[i] = tables.skeleton(report, i);
    }
  }

  String render() {
    String title = CellText.title(template, report);
    out = pageBuilder(length(title));
    out.append(HEAD);
    esc(out, title);
    out.append(STYLE);
    ReportWalk.walk(
        report,
        new ReportWalk.Writer() {
          @Override
          public void title(String text) {
            out.append("<h1>");
            esc(out, text);
            out.append("</h1>\n");
          }

          @Override
          public void heading(String text) {
            out.append("<h2>");
            esc(out, text);
            out.append("</h2>\n");
          }

          @Override
          public void paragraph(String text) {
            HtmlRenderer.this.paragraph(P, text, 0, text.length());
          }

          @Override
          public void paragraphs(String text) {
            CellText.paragraphs(text, paragraph);
          }

          @Override
          public void table(TableDecl table) {
            int i = tables.position(table);
            if (cellAttributes == null && i >= 0 && skeletons[i] != null) {
              HtmlRenderer.this.table(skeletons[i]);
            } else {
              HtmlRenderer.table(out, TableGrid.official(report, table), HtmlRenderer.this::td);
            }
          }

          @Override
          public void closing(String text) {
            HtmlRenderer.this.paragraph(P_CLOSING, text, 0, text.length());
          }

          @Override
          public void closingLines(String text) {
            CellText.paragraphs(text, closing);
          }
        });
    out.append(END);
    return out.toString();
  }

  /**
   * An empty builder for a page of Chinese text, with room for the page in two bytes a character
   * from the start. ({@code new StringBuilder(capacity)} would start with one byte a character and
   * copy itself into a second array, twice as large, at the first Chinese character: the page's
   * bytes allocated twice. Any capacity and content give the same page; this only spares a copy.)
   */
  private static StringBuilder pageBuilder(int capacity) {
    StringBuilder b = new StringBuilder("页"); // two bytes a character from here on
    b.ensureCapacity(capacity);
    b.setLength(0);
    return b;
  }

  /**
   * About how long the page is, a little more rather than less, so that the builder is not copied
   * as it grows: the fixed parts, the narratives with their tags, the tables' skeletons and cells,
   * and a little for escaped characters.
   */
  private int length(String title) {
    long n = HEAD.length() + STYLE.length() + END.length() + 2L * title.length() + 10;
    for (String heading : template.headings().values()) {
      n += heading.length() + 10;
    }
    Narratives texts = report.narratives();
    n += textLength(texts.preamble(), P) + textLength(texts.overview(), P);
    n += textLength(texts.problems(), P) + textLength(texts.otherMatters(), P);
    n += textLength(texts.closing(), P_CLOSING);
    for (String note : texts.tableNotes().values()) {
      n += textLength(note, P);
    }
    if (texts.processingFees().isPresent()) {
      n += 100; // the 信息处理费 sentence
    }
    PrintedGrid printed = report.printedGrid();
    for (HtmlTables.Skeleton s : skeletons) {
      if (s != null) {
        n += s.length + (long) (TD.length() + TD_END.length()) * s.indexes.length;
        for (int i : s.indexes) {
          n += cellLength(printed, i);
        }
      }
    }
    n += n / 64;
    return (int) Math.min(n, Integer.MAX_VALUE - 16);
  }

  /** A narrative's length on the page: its text and each line's paragraph tags. */
  private static long textLength(String text, String tag) {
    long lines = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    return text.length() + lines * (tag.length() + P_END.length());
  }

  /** The length of a cell's text (beyond its tags), a number's digits exactly. */
  private static int cellLength(PrintedGrid printed, int i) {
    if (printed.isCount(i)) {
      long v = printed.count(i);
      int digits = v < 0 ? 2 : 1;
      for (long rest = v / 10; rest != 0; rest /= 10) {
        digits++;
      }
      return digits;
    }
    PrintedCell p = printed.cell(i);
    if (p instanceof PrintedCell.Blank b) {
      return b.mark().length();
    }
    if (p instanceof PrintedCell.Unreadable u) {
      return TD_UNREADABLE.length() + u.text().length();
    }
    return p instanceof PrintedCell.Numeric ? 24 : 0; // an amount of money
  }

  private void paragraph(String tag, String text, int from, int to) {
    out.append(tag);
    esc(out, text, from, to);
    out.append(P_END);
  }

  /** A table from its skeleton: the fixed pieces and, between them, each cell's text. */
  private void table(HtmlTables.Skeleton s) {
    PrintedGrid printed = report.printedGrid();
    String[] pieces = s.pieces;
    int[] indexes = s.indexes;
    for (int c = 0; c < indexes.length; c++) {
      out.append(pieces[c]);
      int i = indexes[c];
      if (printed.isCount(i)) {
        out.append(TD).append(printed.count(i)).append(TD_END);
      } else {
        PrintedCell p = printed.cell(i);
        td(CellText.of(template, s.cells[c], p), p instanceof PrintedCell.Unreadable);
      }
    }
    out.append(pieces[indexes.length]);
  }

  /**
   * Appends a table's grid: its caption, header rows and rows, each value cell through {@code
   * value}.
   */
  static void table(StringBuilder out, TableGrid grid, Consumer<TableGrid.Slot> value) {
    out.append("<table>\n");
    grid.caption()
        .ifPresent(
            c -> {
              out.append("<caption>");
              esc(out, c);
              out.append("</caption>\n");
            });
    out.append("<thead>\n");
    List<List<TableGrid.Slot>> rows = grid.rows();
    for (int r = 0; r < rows.size(); r++) {
      if (r == grid.headerRows()) {
        out.append("</thead>\n<tbody>\n");
      }
      out.append("<tr>");
      for (TableGrid.Slot s : rows.get(r)) {
        switch (s.kind()) {
          case CORNER, HEADER -> th(out, s.text(), s.rowspan(), s.colspan(), "");
          case LABEL -> th(out, s.text(), s.rowspan(), s.colspan(), " class=\"row\"");
          case VALUE -> value.accept(s);
        }
      }
      out.append("</tr>\n");
    }
    if (rows.size() == grid.headerRows()) {
      out.append("</thead>\n<tbody>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** A value cell of a grid, with its extra attributes. */
  private void td(TableGrid.Slot s) {
    CellRef c = s.cell().orElseThrow();
    Map<String, String> marks = cellAttributes == null ? Map.of() : cellAttributes.apply(c);
    if (marks.isEmpty()) {
      td(s.text(), s.unreadable());
      return;
    }
    Map<String, String> extra = new TreeMap<>(marks);
    if (s.unreadable()) {
      extra.merge("class", "unreadable", (mine, mark) -> mark + " " + mine);
    }
    out.append("<td");
    extra.forEach(
        (name, value) -> {
          out.append(' ').append(attributeName(name)).append("=\"");
          esc(out, value);
          out.append('"');
        });
    out.append('>');
    esc(out, s.text());
    out.append(TD_END);
  }

  /** A value cell without extra attributes. */
  private void td(String text, boolean unreadable) {
    out.append(unreadable ? TD_UNREADABLE : TD);
    esc(out, text);
    out.append(TD_END);
  }

  private static String attributeName(String name) {
    if (!ATTRIBUTE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an HTML attribute name: " + name);
    }
    return name;
  }

  private static void th(
      StringBuilder out, String text, int rowspan, int colspan, String attributes) {
    out.append("<th").append(attributes);
    if (rowspan > 1) {
      out.append(" rowspan=\"").append(rowspan).append('"');
    }
    if (colspan > 1) {
      out.append(" colspan=\"").append(colspan).append('"');
    }
    out.append(">");
    esc(out, text);
    out.append("</th>");
  }

  private static void esc(StringBuilder out, String s) {
    esc(out, s, 0, s.length());
  }

  /** Appends a range of text with {@code & < > "} escaped, a run of plain text at a time. */
  private static void esc(StringBuilder out, String s, int from, int to) {
    int plain = from;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch > '>') {
        continue; // most of the text: CJK, letters
      }
      String entity =
          switch (ch) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
          };
      if (entity != null) {
        out.append(s, plain, i).append(entity);
        plain = i + 1;
      }
    }
    out.append(s, plain, to);
  }
}
