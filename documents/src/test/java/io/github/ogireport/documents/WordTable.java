package io.github.ogireport.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table read with POI as a reader sees it: each row's cells with their {@code gridSpan} and
 * {@code vMerge}, and the grid they cover, each grid position holding the text of the merged cell
 * that covers it (a cell continuing a vertical merge takes the text of the cell above).
 */
record WordTable(List<List<Cell>> rows, List<List<String>> grid) {

  /** One {@code w:tc}: its text, the grid columns it spans, and its vertical merge. */
  record Cell(String text, int gridSpan, Merge merge) {
    /** The cell's shape without its text. */
    String shape() {
      return gridSpan + (merge == Merge.NONE ? "" : merge == Merge.RESTART ? "v" : "^");
    }
  }

  /** A cell's part in a vertical merge. */
  enum Merge {
    NONE,
    RESTART,
    CONTINUE
  }

  static WordTable of(XWPFTable table) {
    List<List<Cell>> rows = new ArrayList<>();
    List<List<String>> grid = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<Cell> cells = new ArrayList<>();
      List<String> line = new ArrayList<>();
      for (XWPFTableCell c : row.getTableCells()) {
        CTTcPr pr = c.getCTTc().getTcPr();
        int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
        Merge merge = Merge.NONE;
        if (pr != null && pr.isSetVMerge()) {
          merge =
              pr.getVMerge().isSetVal() && pr.getVMerge().getVal() == STMerge.RESTART
                  ? Merge.RESTART
                  : Merge.CONTINUE;
        }
        String text = c.getText().strip();
        cells.add(new Cell(text, span, merge));
        String shown =
            merge == Merge.CONTINUE && !grid.isEmpty() && grid.get(grid.size() - 1).size() > line.size()
                ? grid.get(grid.size() - 1).get(line.size())
                : text;
        for (int i = 0; i < span; i++) {
          line.add(shown);
        }
      }
      rows.add(cells);
      grid.add(line);
    }
    return new WordTable(rows, grid);
  }

  /** The shapes of each row's cells, for comparing structure. */
  List<List<String>> shapes() {
    return rows.stream().map(r -> r.stream().map(Cell::shape).toList()).toList();
  }

  String at(int row, int column) {
    return grid.get(row).get(column);
  }
}
