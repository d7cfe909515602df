package io.github.ogireport.render;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A declared table as the official template prints it: a grid of merged cells. The header rows
 * come first (the corner over the row labels, then each column group over the columns it spans),
 * then one row per printed row (a row group's label spans the rows of its group). Section 四 is one
 * line of numbers under a three-level header. Formats that merge cells (HTML, Word) print this
 * grid; every label in it comes from the edition declaration, every number from the report.
 *
 * <pre>{@code
 * TableGrid grid = TableGrid.official(printed, template.applications());
 * for (List<TableGrid.Slot> row : grid.rows()) {
 *   for (TableGrid.Slot s : row) { ... s.row(), s.column(), s.rowspan(), s.colspan(), s.text() }
 * }
 * }</pre>
 *
 * @param caption the caption printed over the table (section 二's 第二十条第（…）项), if any
 * @param headerRows how many of the rows are header rows
 * @param labelColumns how many grid columns hold row labels (0 for a table printed across)
 * @param width the number of grid columns
 * @param rows per grid row, the slots that start in it, left to right; a slot covers {@code
 *     rowspan} rows and {@code colspan} columns from where it starts
 */
public record TableGrid(
    Optional<String> caption, int headerRows, int labelColumns, int width, List<List<Slot>> rows) {

  /**
   * Checks the components and copies the lists.
   *
   * @param caption the caption printed over the table, if any
   * @param headerRows how many of the rows are header rows
   * @param labelColumns how many grid columns hold row labels
   * @param width the number of grid columns
   * @param rows per grid row, the slots that start in it, left to right
   */
  public TableGrid {
    java.util.Objects.requireNonNull(caption, "caption");
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** What a slot holds. */
  public enum Kind {
    /** The cell over the row labels: the table's row header or note. */
    CORNER,
    /** A column label or a column group's label. */
    HEADER,
    /** A row label or a row group's label. */
    LABEL,
    /** A number (or the blank, mark or unreadable text printed in its place). */
    VALUE
  }

  /**
   * One merged cell of the grid.
   *
   * @param kind what it holds
   * @param text the text printed in it
   * @param row the grid row it starts in (0 is the first header row)
   * @param column the grid column it starts in
   * @param rowspan rows covered, at least 1
   * @param colspan columns covered, at least 1
   * @param cell the report's cell, for a {@link Kind#VALUE}
   * @param unreadable whether a value is text the reader could not read as a number
   */
  public record Slot(
      Kind kind,
      String text,
      int row,
      int column,
      int rowspan,
      int colspan,
      Optional<CellRef> cell,
      boolean unreadable) {}

  /**
   * The grid of one table of a report, in the official layout.
   *
   * @param report the report whose numbers fill the grid
   * @param table one of the tables of the report's edition
   * @return the grid
   */
  public static TableGrid official(PrintedReport report, TableDecl table) {
    TableLayout layout = TableLayout.official(report, table);
    int depth = layout.headerDepth();
    int labels = layout.labelDepth();
    List<List<String>> paths = layout.columnPaths();
    List<List<Slot>> rows = new ArrayList<>();
    for (int level = 0; level < depth; level++) {
      List<Slot> line = new ArrayList<>();
      if (level == 0 && labels > 0) {
        line.add(slot(Kind.CORNER, layout.corner(), 0, 0, depth, labels));
      }
      int i = 0;
      while (i < paths.size()) {
        List<String> p = paths.get(i);
        if (p.size() <= level) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < paths.size() && samePrefix(paths.get(j), p, level)) {
          j++;
        }
        boolean leaf = p.size() - 1 == level;
        line.add(slot(Kind.HEADER, p.get(level), level, labels + i, leaf ? depth - level : 1, j - i));
        i = j;
      }
      rows.add(line);
    }
    List<List<String>> rowPaths = layout.rowPaths();
    for (int r = 0; r < rowPaths.size(); r++) {
      List<Slot> line = new ArrayList<>();
      List<String> p = rowPaths.get(r);
      for (int level = 0; level < p.size(); level++) {
        if (r > 0 && samePrefix(rowPaths.get(r - 1), p, level)) {
          continue; // covered by the rowspan of an earlier row
        }
        boolean leaf = level == p.size() - 1;
        int span = 1;
        while (!leaf && r + span < rowPaths.size() && samePrefix(rowPaths.get(r + span), p, level)) {
          span++;
        }
        line.add(slot(Kind.LABEL, p.get(level), depth + r, level, span, leaf ? labels - level : 1));
      }
      List<CellRef> cells = layout.cells().get(r);
      for (int c = 0; c < cells.size(); c++) {
        CellRef ref = cells.get(c);
        line.add(
            new Slot(
                Kind.VALUE,
                CellText.of(report, ref),
                depth + r,
                labels + c,
                1,
                1,
                Optional.of(ref),
                CellText.unreadable(report, ref)));
      }
      rows.add(line);
    }
    return new TableGrid(layout.caption(), depth, labels, labels + paths.size(), rows);
  }

  private static Slot slot(Kind kind, String text, int row, int column, int rowspan, int colspan) {
    return new Slot(kind, text, row, column, rowspan, colspan, Optional.empty(), false);
  }

  /** Whether two paths agree up to and including {@code level}, and both go that deep. */
  private static boolean samePrefix(List<String> a, List<String> b, int level) {
    return a.size() > level && b.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1))
        && ((a.size() - 1 != level && b.size() - 1 != level) || a.equals(b));
  }
}
