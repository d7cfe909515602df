package io.github.ogireport.cli;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every cell of sections 二, 三 and 四 a report prints, in printed order, with its value in the
 * forms the JSON and the CSV share: a number (with its unit for money), a blank with its mark,
 * unreadable text, or a cell not read (with why).
 */
final class CellValues {
  private CellValues() {}

  /** What one cell holds. */
  enum Kind {
    NUMBER("number"),
    BLANK("blank"),
    UNREADABLE("unreadable"),
    /** A cell the reader did not find (its section, table or row): nothing is known of it. */
    NOT_READ("not-read");

    final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /**
   * One cell.
   *
   * @param cell the cell's address and labels
   * @param kind what it holds
   * @param value the number (plain, exact), the blank's mark, the unreadable text, or why the
   *     cell was not read
   * @param unit the money unit symbol, or empty
   * @param number the number, when the cell holds one
   */
  record Value(CellRef cell, Kind kind, String value, String unit, BigDecimal number) {}

  static List<Value> of(PrintedReport p) {
    List<Value> out = new ArrayList<>();
    Set<CellRef> layout = Set.copyOf(p.layoutCells());
    for (CellRef c : p.edition().template().printableCells()) {
      if (!layout.contains(c) && !p.cells().containsKey(c)) {
        continue; // a row this report's layout does not have
      }
      PrintedCell v = p.cells().get(c);
      if (v instanceof PrintedCell.Numeric n) {
        if (n.figure() instanceof Figure.Count k) {
          out.add(new Value(c, Kind.NUMBER, Long.toString(k.value()), "", BigDecimal.valueOf(k.value())));
        } else {
          var money = ((Figure.Amount) n.figure()).money();
          out.add(new Value(c, Kind.NUMBER, money.amount().toPlainString(), money.unit().symbol(), money.amount()));
        }
      } else if (v instanceof PrintedCell.Unreadable u) {
        out.add(new Value(c, Kind.UNREADABLE, u.text(), "", null));
      } else if (v instanceof PrintedCell.NotRead n) {
        out.add(new Value(c, Kind.NOT_READ, n.why(), "", null));
      } else if (v instanceof PrintedCell.Blank b) {
        out.add(new Value(c, Kind.BLANK, b.mark(), "", null));
      } else {
        out.add(new Value(c, Kind.BLANK, "", "", null));
      }
    }
    return out;
  }
}
