package io.github.ogireport.render;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import java.util.Optional;

/** How one cell prints: what the model holds, never a computed value. */
final class CellText {
  private CellText() {}

  static String of(PrintedReport report, CellRef cell) {
    PrintedCell p = report.cells().get(cell);
    if (p == null || p instanceof PrintedCell.NotRead) {
      return ""; // nothing was read there
    }
    if (p instanceof PrintedCell.Blank b) {
      return b.mark();
    }
    if (p instanceof PrintedCell.Unreadable u) {
      return u.text();
    }
    Figure f = ((PrintedCell.Numeric) p).figure();
    if (f instanceof Figure.Amount a) {
      EditionTemplate t = report.edition().template();
      Optional<MoneyUnit> headerUnit = t.column(cell).unit();
      return headerUnit.isPresent() && headerUnit.get() == a.money().unit()
          ? a.money().amount().toPlainString()
          : a.money().toString();
    }
    return f.toString();
  }

  static boolean unreadable(PrintedReport report, CellRef cell) {
    return report.cells().get(cell) instanceof PrintedCell.Unreadable;
  }

  /** The paragraphs of a narrative text: its non-blank lines. */
  static java.util.List<String> paragraphs(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The report's title: agency, year and the template's name for the report. */
  static String title(PrintedReport report) {
    return report.edition().template().title(report.agency(), report.year());
  }
}
