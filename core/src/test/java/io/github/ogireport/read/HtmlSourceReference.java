package io.github.ogireport.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The HTML layout as {@link Sources#html(String)} read it before its walk was written by hand:
 * selector queries ({@code table table}, {@code tr}, {@code closest("table")}) and jsoup's
 * traversal. Kept as the reference the hand-written walk is checked against.
 */
final class HtmlSourceReference {
  private HtmlSourceReference() {}

  /**
   * An HTML page: each table cell a piece (a table row a block), every other block of text a piece;
   * scripts, styles and templates skipped. The page's title comes first.
   */
  static TableSource html(String html) {
    Document doc = Jsoup.parse(html);
    TableSource.Builder out = TableSource.builder();
    String title = doc.title();
    if (!title.isBlank()) {
      out.line(title.length() > 1000 ? title.substring(0, 1000) : title, "<title>");
    }
    StringBuilder line = new StringBuilder();
    int[] tables = {0};
    doc.body()
        .filter(
            new NodeFilter() {
              @Override
              public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                  line.append(t.getWholeText());
                  return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                  return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (Sources.SKIPPED.contains(tag)) {
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("table")) {
                  flush(line, out);
                  if (e.selectFirst("table table") != null || e.select("table").size() > 1) {
                    return FilterResult.CONTINUE; // a layout table around the report: read into it
                  }
                  table(e, out, ++tables[0]);
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (Sources.BLOCKS.contains(tag)) {
                  flush(line, out);
                }
                return FilterResult.CONTINUE;
              }

              @Override
              public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && Sources.BLOCKS.contains(e.normalName())) {
                  flush(line, out);
                }
                return FilterResult.CONTINUE;
              }
            });
    flush(line, out);
    return out.build();
  }

  private static void flush(StringBuilder line, TableSource.Builder out) {
    String text = line.toString().replace('\u00a0', ' ').strip();
    if (!text.isEmpty()) {
      out.line(text, "text block " + (out.size() + 1));
    }
    line.setLength(0);
  }

  private static void table(Element table, TableSource.Builder out, int number) {
    Element caption = table.selectFirst("> caption");
    if (caption != null && !caption.text().isBlank()) {
      out.line(caption.text(), "table " + number + ", caption");
    }
    int row = 0;
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) {
        continue; // a nested table's rows come with their own cell
      }
      row++;
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          cells.add(cellText(cell));
        }
      }
      out.row(cells, "table " + number + ", row " + row);
    }
  }

  /**
   * A cell's text: a line break ({@code <br>}, a block) stays a line break, so that two numbers in
   * one cell never run together; superscripts and footnote marks ({@code <sup>}) and hidden
   * elements ({@code <template>}, scripts) are left out.
   */
  static String cellText(Element cell) {
    StringBuilder b = new StringBuilder();
    cell.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              b.append(t.getWholeText());
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (Sources.SKIPPED.contains(tag) || tag.equals("sup")) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (e != cell && Sources.BLOCKS.contains(tag)) {
                b.append('\n');
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node != cell && node instanceof Element e && Sources.BLOCKS.contains(e.normalName())) {
              b.append('\n');
            }
            return FilterResult.CONTINUE;
          }
        });
    return b.toString().replace('\u00a0', ' ').strip();
  }
}
