package io.github.ogireport.render;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.ColumnDecl;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A declared table as a grid: a path of header labels over each data column, a path of row labels
 * before each data row, and the cell at each crossing. A table {@link TableDecl#printedAcross()}
 * becomes one line of numbers under column paths (row group, row, column); the others keep their
 * rows.
 */
record TableLayout(
    Optional<String> caption,
    String corner,
    List<List<String>> columnPaths,
    List<List<String>> rowPaths,
    List<List<CellRef>> cells) {

  int headerDepth() {
    return columnPaths.stream().mapToInt(List::size).max().orElse(0);
  }

  int labelDepth() {
    return rowPaths.stream().mapToInt(List::size).max().orElse(0);
  }

  /** The official layout (HTML) of a table of a report. */
  static TableLayout official(PrintedReport report, TableDecl table) {
    EditionTemplate t = report.edition().template();
    return table.printedAcross() ? across(t, table) : rows(report, table);
  }

  /** The layout of the declaration's rows and columns, even for a table printed across. */
  static TableLayout flat(PrintedReport report, TableDecl table) {
    return rows(report, table);
  }

  private static TableLayout rows(PrintedReport report, TableDecl table) {
    EditionTemplate t = report.edition().template();
    Map<String, Map<String, CellRef>> grid = t.printableGrid(table);
    List<List<String>> columnPaths = new ArrayList<>();
    for (ColumnDecl c : table.columns()) {
      List<String> path = new ArrayList<>();
      table.columnHeader().ifPresent(path::add);
      path.addAll(c.groups());
      path.add(c.label());
      columnPaths.add(List.copyOf(path));
    }
    List<List<String>> rowPaths = new ArrayList<>();
    List<List<CellRef>> cells = new ArrayList<>();
    for (RowDecl r : report.printedRows(table)) {
      List<String> path = new ArrayList<>(r.groups());
      path.add(r.label());
      rowPaths.add(List.copyOf(path));
      cells.add(List.copyOf(grid.get(r.key()).values()));
    }
    String corner = table.note().or(() -> table.rowHeader()).orElse("");
    return new TableLayout(
        table.rowHeader().isPresent() ? Optional.of(table.caption()) : Optional.empty(),
        corner,
        List.copyOf(columnPaths),
        List.copyOf(rowPaths),
        List.copyOf(cells));
  }

  private static TableLayout across(EditionTemplate t, TableDecl table) {
    Map<String, Map<String, CellRef>> grid = t.grid(table);
    List<List<String>> columnPaths = new ArrayList<>();
    List<CellRef> line = new ArrayList<>();
    for (RowDecl r : table.rows()) {
      for (ColumnDecl c : table.columns()) {
        List<String> path = new ArrayList<>(r.groups());
        path.add(r.label());
        path.add(c.label());
        columnPaths.add(List.copyOf(path));
        line.add(grid.get(r.key()).get(c.key()));
      }
    }
    return new TableLayout(
        Optional.empty(), "", List.copyOf(columnPaths), List.of(List.of()), List.of(List.copyOf(line)));
  }
}
