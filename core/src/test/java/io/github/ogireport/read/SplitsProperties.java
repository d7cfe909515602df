package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pruned search of digit runs finds the same assignments, in the same order, as the budgeted
 * search it stands for (or gives up where that one does), on runs of digits glued together for the
 * rows of section 三 and for section 四, in both editions.
 */
class SplitsProperties {

  @Provide
  Arbitrary<List<String>> runs() {
    Arbitrary<String> run =
        Arbitraries.strings().withChars("0000123456789").ofMinLength(1).ofMaxLength(11)
            .map(r -> r.length() > 1 && r.charAt(0) == '0' && r.hashCode() % 3 == 0 ? "-" + r : r);
    return run.list().ofMinSize(1).ofMaxSize(3);
  }

  /** A row of cells of one edition. */
  record Row(EditionTemplate t, List<CellRef> cells) {}

  @Provide
  Arbitrary<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Edition e : Edition.values()) {
      EditionTemplate t = e.template();
      t.printableGrid(t.applications()).values().forEach(r -> rows.add(new Row(t, List.copyOf(r.values()))));
      List<CellRef> review = new ArrayList<>();
      t.grid(t.review()).values().forEach(r -> review.addAll(r.values()));
      rows.add(new Row(t, review));
    }
    return Arbitraries.of(rows);
  }

  @Property(tries = 600)
  void prunedSearchFindsWhatTheBudgetedSearchFinds(
      @ForAll("runs") List<String> runs, @ForAll("rows") Row row) {
    RowEquations.Row local = RowEquations.of(row.t()).row(row.cells());
    int n = row.cells().size();
    List<long[]> budgeted = Splits.of(runs, n, true, local::ok);
    List<long[]> pruned = Splits.of(runs, n, local::ok, local::possible);
    assertEquals(text(budgeted), text(pruned), () -> runs + " for " + n + " cells");
  }

  private static List<String> text(List<long[]> assignments) {
    return assignments == null ? null : assignments.stream().map(Arrays::toString).toList();
  }
}
