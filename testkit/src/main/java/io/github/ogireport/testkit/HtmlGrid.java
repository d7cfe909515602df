package io.github.ogireport.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jsoup.nodes.Element;

/**
 * An HTML table as the grid a reader sees: every position of every row, with the cell element that
 * covers it once rowspan and colspan are expanded.
 */
public final class HtmlGrid {
  private final List<List<Element>> rows = new ArrayList<>();
  private final int headerRows;

  private HtmlGrid(Element table) {
    List<Element> trs = table.select("> thead > tr, > tbody > tr, > tr");
    headerRows = table.select("> thead > tr").size();
    for (int r = 0; r < trs.size(); r++) {
      row(r);
      int c = 0;
      for (Element cell : trs.get(r).children()) {
        while (c < rows.get(r).size() && rows.get(r).get(c) != null) {
          c++;
        }
        int rowspan = span(cell, "rowspan");
        int colspan = span(cell, "colspan");
        for (int dr = 0; dr < rowspan; dr++) {
          List<Element> target = row(r + dr);
          for (int dc = 0; dc < colspan; dc++) {
            while (target.size() <= c + dc) {
              target.add(null);
            }
            if (target.get(c + dc) != null) {
              throw new AssertionError("overlapping cells at row " + (r + dr) + ", column " + (c + dc));
            }
            target.set(c + dc, cell);
          }
        }
        c += colspan;
      }
    }
  }

  /**
   * The grid of a {@code <table>} element.
   *
   * @param table the table
   * @return its grid
   */
  public static HtmlGrid of(Element table) {
    return new HtmlGrid(table);
  }

  private List<Element> row(int r) {
    while (rows.size() <= r) {
      rows.add(new ArrayList<>());
    }
    return rows.get(r);
  }

  private static int span(Element cell, String attribute) {
    String v = cell.attr(attribute);
    return v.isEmpty() ? 1 : Integer.parseInt(v);
  }

  /**
   * The number of header rows ({@code thead}).
   *
   * @return the count
   */
  public int headerRows() {
    return headerRows;
  }

  /**
   * The number of rows.
   *
   * @return the count
   */
  public int height() {
    return rows.size();
  }

  /**
   * The number of columns of row {@code r}.
   *
   * @param r a row index
   * @return the count
   */
  public int width(int r) {
    return rows.get(r).size();
  }

  /**
   * The cell covering a position.
   *
   * @param r the row index
   * @param c the column index
   * @return the cell
   * @throws AssertionError when no cell covers it
   */
  public Element at(int r, int c) {
    Element e = c < rows.get(r).size() ? rows.get(r).get(c) : null;
    if (e == null) {
      throw new AssertionError("no cell at row " + r + ", column " + c);
    }
    return e;
  }

  /**
   * The texts of the distinct cells covering a column from row {@code from} to {@code to}.
   *
   * @param c the column index
   * @param from the first row
   * @param to the row after the last
   * @return the texts, top to bottom
   */
  public List<String> down(int c, int from, int to) {
    return distinct(r -> at(r, c), from, to);
  }

  /**
   * The texts of the distinct cells covering a row from column {@code from} to {@code to}.
   *
   * @param r the row index
   * @param from the first column
   * @param to the column after the last
   * @return the texts, left to right
   */
  public List<String> across(int r, int from, int to) {
    return distinct(c -> at(r, c), from, to);
  }

  /** The texts of the distinct cells at positions {@code from} to {@code to} of a line. */
  private static List<String> distinct(IntFunction<Element> line, int from, int to) {
    List<String> out = new ArrayList<>();
    Element last = null;
    for (int i = from; i < to; i++) {
      Element e = line.apply(i);
      if (e != last) {
        out.add(e.text());
        last = e;
      }
    }
    return out;
  }
}
