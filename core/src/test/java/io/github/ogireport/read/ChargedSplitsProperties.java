package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.ogireport.template.Edition;
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
import net.jqwik.api.statistics.Statistics;

/**
 * The splitter's searches that prune where the row's last cell can no longer be the sum of the
 * cells before it, search on from a cut of the row once, and, where the search is budgeted, charge
 * what they leave out ({@link Splits#answer}), give what the search they replace gives ({@link
 * Splits#of(List, int, Splits.Check, Splits.Bound)}, kept as the reference): the same assignments
 * in the same order, and "too many" on the same inputs. The rows are made of groups of cells, some
 * with the last cell the sum of the others (as in section 四 and section 三), printed from values
 * that satisfy them, with a digit changed or added in some; so that the bound is met at its edges,
 * the cuts are between the groups, and many rows are searched near the budget.
 */
class ChargedSplitsProperties {

  /** A group of cells: their values ({@link Splits#BLANK} for a blank), the last one the sum. */
  record Group(boolean sum, long[] values) {}

  /** A row of groups, printed as runs of digits. */
  record Row(List<Group> groups, List<String> runs) {
    RowEquations.Linear linear() {
      List<int[]> positions = new ArrayList<>();
      int at = 0;
      for (Group g : groups) {
        if (g.sum()) {
          int[] terms = new int[g.values().length];
          terms[0] = at + g.values().length - 1; // the total, alone on the expected side
          for (int i = 1; i < terms.length; i++) {
            terms[i] = at + i - 1;
          }
          positions.add(terms);
        }
        at += g.values().length;
      }
      int[][] signs = positions.stream().map(p -> {
        int[] s = new int[p.length];
        Arrays.fill(s, 1);
        return s;
      }).toArray(int[][]::new);
      int[] expected = new int[positions.size()];
      Arrays.fill(expected, 1);
      boolean[] count = new boolean[at];
      Arrays.fill(count, true);
      return new RowEquations.Linear(positions.toArray(int[][]::new), signs, expected, count);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(runs.toString());
      for (Group g : groups) {
        b.append(g.sum() ? " sum" : " free").append(Arrays.toString(g.values()));
      }
      return b.toString();
    }
  }

  private static Arbitrary<Long> value() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Splits.BLANK)),
        net.jqwik.api.Tuple.of(5, Arbitraries.just(0L)),
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 9)),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(10, 999)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1_000, 9_999_999)));
  }

  private static Arbitrary<Group> group() {
    return Combinators
        .combine(Arbitraries.integers().between(1, 6), Arbitraries.of(true, true, false))
        .flatAs((size, sum) -> value().array(long[].class).ofSize(size).map(v -> {
          if (sum && size > 1) {
            long total = 0;
            for (int i = 0; i < size - 1; i++) {
              total += v[i] == Splits.BLANK ? 0 : v[i];
            }
            v[size - 1] = total == 0 && v[size - 1] == Splits.BLANK ? Splits.BLANK : total;
            return new Group(true, v);
          }
          return new Group(false, v);
        }));
  }

  @Provide
  Arbitrary<Row> rows() {
    return Combinators.combine(group().list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.integers().between(0, (1 << 20) - 1), Arbitraries.of(0, 0, 1, 2),
            Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 9))
        .as((groups, breaks, change, where, digit) -> {
          List<String> printed = new ArrayList<>();
          for (Group g : groups) {
            for (long v : g.values()) {
              if (v != Splits.BLANK) {
                printed.add(Long.toString(v));
              }
            }
          }
          if (printed.isEmpty()) {
            printed.add("0");
          }
          List<String> runs = new ArrayList<>();
          StringBuilder run = new StringBuilder(printed.get(0));
          for (int i = 1; i < printed.size(); i++) {
            if ((breaks >> i & 1) == 1 && runs.size() < 2) {
              runs.add(run.toString());
              run.setLength(0);
            }
            run.append(printed.get(i));
          }
          runs.add(run.toString());
          if (change > 0) { // a digit changed, or one added
            int r = where % runs.size();
            StringBuilder d = new StringBuilder(runs.get(r));
            int i = where % d.length();
            if (change == 1) {
              d.setCharAt(i, (char) ('0' + digit));
            } else {
              d.insert(i, (char) ('0' + digit));
            }
            runs.set(r, d.toString());
          }
          return new Row(groups, runs);
        })
        .filter(r -> r.runs().stream().mapToInt(String::length).sum() <= 30);
  }

  @Property(tries = 400)
  void chargedAndPrunedSearchesFindWhatTheReferenceFinds(@ForAll("rows") Row row) {
    RowEquations.Linear identities = row.linear();
    List<long[]> found = FastSplitsProperties.assertSame(row.runs(), identities);
    String kind = Splits.answer(row.runs(), identities).kind();
    String outcome = found == null ? "too many" : found.isEmpty() ? "none" : "some";
    Statistics.collect(kind, outcome);
    Statistics.coverage(c -> {
      c.check("pruned", "some").count(n -> n > 0);
      c.check("charged", "some").count(n -> n > 0);
      c.check("charged", "none").count(n -> n > 0);
      c.check("budgeted", "too many").count(n -> n > 0);
    });
  }

  /** Section 四 of pingtan-2021: answered by the charged search, with the 121 ways. */
  @Example
  void sectionFourOfPingtan2021IsAnsweredByTheChargedSearch() {
    RowEquations.Linear four = FastSplitsProperties.review(Edition.E2021);
    Splits.Fast answer = Splits.answer(List.of("10203120001200000"), four);
    assertEquals("charged", answer.kind());
    assertEquals(121, answer.found().size());
    assertEquals(text(FastSplitsProperties.assertSame(List.of("10203120001200000"), four)),
        text(answer.found()));
  }

  /**
   * Sixteen cells, the last the sum of the others: the charged search prunes nearly all of it,
   * but what it leaves out is charged more than the budget, and the budgeted search gives up.
   */
  @Example
  void whatIsLeftOutCountsAgainstTheBudget() {
    Splits.Fast answer = Splits.answer(List.of("1234567891234567891"),
        FastSplitsProperties.lastIsTheSum(16));
    assertEquals("budgeted", answer.kind());
    assertNull(answer.found());
  }

  private static List<String> text(List<long[]> assignments) {
    return assignments.stream().map(Arrays::toString).toList();
  }
}
