package io.github.ogireport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Turns text or an HTML page into a {@link Source}. */
final class Sources {
  private Sources() {}

  /**
   * Text. When the text holds table cells as tab-prefixed lines (a document converted to text), each
   * cell is a piece, a line that does not start with a tab continues the cell above it, and a blank
   * line ends a table row; every other line is a piece of its own. Page markers ({@code - 3 -}) are
   * dropped.
   */
  static Source text(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    long tabLines = java.util.Arrays.stream(lines).filter(l -> l.startsWith("\t")).count();
    boolean cells = tabLines >= 10;
    List<Source.Piece> pieces = new ArrayList<>();
    int block = 0;
    boolean inCell = false;
    StringBuilder cell = null;
    int cellLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (cells && line.startsWith("\t")) {
        if (cell != null) {
          pieces.add(new Source.Piece(cell.toString(), block, "line " + cellLine));
        }
        cell = new StringBuilder(line.substring(1));
        cellLine = i + 1;
        inCell = true;
        continue;
      }
      if (cells && inCell && !line.isBlank()) {
        cell.append('\n').append(line);
        continue;
      }
      if (cell != null) {
        pieces.add(new Source.Piece(cell.toString(), block, "line " + cellLine));
        cell = null;
      }
      if (line.isBlank()) {
        if (inCell) {
          block++;
        }
        inCell = false;
        continue;
      }
      inCell = false;
      if (!Source.isPageMarker(line)) {
        pieces.add(new Source.Piece(line, -1, "line " + (i + 1)));
      }
    }
    if (cell != null) {
      pieces.add(new Source.Piece(cell.toString(), block, "line " + cellLine));
    }
    return new Source(pieces, cells);
  }

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
          "article", "header", "footer", "title", "tr", "td", "th", "dd", "dt", "blockquote");

  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "select", "option", "head");

  /**
   * An HTML page: each table cell a piece (a table row a block), every other block of text a piece;
   * scripts and styles skipped. The page's title comes first.
   */
  static Source html(String html) {
    Document doc = Jsoup.parse(html);
    List<Source.Piece> pieces = new ArrayList<>();
    String title = doc.title();
    if (!title.isBlank()) {
      pieces.add(new Source.Piece(title, -1, "<title>"));
    }
    StringBuilder line = new StringBuilder();
    int[] counters = {0, 0}; // tables, rows
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
                if (SKIPPED.contains(tag)) {
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("table")) {
                  flush(line, pieces, counters);
                  if (e.selectFirst("table table") != null || e.select("table").size() > 1) {
                    return FilterResult.CONTINUE; // a layout table around the report: read into it
                  }
                  table(e, pieces, counters);
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) {
                  flush(line, pieces, counters);
                }
                return FilterResult.CONTINUE;
              }

              @Override
              public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                  flush(line, pieces, counters);
                }
                return FilterResult.CONTINUE;
              }
            });
    flush(line, pieces, counters);
    return new Source(pieces, true);
  }

  private static void flush(StringBuilder line, List<Source.Piece> pieces, int[] counters) {
    String text = line.toString().replace('\u00a0', ' ').strip();
    if (!text.isEmpty()) {
      pieces.add(new Source.Piece(text, -1, "text block " + (pieces.size() + 1)));
    }
    line.setLength(0);
  }

  private static void table(Element table, List<Source.Piece> pieces, int[] counters) {
    counters[0]++;
    Element caption = table.selectFirst("> caption");
    if (caption != null && !caption.text().isBlank()) {
      pieces.add(new Source.Piece(caption.text(), -1, "table " + counters[0] + ", caption"));
    }
    int row = 0;
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) {
        continue; // a nested table's rows come with their own cell
      }
      row++;
      counters[1]++;
      int column = 0;
      for (Element cell : tr.children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        column++;
        String text = cell.wholeText().replace('\u00a0', ' ').strip();
        pieces.add(
            new Source.Piece(
                text,
                counters[1],
                "table " + counters[0] + ", row " + row + ", cell " + column));
      }
    }
  }
}
