package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import net.jqwik.api.constraints.IntRange;

/**
 * The splits stage's shortcuts give what they replace: the count of the unpruned search's steps
 * made from the end backwards is the count the recursion over the same positions made (kept here
 * as the reference), up to the budget; a reading splits a row printed like one before it once, and
 * gets what splitting it again would give; rows whose identities read alike share their
 * identities.
 */
class SplitShortcutsProperties {

  @Provide
  Arbitrary<List<String>> runs() {
    Arbitrary<String> run =
        Arbitraries.strings().withChars("000001123456789").ofMinLength(0).ofMaxLength(20);
    Arbitrary<String> signed =
        Combinators.combine(Arbitraries.of("", "", "", "", "-", "+"), run).as(String::concat);
    return signed.list().ofMinSize(0).ofMaxSize(4);
  }

  @Property(tries = 2000)
  void unprunedStepsAreTheRecursionsCount(
      @ForAll("runs") List<String> runs, @ForAll @IntRange(min = 0, max = 24) int cells) {
    assertEquals(new Reference(runs).unpruned(cells), Splits.unpruned(runs, cells),
        runs + " for " + cells + " cells");
  }

  /** Section 四 of pingtan-2021 (beyond the budget), a section 三 row, and runs at the budget. */
  @Example
  void unprunedStepsOfPublishedRunsAndAtTheBudget() {
    for (List<String> runs : List.of(List.of("10203120001200000"), List.of("630020469"),
        List.of("500000", "5"), List.of("14510014480779280450"), List.of("1030569379267936088"))) {
      for (int cells : new int[] {3, 7, 9, 15, 16}) {
        assertEquals(new Reference(runs).unpruned(cells), Splits.unpruned(runs, cells),
            runs + " for " + cells + " cells");
      }
    }
  }

  /** Rows of zeros and ones as section 三 prints them, the same runs again and again. */
  @Provide
  Arbitrary<List<List<String>>> printedRows() {
    return Arbitraries.of("0000000", "1000001", "640020470", "270020130", "6000006", "0", "12")
        .list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Integer>> shapes() {
    return Arbitraries.integers().between(0, 3).list().ofSize(12);
  }

  @Property(tries = 300)
  void aRowSplitOnceGivesWhatSplittingItAgainGives(
      @ForAll("printedRows") List<List<String>> rows, @ForAll("shapes") List<Integer> shapes) {
    EditionTemplate t = Edition.E2021.template();
    List<RowEquations.Linear> identities = List.of(
        RowEquations.of(t).row(List.copyOf(t.printableGrid(t.applications()).values().iterator()
            .next().values())).linear,
        new RowEquations.Linear(new int[][] {{6, 0, 1, 2, 3, 4, 5}}, new int[][] {{1, 1, 1, 1, 1,
            1, 1}}, new int[] {1}, counts(7)),
        new RowEquations.Linear(new int[][] {{0, 1}}, new int[][] {{1, 1}}, new int[] {1},
            counts(7)),
        new RowEquations.Linear(new int[0][], new int[0][], new int[0], counts(7)));
    ReadCells state = new ReadCells();
    state.t = t;
    Splitting splitting = new Splitting(state);
    for (int i = 0; i < rows.size(); i++) {
      List<String> runs = new ArrayList<>(rows.get(i));
      RowEquations.Linear ids = identities.get(shapes.get(i));
      assertEquals(text(Splits.of(runs, ids)), text(splitting.splits(runs, ids)),
          runs + " with identities " + shapes.get(i));
    }
  }

  /** The rows of section 三 of an edition share one object for their identities. */
  @Example
  void rowsWhoseIdentitiesReadAlikeShareThem() {
    for (Edition e : Edition.values()) {
      EditionTemplate t = e.template();
      List<RowEquations.Linear> linear = new ArrayList<>();
      t.printableGrid(t.applications()).values()
          .forEach(r -> linear.add(RowEquations.of(t).row(List.copyOf(r.values())).linear));
      for (RowEquations.Linear l : linear) {
        if (l.shape().equals(linear.get(0).shape())) {
          assertSame(linear.get(0), l);
        }
      }
      assertEquals(new RowEquations.Linear(new int[][] {{6, 0, 1, 2, 3, 4, 5}},
          new int[][] {{1, 1, 1, 1, 1, 1, 1}}, new int[] {1}, counts(7)).shape(),
          new RowEquations.Linear(new int[][] {{6, 0, 1, 2, 3, 4, 5}},
              new int[][] {{1, 1, 1, 1, 1, 1, 1}}, new int[] {1}, counts(7)).shape());
    }
  }

  private static boolean[] counts(int cells) {
    boolean[] counts = new boolean[cells];
    Arrays.fill(counts, true);
    return counts;
  }

  private static List<String> text(List<long[]> assignments) {
    return assignments == null ? null : assignments.stream().map(Arrays::toString).toList();
  }

  /** The count of the unpruned search's steps as the splitter made it before: a memoised recursion. */
  private static final class Reference {
    private final List<String> digits = new ArrayList<>();
    private final int[] digitsFrom;

    Reference(List<String> runs) {
      for (String printed : runs) {
        digits.add(printed.startsWith("-") || printed.startsWith("+") ? printed.substring(1)
            : printed);
      }
      digitsFrom = new int[runs.size() + 1];
      for (int r = runs.size() - 1; r >= 0; r--) {
        digitsFrom[r] = digitsFrom[r + 1] + digits.get(r).length();
      }
    }

    long unpruned(int n) {
      long[][] memo = new long[digits.size() + 1][];
      for (int r = 0; r <= digits.size(); r++) {
        memo[r] = new long[(r < digits.size() ? digits.get(r).length() + 1 : 1) * (n + 1)];
      }
      return steps(0, 0, 0, n, memo);
    }

    private long steps(int run, int at, int filled, int n, long[][] memo) {
      int key = at * (n + 1) + filled;
      if (memo[run][key] > 0) {
        return memo[run][key];
      }
      long s = 1;
      if (run < digits.size() && at == digits.get(run).length()) {
        s += steps(run + 1, 0, filled, n, memo);
      } else {
        int cellsLeft = n - filled;
        int runsLeft = digits.size() - run;
        if (run == digits.size()) {
          if (cellsLeft > 0) {
            s += steps(run, at, filled + 1, n, memo);
          }
        } else if (cellsLeft >= runsLeft
            && (long) cellsLeft * Splits.MAX_DIGITS >= digitsFrom[run] - at) {
          if (cellsLeft > runsLeft) {
            s += steps(run, at, filled + 1, n, memo);
          }
          String d = digits.get(run);
          int maxLength = d.charAt(at) == '0' ? 1 : Math.min(Splits.MAX_DIGITS, d.length() - at);
          for (int len = 1; len <= maxLength && s <= Splits.BUDGET; len++) {
            s += steps(run, at + len, filled + 1, n, memo);
          }
        }
      }
      s = Math.min(s, Splits.BUDGET + 1);
      memo[run][key] = s;
      return s;
    }
  }
}
