package io.github.ogireport.documents;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.ColumnDecl;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.PrintedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A printed report's tables as grids of cells with spans, the way a word processor lays them out:
 * row labels under their vertical group labels, a caption row over each section 二 sub-table, a
 * header row of column labels, and each cell's printed text (a blank as its mark, often nothing).
 * The PDF and Word writers of the tests draw these grids.
 */
final class PrintedTables {
  /** One cell of a grid. */
  record Cell(int row, int column, int rowSpan, int colSpan, String text, boolean value) {}

  /** A grid: its size, its cells, and how many of its first columns hold labels. */
  record Grid(int rows, int columns, int labelColumns, List<Cell> cells) {}

  private PrintedTables() {}

  /** The grids of a report, in printed order: section 二's sub-tables, then 三, then 四. */
  static List<Grid> of(PrintedReport report) {
    EditionTemplate t = report.edition().template();
    List<Grid> out = new ArrayList<>();
    for (TableDecl d : t.disclosureTables()) {
      out.add(rows(report, d, true));
    }
    out.add(rows(report, t.applications(), false));
    out.add(across(report, t.review()));
    return out;
  }

  /** Section 二 grids (with their caption) and section 三's grid. */
  static List<Grid> section(PrintedReport report, int section) {
    List<Grid> all = of(report);
    int two = report.edition().template().disclosureTables().size();
    return switch (section) {
      case 2 -> all.subList(0, two);
      case 3 -> all.subList(two, two + 1);
      default -> all.subList(two + 1, two + 2);
    };
  }

  private static Grid rows(PrintedReport report, TableDecl d, boolean caption) {
    EditionTemplate t = report.edition().template();
    List<RowDecl> rows = report.printedRows(d);
    int depth = rows.stream().mapToInt(r -> r.groups().size()).max().orElse(0);
    int labels = depth + 1;
    List<ColumnDecl> columns = d.columns();
    int width = labels + columns.size();
    List<Cell> cells = new ArrayList<>();
    int r = 0;
    if (caption) {
      cells.add(new Cell(r++, 0, 1, width, d.caption(), false));
      cells.add(new Cell(r, 0, 1, labels, "信息内容", false));
    } else {
      cells.add(new Cell(r, 0, 1, labels, "", false));
    }
    for (int c = 0; c < columns.size(); c++) {
      cells.add(new Cell(r, labels + c, 1, 1, columns.get(c).label(), false));
    }
    r++;
    int first = r;
    Map<String, Map<String, CellRef>> grid = t.printableGrid(d);
    for (int i = 0; i < rows.size(); i++) {
      RowDecl row = rows.get(i);
      for (int g = 0; g < row.groups().size(); g++) {
        if (i > 0 && samePrefix(rows.get(i - 1), row, g)) {
          continue; // inside the group cell started above
        }
        int span = 1;
        while (i + span < rows.size() && samePrefix(rows.get(i + span), row, g)) {
          span++;
        }
        cells.add(new Cell(first + i, g, span, 1, row.groups().get(g), false));
      }
      int g = row.groups().size();
      cells.add(new Cell(first + i, g, 1, labels - g, row.label(), false));
      for (int c = 0; c < columns.size(); c++) {
        CellRef ref = grid.get(row.key()).get(columns.get(c).key());
        cells.add(new Cell(first + i, labels + c, 1, 1, PrintedText.of(t, ref, report.cell(ref)), true));
      }
    }
    return new Grid(first + rows.size(), width, labels, cells);
  }

  private static boolean samePrefix(RowDecl a, RowDecl b, int level) {
    return a.groups().size() > level && b.groups().size() > level
        && a.groups().subList(0, level + 1).equals(b.groups().subList(0, level + 1));
  }

  /** Section 四: the groups side by side over their outcomes, one line of numbers. */
  private static Grid across(PrintedReport report, TableDecl d) {
    EditionTemplate t = report.edition().template();
    List<Cell> cells = new ArrayList<>();
    int n = d.columns().size();
    for (int g = 0; g < d.rows().size(); g++) {
      cells.add(new Cell(0, g * n, 1, n, d.rows().get(g).label(), false));
      for (int c = 0; c < n; c++) {
        cells.add(new Cell(1, g * n + c, 1, 1, d.columns().get(c).label(), false));
        CellRef ref = t.findCell(d.key(), d.rows().get(g).key(), d.columns().get(c).key()).orElseThrow();
        cells.add(new Cell(2, g * n + c, 1, 1, PrintedText.of(t, ref, report.cell(ref)), true));
      }
    }
    return new Grid(3, n * d.rows().size(), 0, cells);
  }


}
