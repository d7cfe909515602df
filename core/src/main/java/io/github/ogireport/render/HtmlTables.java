package io.github.ogireport.render;

import io.github.ogireport.model.PrintedGrid;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML of an edition's tables made once: for each table, its fixed HTML (caption, headers,
 * labels, tags, all escaped) cut into the pieces between which a page appends the cells' texts.
 * A skeleton is the general table rendering ({@link HtmlRenderer#table}) of the table's {@link
 * TableGrid} with each value cell left as a hole, so a page written from it is the page the grid
 * gives. The rows a report prints (its {@link PrintedReport#printedRows}) depend only on which of
 * the table's alternative rows it prints, so there is one skeleton per table and such choice, made
 * the first time a report needs it.
 */
final class HtmlTables {
  private static final Map<Edition, HtmlTables> ALL = new ConcurrentHashMap<>();

  /** The fixed HTML of one table as a report prints it, and the cells between its pieces. */
  static final class Skeleton {
    /** The fixed HTML: {@code pieces[i]} comes before cell {@code i}, the last piece after all. */
    final String[] pieces;
    /** Each value cell, in page order. */
    final CellRef[] cells;
    /** The position of each value cell in its edition's printable cells. */
    final int[] indexes;
    /** The length of all the pieces. */
    final int length;

    private Skeleton(String[] pieces, CellRef[] cells, int[] indexes) {
      this.pieces = pieces;
      this.cells = cells;
      this.indexes = indexes;
      int n = 0;
      for (String p : pieces) {
        n += p.length();
      }
      this.length = n;
    }

    /** The skeleton of a table as a report prints it: its grid's HTML with a hole at each cell. */
    static Skeleton of(PrintedReport report, TableDecl table) {
      EditionTemplate t = report.edition().template();
      StringBuilder html = new StringBuilder();
      List<String> pieces = new ArrayList<>();
      List<CellRef> cells = new ArrayList<>();
      HtmlRenderer.table(
          html,
          TableGrid.official(report, table),
          slot -> {
            pieces.add(html.toString());
            html.setLength(0);
            cells.add(slot.cell().orElseThrow());
          });
      pieces.add(html.toString());
      int[] indexes = new int[cells.size()];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = t.index(cells.get(i));
      }
      return new Skeleton(pieces.toArray(String[]::new), cells.toArray(CellRef[]::new), indexes);
    }
  }

  private final EditionTemplate template;
  private final List<TableDecl> tables;
  /** Per table, per alternative row: the positions of the row's cells. */
  private final int[][][] alternatives;
  /** Per table: the skeleton for each choice of alternative rows (bit k: alternative k printed). */
  private final List<Map<Long, Skeleton>> skeletons = new ArrayList<>();

  private HtmlTables(EditionTemplate template) {
    this.template = template;
    this.tables = template.tables();
    this.alternatives = new int[tables.size()][][];
    for (int i = 0; i < tables.size(); i++) {
      TableDecl table = tables.get(i);
      Map<String, Map<String, CellRef>> grid = template.printableGrid(table);
      List<AlternativeRow> rows = table.alternatives();
      alternatives[i] = new int[rows.size()][];
      for (int k = 0; k < rows.size(); k++) {
        alternatives[i][k] =
            grid.get(rows.get(k).row().key()).values().stream().mapToInt(template::index).toArray();
      }
      skeletons.add(new ConcurrentHashMap<>());
    }
  }

  /** The tables of an edition, made the first time they are asked for. */
  static HtmlTables of(EditionTemplate template) {
    HtmlTables tables = ALL.get(template.edition());
    if (tables == null || tables.template != template) { // a declaration made again
      tables = new HtmlTables(template);
      ALL.put(template.edition(), tables);
    }
    return tables;
  }

  /**
   * Where a table stands among the edition's tables.
   *
   * @return its position, or -1 when it is not one of the edition's own
   */
  int position(TableDecl table) {
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i) == table) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The skeleton of one of the edition's tables as a report prints it.
   *
   * @param position the table's position among the edition's tables
   * @return the skeleton, or null when the table has too many alternative rows to key their
   *     choice in a {@code long} (the page then renders its grid)
   */
  Skeleton skeleton(PrintedReport report, int position) {
    int[][] rows = alternatives[position];
    if (rows.length >= Long.SIZE) {
      return null;
    }
    PrintedGrid printed = report.printedGrid();
    long choice = 0;
    for (int k = 0; k < rows.length; k++) {
      for (int cell : rows[k]) {
        if (printed.cell(cell) != null) {
          choice |= 1L << k;
          break;
        }
      }
    }
    Map<Long, Skeleton> made = skeletons.get(position);
    Skeleton s = made.get(choice);
    if (s == null) {
      s = Skeleton.of(report, tables.get(position));
      made.putIfAbsent(choice, s);
    }
    return s;
  }
}
