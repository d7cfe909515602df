package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The splitter's fast search ({@link Splits#of(List, RowEquations.Linear)}) gives what the search
 * it replaces gives ({@link Splits#of(List, int, Splits.Check, Splits.Bound)}, kept as the
 * reference): the same assignments in the same order, and "too many" (null) on the same inputs,
 * whether the budget of steps or the limit of assignments is what gives up; on generated runs of
 * digits with generated identities, and on the rows of both editions.
 */
class FastSplitsProperties {

  /** Identities over the positions of a row, and which positions are counts. */
  record Identities(int[][] positions, int[][] signs, int[] expected, boolean[] count) {
    RowEquations.Linear linear() {
      return new RowEquations.Linear(positions, signs, expected, count);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(count.length + " cells, counts " + Arrays.toString(count));
      for (int k = 0; k < positions.length; k++) {
        b.append("; ").append(Arrays.toString(positions[k])).append(" signs ")
            .append(Arrays.toString(signs[k])).append(" expected ").append(expected[k]);
      }
      return b.toString();
    }
  }

  @Provide
  Arbitrary<List<String>> runs() {
    Arbitrary<String> run =
        Arbitraries.strings().withChars("000001123456789").ofMinLength(1).ofMaxLength(14);
    Arbitrary<String> signed =
        Combinators.combine(Arbitraries.of("", "", "", "", "-", "+"), run).as(String::concat);
    return signed.list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Identities> identities() {
    return Arbitraries.integers().between(1, 16).flatMap(n -> {
      Arbitrary<Tuple.Tuple3<int[], int[], Integer>> identity =
          Arbitraries.integers().between(1, Math.min(n, 7)).flatMap(terms -> {
            Arbitrary<int[]> at = Arbitraries.integers().between(0, n - 1).array(int[].class)
                .ofSize(terms);
            Arbitrary<int[]> sign = Arbitraries.of(1, 1, 1, -1).array(int[].class).ofSize(terms);
            return Combinators.combine(at, sign, Arbitraries.integers().between(1, terms))
                .as(Tuple::of);
          });
      Arbitrary<List<Tuple.Tuple3<int[], int[], Integer>>> all = identity.list().ofMaxSize(4);
      Arbitrary<boolean[]> count = Arbitraries.of(true, true, true, false).array(boolean[].class)
          .ofSize(n);
      return Combinators.combine(all, count).as((ids, c) -> new Identities(
          ids.stream().map(Tuple.Tuple3::get1).toArray(int[][]::new),
          ids.stream().map(Tuple.Tuple3::get2).toArray(int[][]::new),
          ids.stream().mapToInt(Tuple.Tuple3::get3).toArray(),
          c));
    });
  }

  @Property(tries = 1500)
  void fastSearchFindsWhatTheReferenceFinds(
      @ForAll("runs") List<String> runs, @ForAll("identities") Identities identities) {
    List<long[]> found = assertSame(runs, identities.linear());
    Statistics.collect(found == null ? "too many" : found.isEmpty() ? "none" : "some");
    Statistics.coverage(c -> {
      c.check("too many").count(n -> n > 0);
      c.check("some").count(n -> n > 0);
    });
  }

  /** The rows of section 三 and section 四 of both editions, as {@link SplitsProperties} makes them. */
  @Provide
  Arbitrary<SplitsProperties.Row> rows() {
    return new SplitsProperties().rows();
  }

  @Property(tries = 800)
  void fastSearchFindsWhatTheReferenceFindsOnTheEditionsRows(
      @ForAll("runs") List<String> runs, @ForAll("rows") SplitsProperties.Row row) {
    assertSame(runs, RowEquations.of(row.t()).row(row.cells()).linear);
  }

  /** Section 四 of pingtan-2021: 15 cells printed as one run of 17 digits, 121 ways. */
  @Example
  void sectionFourOfPingtan2021() {
    List<String> runs = List.of("10203120001200000");
    List<long[]> found = assertSame(runs, review(Edition.E2021));
    assertEquals(121, found.size());
  }

  /**
   * Runs the budgeted search gives up on, having found nothing (sixteen cells, the last the sum of
   * the others), and, at the edge of the budget, a run it searches in 1,997,526 steps and one it
   * gives up on after two million (it would take 2,022,545): nine cells, the last the sum.
   */
  @Example
  void beyondTheBudget() {
    assertNull(assertSame(List.of("1234567891234567891"), lastIsTheSum(16)));
    assertNotNull(assertSame(List.of("14510014480779280450"), lastIsTheSum(9)));
    assertNull(assertSame(List.of("1030569379267936088"), lastIsTheSum(9)));
  }

  static RowEquations.Linear lastIsTheSum(int cells) {
    int[] terms = new int[cells];
    int[] signs = new int[cells];
    for (int i = 0; i < cells; i++) {
      terms[i] = (i + cells - 1) % cells;
      signs[i] = 1;
    }
    return new RowEquations.Linear(new int[][] {terms}, new int[][] {signs}, new int[] {1},
        counts(cells));
  }

  /**
   * Beyond the limit of assignments with the pruned search (eight cells, unpruned within the
   * budget) and with the budgeted one (twelve cells); just within it, all 19,448 are kept.
   */
  @Example
  void beyondTheLimit() {
    assertNull(assertSame(List.of("12345678912"), unbound(8)));
    assertNull(assertSame(List.of("12345678912"), unbound(12)));
    assertEquals(19_448, assertSame(List.of("1234567891"), unbound(8)).size());
  }

  private static RowEquations.Linear unbound(int cells) {
    return new RowEquations.Linear(new int[0][], new int[0][], new int[0], counts(cells));
  }

  private static boolean[] counts(int cells) {
    boolean[] counts = new boolean[cells];
    Arrays.fill(counts, true);
    return counts;
  }

  static RowEquations.Linear review(Edition e) {
    EditionTemplate t = e.template();
    List<CellRef> review = new ArrayList<>();
    t.grid(t.review()).values().forEach(r -> review.addAll(r.values()));
    return RowEquations.of(t).row(review).linear;
  }

  static List<long[]> assertSame(List<String> runs, RowEquations.Linear identities) {
    List<long[]> reference = Splits.of(runs, identities.size, identities::ok, identities::possible);
    List<long[]> fast = Splits.of(runs, identities);
    List<String> expected = text(reference);
    List<String> found = text(fast);
    if (!java.util.Objects.equals(expected, found)) {
      int at = 0;
      while (expected != null && found != null && at < Math.min(expected.size(), found.size())
          && expected.get(at).equals(found.get(at))) {
        at++;
      }
      fail(runs + " for " + identities.size + " cells: the reference gives "
          + (expected == null ? "too many" : expected.size() + " assignments")
          + ", the fast search " + (found == null ? "too many" : found.size() + " assignments")
          + (expected == null || found == null ? "" : "; first difference at " + at));
    }
    return fast;
  }

  private static List<String> text(List<long[]> assignments) {
    return assignments == null ? null : assignments.stream().map(Arrays::toString).toList();
  }
}
