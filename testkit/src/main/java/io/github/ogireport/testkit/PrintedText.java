package io.github.ogireport.testkit;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import java.util.Optional;

/** What a table cell shows for a printed cell, as a test expects to see it on the page. */
public final class PrintedText {
  private PrintedText() {}

  /**
   * The printed number, mark or text, nothing computed: a sum of money without its unit when the
   * column's header states that unit; nothing for a cell not printed.
   *
   * @param t the edition
   * @param cell the cell
   * @param printed what the report prints there
   * @return the cell's text
   */
  public static String of(EditionTemplate t, CellRef cell, Optional<PrintedCell> printed) {
    if (printed.isEmpty()) {
      return "";
    }
    PrintedCell p = printed.get();
    if (p instanceof PrintedCell.Blank b) {
      return b.mark();
    }
    if (p instanceof PrintedCell.Unreadable u) {
      return u.text();
    }
    Figure f = ((PrintedCell.Numeric) p).figure();
    if (f instanceof Figure.Count n) {
      return Long.toString(n.value());
    }
    var money = ((Figure.Amount) f).money();
    Optional<MoneyUnit> header = t.column(cell).unit();
    return money.amount().toPlainString()
        + (header.isPresent() && header.get() == money.unit() ? "" : money.unit().symbol());
  }
}
