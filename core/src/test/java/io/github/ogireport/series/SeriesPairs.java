package io.github.ogireport.series;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Term;
import io.github.ogireport.testkit.Reports;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated pairs of consecutive reports of one agency that satisfy every cross-year identity:
 * two valid reports, the later one's cells that a cross-year equation finds set to what the
 * equation expects, as the current edition declares the equations.
 */
final class SeriesPairs {
  private SeriesPairs() {}

  /** A consistent pair: previous year first. */
  record Pair(PrintedReport previous, PrintedReport current) {}

  /** Pairs of years Y-1 and Y whose editions are given. */
  static Arbitrary<Pair> consistentPairs(Edition previous, Edition current, int year) {
    return Combinators.combine(Reports.validReports(previous), Reports.validReports(current))
        .as(
            (a, b) -> {
              PrintedReport p =
                  PrintedReport.builder().from(a.toPrinted()).agency("某县教育局").year(year - 1).build();
              PrintedReport c =
                  PrintedReport.builder().from(b.toPrinted()).agency("某县教育局").year(year).build();
              return new Pair(p, carryOver(p, c));
            });
  }

  /** The current report with every cross-year equation's found cell set to its expected value. */
  static PrintedReport carryOver(PrintedReport previous, PrintedReport current) {
    PrintedReport out = current;
    for (Equation e : current.edition().template().crossYearEquations()) {
      if (e.found().size() != 1) {
        continue;
      }
      Optional<Long> expected = Optional.of(0L);
      for (Term t : e.expected()) {
        PrintedReport source = t.year() == Term.Year.PREVIOUS ? previous : out;
        Optional<Long> v = count(source, t.cell());
        expected =
            expected.flatMap(x -> v.map(y -> Math.addExact(x, t.sign() * y)));
      }
      if (expected.isPresent()) {
        out = out.withCell(e.found().get(0).cell(), PrintedCell.of(expected.get()));
      }
    }
    return out;
  }

  /** The count printed in a cell of a report, looked up by keys in the report's edition. */
  static Optional<Long> count(PrintedReport report, CellRef cell) {
    return report
        .edition()
        .template()
        .findCell(cell.table(), cell.row(), cell.column())
        .flatMap(report::cell)
        .filter(p -> p instanceof PrintedCell.Numeric n && n.figure() instanceof Figure.Count)
        .map(p -> ((Figure.Count) ((PrintedCell.Numeric) p).figure()).value());
  }
}
