package io.github.ogireport.render;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.TableDecl;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** One self-contained HTML page in the official table layout. */
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

  private static final java.util.regex.Pattern ATTRIBUTE_NAME =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

  private final PrintedReport report;
  /** Sized for a whole report's page, so that the page is not copied as it grows. */
  private final StringBuilder out = new StringBuilder(1 << 15);
  private final Function<CellRef, Map<String, String>> cellAttributes;

  HtmlRenderer(PrintedReport report) {
    this(report, c -> Map.of());
  }

  HtmlRenderer(PrintedReport report, Function<CellRef, Map<String, String>> cellAttributes) {
    this.report = report;
    this.cellAttributes = cellAttributes;
  }

  String render() {
    String title = CellText.title(report);
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>");
    esc(title);
    out.append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
    ReportWalk.walk(
        report,
        new ReportWalk.Writer() {
          @Override
          public void title(String text) {
            out.append("<h1>");
            esc(text);
            out.append("</h1>\n");
          }

          @Override
          public void heading(String text) {
            out.append("<h2>");
            esc(text);
            out.append("</h2>\n");
          }

          @Override
          public void paragraph(String text) {
            out.append("<p>");
            esc(text);
            out.append("</p>\n");
          }

          @Override
          public void table(TableDecl table) {
            HtmlRenderer.this.table(TableGrid.official(report, table));
          }

          @Override
          public void closing(String text) {
            out.append("<p class=\"closing\">");
            esc(text);
            out.append("</p>\n");
          }
        });
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void table(TableGrid grid) {
    out.append("<table>\n");
    grid.caption()
        .ifPresent(
            c -> {
              out.append("<caption>");
              esc(c);
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
          case CORNER, HEADER -> th(s.text(), s.rowspan(), s.colspan(), "");
          case LABEL -> th(s.text(), s.rowspan(), s.colspan(), " class=\"row\"");
          case VALUE -> td(s.cell().orElseThrow(), s.text(), s.unreadable());
        }
      }
      out.append("</tr>\n");
    }
    if (rows.size() == grid.headerRows()) {
      out.append("</thead>\n<tbody>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private void td(CellRef c, String text, boolean unreadable) {
    Map<String, String> marks = cellAttributes.apply(c);
    if (marks.isEmpty()) {
      out.append(unreadable ? "<td class=\"unreadable\">" : "<td>");
    } else {
      Map<String, String> extra = new TreeMap<>(marks);
      if (unreadable) {
        extra.merge("class", "unreadable", (mine, mark) -> mark + " " + mine);
      }
      out.append("<td");
      extra.forEach(
          (name, value) -> {
            out.append(' ').append(attributeName(name)).append("=\"");
            esc(value);
            out.append('"');
          });
      out.append('>');
    }
    esc(text);
    out.append("</td>");
  }

  private static String attributeName(String name) {
    if (!ATTRIBUTE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an HTML attribute name: " + name);
    }
    return name;
  }

  private void th(String text, int rowspan, int colspan, String attributes) {
    out.append("<th").append(attributes);
    if (rowspan > 1) {
      out.append(" rowspan=\"").append(rowspan).append('"');
    }
    if (colspan > 1) {
      out.append(" colspan=\"").append(colspan).append('"');
    }
    out.append(">");
    esc(text);
    out.append("</th>");
  }

  /** Appends text to the page with {@code & < > "} escaped, a run of plain text at a time. */
  private void esc(String s) {
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      String entity =
          switch (s.charAt(i)) {
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
    out.append(s, plain, s.length());
  }
}
