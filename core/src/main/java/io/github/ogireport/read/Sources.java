package io.github.ogireport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Turns each layout a report comes in into a {@link TableSource}: text with tab-prefixed cells,
 * Markdown pipe tables, text with aligned columns, plain text, and HTML pages.
 */
final class Sources {
  private Sources() {}

  /** A Markdown table's separator line: {@code |---|:---:|}. */
  private static final Pattern PIPE_RULE = Pattern.compile("\\s{0,40}\\|?(\\s{0,9}:?-{3,}:?\\s{0,9}\\|){1,60}\\s{0,9}(:?-{3,}:?\\s{0,9})?");
  /** The rule under an aligned table's header. */
  private static final Pattern DASH_RULE = Pattern.compile("\\s{0,40}-{10,}\\s{0,40}");

  /**
   * Text. When the text holds table cells as tab-prefixed lines (a document converted to text), each
   * cell is a piece, a line that does not start with a tab continues the cell above it, and a blank
   * line ends a table row. Otherwise a line with pipes is a table row of Markdown (outer pipes or
   * not; separator lines dropped), and the lines under a header and a rule of dashes whose numbers
   * stand right-aligned under the header's labels are rows of an aligned table; every other line is
   * a piece of its own. Page markers ({@code - 3 -}) are dropped.
   */
  static TableSource text(String[] lines) {
    long tabLines = java.util.Arrays.stream(lines).filter(l -> l.startsWith("\t")).count();
    TableSource.Builder out = TableSource.builder();
    if (tabLines >= 10) {
      tabCells(lines, out);
      return out.build();
    }
    int[] edges = null; // right edges of an aligned table's columns, while in one
    boolean valuesSeen = false; // a row of this aligned table had a value
    // Labels alone before the first row with values: blank rows if the table has values, else
    // labels printed before their numbers (text extracted column by column).
    List<Pending> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String origin = "line " + (i + 1);
      if (line.isBlank()) {
        // Labels alone up to the table's end, nothing else under the rule: rows printed blank.
        flush(pending, edges != null, out);
        edges = null;
        continue;
      }
      if (pageMarker(line)) {
        continue;
      }
      boolean dashes = line.contains("---");
      if (dashes && PIPE_RULE.matcher(line).matches()) {
        continue;
      }
      if (dashes && DASH_RULE.matcher(line).matches()) {
        flush(pending, false, out);
        edges = i > 0 ? columnEdges(lines[i - 1]) : null;
        valuesSeen = false;
        continue;
      }
      List<String> pipeCells = pipeCells(line);
      if (pipeCells != null) {
        flush(pending, false, out);
        out.row(pipeCells, origin);
        continue;
      }
      List<String> aligned = edges == null ? null : alignedCells(line, edges);
      boolean labelAlone = aligned != null && aligned.subList(1, aligned.size()).stream().allMatch(String::isEmpty);
      if (labelAlone && !valuesSeen) {
        pending.add(new Pending(line, origin, aligned));
      } else if (aligned != null) {
        flush(pending, !labelAlone, out);
        valuesSeen = true;
        out.row(aligned, origin);
      } else {
        flush(pending, false, out);
        out.line(line, origin);
      }
    }
    flush(pending, edges != null, out);
    return out.build();
  }

  /**
   * Whether a line is a page marker ({@code - 3 -}): up to 40 white space characters, a dash
   * ({@code -}, {@code －} or {@code —}), up to 9 white space, 1 to 3 ASCII digits, up to 9 white
   * space, a dash and up to 40 white space, white space as a pattern's {@code \s} sees it. One scan:
   * white space, dashes and digits are apart, so each run's length decides.
   */
  static boolean pageMarker(String line) {
    int n = line.length();
    if (n > PAGE_MARKER_MAX) {
      return false;
    }
    int k = spaces(line, 0);
    if (k > 40 || k == n || !markerDash(line.charAt(k))) {
      return false;
    }
    int s = spaces(line, k + 1);
    if (s - (k + 1) > 9) {
      return false;
    }
    int d = s;
    while (d < n && Tokens.isDigit(line.charAt(d))) {
      d++;
    }
    if (d == s || d - s > 3) {
      return false;
    }
    k = spaces(line, d);
    if (k - d > 9 || k == n || !markerDash(line.charAt(k))) {
      return false;
    }
    s = spaces(line, k + 1);
    return s == n && s - (k + 1) <= 40;
  }

  /** Where the white space ({@code [ \t\n\x0B\f\r]}) from {@code k} on ends. */
  private static int spaces(String line, int k) {
    while (k < line.length() && Tokens.isSpace(line.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean markerDash(char c) {
    return c == '-' || c == '－' || c == '—';
  }

  /** The longest line a page marker can be. */
  private static final int PAGE_MARKER_MAX = 40 + 1 + 9 + 3 + 9 + 1 + 40;

  /** A label alone on its line in an aligned table, not yet known to be a row. */
  private record Pending(String line, String origin, List<String> cells) {}

  /** Adds the pending lines of an aligned table: as blank rows, or as lines of text. */
  private static void flush(List<Pending> pending, boolean asRows, TableSource.Builder out) {
    for (Pending p : pending) {
      if (asRows) {
        out.row(p.cells(), p.origin());
      } else {
        out.line(p.line(), p.origin());
      }
    }
    pending.clear();
  }

  private static void tabCells(String[] lines, TableSource.Builder out) {
    int block = 0;
    boolean inCell = false;
    StringBuilder cell = null;
    int cellLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("\t")) {
        if (cell != null) {
          out.piece(cell.toString(), block, "line " + cellLine);
        }
        cell = new StringBuilder(line.substring(1));
        cellLine = i + 1;
        inCell = true;
        continue;
      }
      if (inCell && !line.isBlank()) {
        cell.append('\n').append(line);
        continue;
      }
      if (cell != null) {
        out.piece(cell.toString(), block, "line " + cellLine);
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
      if (!pageMarker(line)) {
        out.piece(line, -1, "line " + (i + 1));
      }
    }
    if (cell != null) {
      out.piece(cell.toString(), block, "line " + cellLine);
    }
  }

  /**
   * The cells of a Markdown table row, or null when the line is not one: a line with at least two
   * unescaped pipes, outer pipes optional; {@code \|} is a pipe inside a cell.
   */
  static List<String> pipeCells(String line) {
    int pipes = 0;
    for (int k = 0; k < line.length(); k++) {
      if (line.charAt(k) == '|' && (k == 0 || line.charAt(k - 1) != '\\')) {
        pipes++;
      }
    }
    if (pipes < 2) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '\\' && k + 1 < line.length() && (line.charAt(k + 1) == '|' || line.charAt(k + 1) == '\\')) {
        cell.append(line.charAt(++k));
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    String trimmed = line.strip();
    if (trimmed.startsWith("|")) {
      cells.remove(0);
    }
    if (trimmed.endsWith("|") && !trimmed.endsWith("\\|") && !cells.isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells.size() >= 2 ? cells : null;
  }

  /**
   * The right edges (display columns) of the labels of an aligned table's last header line, leaving
   * out a label that starts the line (the row labels' heading), or null when there are none.
   */
  private static int[] columnEdges(String header) {
    List<int[]> tokens = tokens(header);
    List<Integer> edges = new ArrayList<>();
    for (int[] t : tokens) {
      if (t[0] > 0) {
        edges.add(t[1]);
      }
    }
    return edges.isEmpty() ? null : edges.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The cells of a line of an aligned table: its label, then one cell per column (empty where the
   * line prints nothing under the column); null when the line's values do not stand right-aligned
   * under the columns, or it has none.
   */
  private static List<String> alignedCells(String line, int[] edges) {
    List<int[]> tokens = tokens(line);
    String[] values = new String[edges.length];
    int firstValue = -1;
    int column = 0;
    for (int k = 0; k < tokens.size(); k++) {
      int[] t = tokens.get(k);
      String text = line.substring(t[2], t[3]);
      while (column < edges.length && edges[column] < t[1]) {
        column++;
      }
      boolean atEdge = column < edges.length && edges[column] == t[1];
      boolean inColumn = atEdge && (column == 0 || t[0] >= edges[column - 1]);
      if (firstValue < 0) {
        if (inColumn && looksLikeValue(text) && k > 0) {
          firstValue = k;
        } else {
          continue;
        }
      }
      if (!inColumn || values[column] != null) {
        return null;
      }
      values[column] = text;
      column++;
    }
    if (firstValue < 0) {
      // A row whose every cell is blank: its label alone, at the start of the line.
      return tokens.size() == 1 && tokens.get(0)[0] == 0 ? blankRow(line.strip(), edges.length) : null;
    }
    List<String> cells = new ArrayList<>();
    cells.add(line.substring(0, tokens.get(firstValue)[2]).strip());
    for (String v : values) {
      cells.add(v == null ? "" : v);
    }
    return cells;
  }

  private static List<String> blankRow(String label, int columns) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    for (int i = 0; i < columns; i++) {
      cells.add("");
    }
    return cells;
  }

  private static boolean looksLikeValue(String text) {
    if (text.equals("无")) {
      return true;
    }
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isIdeographic(c) && c != '元' && c != '万') {
        return false;
      }
    }
    return true;
  }

  /**
   * The white-space separated tokens of a line: start and end display column, start and end
   * index.
   */
  private static List<int[]> tokens(String line) {
    List<int[]> out = new ArrayList<>();
    int col = 0;
    int k = 0;
    while (k < line.length()) {
      char c = line.charAt(k);
      if (c == ' ' || c == '\t' || c == '\u3000') {
        col += c == '\u3000' ? 2 : 1;
        k++;
        continue;
      }
      int startCol = col;
      int start = k;
      while (k < line.length() && line.charAt(k) != ' ' && line.charAt(k) != '\t' && line.charAt(k) != '\u3000') {
        int cp = line.codePointAt(k);
        col += displayWidth(cp);
        k += Character.charCount(cp);
      }
      out.add(new int[] {startCol, col, start, k});
    }
    return out;
  }

  /** East Asian wide and fullwidth ranges, as pairs of first and last code point. */
  private static final int[] WIDE = {
    0x1100, 0x115F, 0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF,
    0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE30, 0xFE4F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x20000, 0x3FFFD
  };

  /** How many columns a character takes in aligned text: two for East Asian wide characters. */
  static int displayWidth(int cp) {
    for (int k = 0; k < WIDE.length; k += 2) {
      if (cp >= WIDE[k] && cp <= WIDE[k + 1]) {
        return 2;
      }
    }
    return 1;
  }

  /** Elements whose start and end break the text into pieces (and lines in a cell). */
  static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
          "article", "header", "footer", "title", "tr", "td", "th", "dd", "dt", "blockquote");

  /** Elements whose content is not printed text. */
  static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "select", "option", "head");

  /**
   * An HTML page: each table cell a piece (a table row a block), every other block of text a piece;
   * scripts, styles and templates skipped. The page's title comes first. The page is parsed once;
   * the body is walked once, and each table once more for its rows and cells, without selector
   * queries.
   */
  static TableSource html(String html) {
    Document doc = Jsoup.parse(html);
    TableSource.Builder out = TableSource.builder();
    String title = doc.title();
    if (!title.isBlank()) {
      out.line(title.length() > 1000 ? title.substring(0, 1000) : title, "<title>");
    }
    StringBuilder line = new StringBuilder();
    StringBuilder cell = new StringBuilder();
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
                if (SKIPPED.contains(tag)) {
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("table")) {
                  flush(line, out);
                  if (hasTableBelow(e)) {
                    return FilterResult.CONTINUE; // a layout table around the report: read into it
                  }
                  table(e, out, ++tables[0], cell);
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) {
                  flush(line, out);
                }
                return FilterResult.CONTINUE;
              }

              @Override
              public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                  flush(line, out);
                }
                return FilterResult.CONTINUE;
              }
            });
    flush(line, out);
    return out.build();
  }

  private static void flush(StringBuilder line, TableSource.Builder out) {
    String text = stripped(line);
    if (!text.isEmpty()) {
      out.line(text, "text block " + (out.size() + 1));
    }
    line.setLength(0);
  }

  /**
   * What {@code b.toString().replace('\u00a0', ' ').strip()} gives, copying the text once: a
   * no-break space counts as white space at the ends and becomes a space inside.
   */
  static String stripped(StringBuilder b) {
    int start = 0;
    int end = b.length();
    while (start < end && blank(b.charAt(start))) {
      start++;
    }
    while (end > start && blank(b.charAt(end - 1))) {
      end--;
    }
    for (int k = start; k < end; k++) {
      if (b.charAt(k) == '\u00a0') {
        char[] chars = new char[end - start];
        b.getChars(start, end, chars, 0);
        for (int i = k - start; i < chars.length; i++) {
          if (chars[i] == '\u00a0') {
            chars[i] = ' ';
          }
        }
        return new String(chars);
      }
    }
    return b.substring(start, end);
  }

  /** White space as {@link String#strip()} sees it, after no-break spaces became spaces. */
  private static boolean blank(char c) {
    return c == '\u00a0' || Character.isWhitespace(c);
  }

  /** The next node after {@code node} in document order inside {@code root}, or null. */
  private static Node next(Node node, Node root, boolean intoChildren) {
    if (intoChildren && node.childNodeSize() > 0) {
      return node.childNode(0);
    }
    while (node != root) {
      Node sibling = node.nextSibling();
      if (sibling != null) {
        return sibling;
      }
      node = node.parentNode();
    }
    return null;
  }

  /** Whether a table holds another table anywhere below it (the query {@code table table}). */
  private static boolean hasTableBelow(Element table) {
    for (Node n = next(table, table, true); n != null; n = next(n, table, true)) {
      if (n instanceof Element e && e.normalName().equals("table")) {
        return true;
      }
    }
    return false;
  }

  /** The nearest table around an element, the element included (as {@code closest("table")}). */
  private static Element closestTable(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.normalName().equals("table")) {
        return a;
      }
    }
    return null;
  }

  private static void table(Element table, TableSource.Builder out, int number, StringBuilder b) {
    Element caption = null;
    for (int k = 0; k < table.childNodeSize() && caption == null; k++) {
      if (table.childNode(k) instanceof Element c && c.normalName().equals("caption")) {
        caption = c;
      }
    }
    if (caption != null) {
      String text = caption.text();
      if (!text.isBlank()) {
        out.line(text, "table " + number + ", caption");
      }
    }
    int row = 0;
    // Every tr below the table in document order (the query tr), skipped or not.
    for (Node n = next(table, table, true); n != null; n = next(n, table, true)) {
      if (!(n instanceof Element tr) || !tr.normalName().equals("tr")) {
        continue;
      }
      if (closestTable(tr) != table) {
        continue; // a nested table's rows come with their own cell
      }
      row++;
      // The row's cells as TableSource.Builder.row gives them, each origin written in one go.
      int block = out.nextRow();
      int cells = 0;
      for (int k = 0; k < tr.childNodeSize(); k++) {
        if (tr.childNode(k) instanceof Element c && (c.normalName().equals("td") || c.normalName().equals("th"))) {
          cells++;
          out.piece(cellText(c, b), block, "table " + number + ", row " + row + ", cell " + cells);
        }
      }
      if (cells == 0) {
        out.row(List.of(), "table " + number + ", row " + row);
      }
    }
  }

  /**
   * A cell's text: a line break ({@code <br>}, a block) stays a line break, so that two numbers in
   * one cell never run together; superscripts and footnote marks ({@code <sup>}) and hidden
   * elements ({@code <template>}, scripts) are left out.
   */
  static String cellText(Element cell) {
    return cellText(cell, new StringBuilder());
  }

  /** {@link #cellText(Element)}, collected in a given (emptied) builder. */
  private static String cellText(Element cell, StringBuilder b) {
    b.setLength(0);
    Node n = cell.childNodeSize() > 0 ? cell.childNode(0) : null;
    while (n != null) {
      boolean into = true;
      if (n instanceof TextNode t) {
        b.append(t.getWholeText());
      } else if (n instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || tag.equals("sup")) {
          into = false;
        } else if (BLOCKS.contains(tag)) {
          b.append('\n');
          if (e.childNodeSize() == 0) {
            b.append('\n'); // its tail
          }
        }
      }
      // Leaving nodes: a block's tail is a line break.
      if (into && n.childNodeSize() > 0) {
        n = n.childNode(0);
        continue;
      }
      while (n != cell) {
        Node sibling = n.nextSibling();
        if (sibling != null) {
          n = sibling;
          break;
        }
        n = n.parentNode();
        if (n != cell && n instanceof Element e && BLOCKS.contains(e.normalName())) {
          b.append('\n');
        }
      }
      if (n == cell) {
        n = null;
      }
    }
    return stripped(b);
  }
}
