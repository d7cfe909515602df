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
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast search's look at a due cell written out for every length of the cell before it gives
 * what asking {@code Splits.Fast.before} for each length gives (kept as the reference): the same
 * assignments in the same order, the same verdict, and, in the budgeted search, the very same
 * number of steps (so that the budget gives up on the same inputs); on the generated runs and
 * identities of {@link FastSplitsProperties} and on the rows of both editions, each searched
 * budgeted and pruned. The due cell's one value is found by its number of digits, counted from
 * its bit length: the length of its decimal text.
 */
class FastProbeProperties {

  @Provide
  Arbitrary<List<String>> runs() {
    return new FastSplitsProperties().runs();
  }

  @Provide
  Arbitrary<FastSplitsProperties.Identities> identities() {
    return new FastSplitsProperties().identities();
  }

  @Provide
  Arbitrary<SplitsProperties.Row> rows() {
    return new SplitsProperties().rows();
  }

  @Property(tries = 150)
  void writtenOutLookGivesWhatEachLookGives(
      @ForAll("runs") List<String> runs,
      @ForAll("identities") FastSplitsProperties.Identities identities) {
    assertSame(runs, identities.linear());
  }

  @Property(tries = 100)
  void writtenOutLookGivesWhatEachLookGivesOnTheEditionsRows(
      @ForAll("runs") List<String> runs, @ForAll("rows") SplitsProperties.Row row) {
    assertSame(runs, RowEquations.of(row.t()).row(row.cells()).linear);
  }

  /** Section 四 of pingtan-2021 (the budgeted search: 10,448 steps) and a section 三 row. */
  @Example
  void publishedRuns() {
    EditionTemplate t = Edition.E2021.template();
    List<CellRef> review = new ArrayList<>();
    t.grid(t.review()).values().forEach(r -> review.addAll(r.values()));
    RowEquations.Linear four = RowEquations.of(t).row(review).linear;
    assertSame(List.of("10203120001200000"), four);
    assertEquals(10_448, Splits.search(List.of("10203120001200000"), four, true, true).steps());
    RowEquations.Linear three = RowEquations.of(t)
        .row(List.copyOf(t.printableGrid(t.applications()).values().iterator().next().values()))
        .linear;
    assertSame(List.of("630020469"), three);
  }

  /** The count of a value's digits (by its bit length) is the length of its decimal text. */
  @Property(tries = 2000)
  void digitsAreTheLengthOfTheDecimalText(@ForAll("values") long value) {
    assertEquals(decimalDigits(value), Splits.Fast.digits(value), Long.toString(value));
  }

  @Provide
  Arbitrary<Long> values() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L),
        Arbitraries.integers().between(0, 13).flatMap(k -> Arbitraries.of(-1L, 0L, 1L)
            .map(d -> (long) Math.pow(10, k) + d)));
  }

  @Example
  void digitsAtEachPowerOfTen() {
    for (long p = 1; p <= 100_000_000_000_000L; p *= 10) {
      for (long v : new long[] {p - 1, p, p + 1, -p + 1, -p, -p - 1}) {
        assertEquals(decimalDigits(v), Splits.Fast.digits(v), Long.toString(v));
      }
    }
  }

  private static int decimalDigits(long value) {
    int length = Long.toString(Math.abs(value)).length();
    return length > Splits.MAX_DIGITS ? Splits.MAX_DIGITS + 1 : length;
  }

  private static void assertSame(List<String> runs, RowEquations.Linear identities) {
    for (boolean budgeted : new boolean[] {true, false}) {
      if (budgeted && Splits.unpruned(runs, identities.size) > 300_000) {
        continue; // each search would take up to the budget: the example above takes one
      }
      Splits.Fast each = Splits.search(runs, identities, budgeted, false);
      Splits.Fast written = Splits.search(runs, identities, budgeted, true);
      String what = runs + " for " + identities.size + " cells, "
          + (budgeted ? "budgeted" : "pruned");
      assertEquals(text(each.found()), text(written.found()), what);
      assertEquals(each.steps(), written.steps(), what + ": steps");
    }
  }

  private static List<String> text(List<long[]> assignments) {
    return assignments == null ? null : assignments.stream().map(Arrays::toString).toList();
  }
}
