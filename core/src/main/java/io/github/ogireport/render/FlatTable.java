package io.github.ogireport.render;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A declared table flattened for Markdown and text: one header line, one line per row; a merged
 * header becomes the column's labels joined, a row group's label is repeated on each of its rows.
 */
record FlatTable(
    Optional<String> caption,
    Optional<String> note,
    List<String> header,
    List<List<String>> body,
    int labelColumns) {

  static FlatTable of(PrintedReport report, TableDecl table) {
    EditionTemplate t = report.edition().template();
    TableLayout layout = TableLayout.flat(report, table);
    int labels = layout.labelDepth();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < labels; i++) {
      header.add(i == 0 ? table.rowHeader().or(() -> table.columnHeader()).orElse("") : "");
    }
    int shared = table.columnHeader().isPresent() ? 1 : 0; // in the first header cell instead
    for (List<String> path : layout.columnPaths()) {
      header.add(String.join(" ", path.subList(shared, path.size())));
    }
    List<List<String>> body = new ArrayList<>();
    for (int r = 0; r < layout.rowPaths().size(); r++) {
      List<String> line = new ArrayList<>();
      List<String> path = layout.rowPaths().get(r);
      for (int i = 0; i < labels; i++) {
        line.add(i < path.size() ? path.get(i) : "");
      }
      for (CellRef c : layout.cells().get(r)) {
        line.add(CellText.of(report, c));
      }
      body.add(List.copyOf(line));
    }
    return new FlatTable(
        table.rowHeader().isPresent() ? Optional.of(table.caption()) : Optional.empty(),
        table.note(),
        List.copyOf(header),
        List.copyOf(body),
        labels);
  }
}
