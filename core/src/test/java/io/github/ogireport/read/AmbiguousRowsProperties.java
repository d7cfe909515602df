package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The choice among the splits of rows that their own identities do not decide (the rows that no
 * identity binds together searched apart, and whether the whole search would spend its budget
 * counted from their searches) gives what the whole search over every row gives (kept as the
 * reference, {@code Splitting.resolveAmbiguous(true)}): the same cells and the same problems. The
 * rows are section 二's, section 三's and section 四's of the 2021 edition, printed as runs of
 * digits from values that satisfy their identities or not, some rows printed with spaces (read
 * as they are), so that rows bound by the identities between rows (I1, I2) meet rows that none
 * binds, with few or many ways each, within the budget of combinations and beyond it.
 */
class AmbiguousRowsProperties {

  private static final EditionTemplate T = Edition.E2021.template();

  /** The rows a reading splits, by section: 二's sub-tables, 三's matrix, 四's one row. */
  private static final List<List<CellRef>> ROWS = rows();

  private static List<List<CellRef>> rows() {
    List<List<CellRef>> rows = new ArrayList<>();
    for (var d : T.disclosureTables()) {
      T.printableGrid(d).values().forEach(r -> {
        if (r.size() > 1) {
          rows.add(List.copyOf(r.values()));
        }
      });
    }
    T.printableGrid(T.applications()).values().forEach(r -> rows.add(List.copyOf(r.values())));
    List<CellRef> review = new ArrayList<>();
    T.grid(T.review()).values().forEach(r -> review.addAll(r.values()));
    rows.add(List.copyOf(review));
    return rows;
  }

  /** A row and how it is printed: values run together, in one run or two. */
  record Printed(int row, List<String> runs) {}

  @Provide
  Arbitrary<List<Printed>> printed() {
    Arbitrary<List<Printed>> any = printedValues(0, ROWS.size() - 1, values(4, 4, 3, 2));
    // Rows printed as published reports print them, several ways each (pingtan-2021's among
    // them): section 二's, some of section 三's, and section 四.
    Arbitrary<List<Printed>> wide = Combinators.combine(
            printed(0, TWO - 1, Arbitraries.of("693665", "000", "12345", "1008", "120120", "111")),
            printed(TWO, ROWS.size() - 2, Arbitraries.of("640020470", "270020130", "220000325",
                "630020469", "0000000", "1000001", "500000 5", "1000001")),
            printed(ROWS.size() - 1, ROWS.size() - 1, Arbitraries.of("10203120001200000",
                "000000000000000", "1020312000120000", "3120001200000", "100001000010000")))
        .as((two, three, four) -> {
          List<Printed> all = new ArrayList<>(two);
          all.addAll(three.subList(0, Math.min(3, three.size())));
          all.addAll(four);
          return all;
        });
    return Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(2, wide));
  }

  /** The number of section 二's rows in {@link #ROWS}, which come first. */
  private static final int TWO = (int) ROWS.stream()
      .filter(r -> r.get(0).section() == Section.TWO).count();

  /** Values: 0, one digit, two, three or four, at these frequencies. */
  private static Arbitrary<String> values(int zero, int one, int two, int more) {
    return Arbitraries.frequencyOf(
        Tuple.of(zero, Arbitraries.just("0")),
        Tuple.of(one, Arbitraries.integers().between(1, 9).map(String::valueOf)),
        Tuple.of(two, Arbitraries.integers().between(10, 99).map(String::valueOf)),
        Tuple.of(more, Arbitraries.integers().between(100, 2000).map(String::valueOf)));
  }

  /** Rows from {@code from} to {@code to} (each once), each printed as one of these runs. */
  private static Arbitrary<List<Printed>> printed(int from, int to, Arbitrary<String> runs) {
    return Arbitraries.integers().between(from, to)
        .flatMap(r -> runs.map(printed -> new Printed(r, List.of(printed.split(" ")))))
        .list().ofMinSize(1).ofMaxSize(Math.min(16, to - from + 1)).uniqueElements(Printed::row);
  }

  /** Rows from {@code from} to {@code to} (each once), printed from these values. */
  private static Arbitrary<List<Printed>> printedValues(int from, int to, Arbitrary<String> value) {
    Arbitrary<Printed> row = Arbitraries.integers().between(from, to).flatMap(r ->
        Combinators.combine(value.list().ofSize(ROWS.get(r).size()),
                Arbitraries.integers().between(0, ROWS.get(r).size() + 3))
            .as((values, cut) -> {
              String all = String.join("", values);
              List<String> runs = cut > 0 && cut < all.length()
                  ? List.of(all.substring(0, cut), all.substring(cut)) : List.of(all);
              return new Printed(r, runs);
            }));
    return row.list().ofMinSize(1).ofMaxSize(Math.min(16, to - from + 1))
        .uniqueElements(Printed::row);
  }

  @Property(tries = 400)
  void groupsSearchedApartGiveWhatTheWholeSearchGives(@ForAll("printed") List<Printed> rows) {
    String grouped = resolved(rows, false);
    String whole = resolved(rows, true);
    assertEquals(whole, grouped, rows.toString());
    boolean within = whole.startsWith("within");
    Statistics.collect(within ? "within the budget" : "beyond the budget",
        whole.contains("do not decide") ? "some undecided" : "all decided");
    Statistics.coverage(c -> {
      c.check("within the budget", "some undecided").count(n -> n > 0);
      c.check("within the budget", "all decided").count(n -> n > 0);
      c.check("beyond the budget", "some undecided").count(n -> n > 0);
    });
  }

  /**
   * Rows printed as pingtan-2021 prints them: section 二's 693665 (28 ways), section 三's rows
   * (640020470 in 7 ways, and others) and section 四 (121 ways). The whole search stays within its
   * budget; searched apart, the same cells and problems.
   */
  @Example
  void pingtan2021() {
    List<Printed> rows = new ArrayList<>();
    rows.add(printed(DisclosureRow.NORMATIVE_DOCUMENTS, "693665"));
    rows.add(printed(ApplicationRow.NEW, "640020470"));
    rows.add(printed(ApplicationRow.CARRIED, "0000000"));
    rows.add(printed(ApplicationRow.GRANTED, "270020130"));
    rows.add(printed(ApplicationRow.PARTIAL, "500000 5"));
    rows.add(printed(ApplicationRow.DENIED_5, "1000001"));
    rows.add(printed(ApplicationRow.UNABLE_1, "220000325"));
    rows.add(printed(ApplicationRow.TOTAL, "630020469"));
    rows.add(printed(ApplicationRow.CARRY_FORWARD, "1000001"));
    rows.add(new Printed(ROWS.size() - 1, List.of("10203120001200000")));
    assertSearchedApartAsWhole(rows, "within the budget");
  }

  /**
   * Section 二's two rows printed as 693665 (28 ways each), a section 三 row as 640020470 (7
   * ways) and section 四 as pingtan-2021's (121 ways): the whole search would try 28 + 28 × 28 +
   * 784 × 7 + 5,488 × 121 candidates, beyond its budget of 100,000, and gives up; so does the
   * count from the rows searched apart.
   */
  @Example
  void beyondTheBudget() {
    List<Printed> rows = new ArrayList<>();
    rows.add(printed(DisclosureRow.RULES, "693665"));
    rows.add(printed(DisclosureRow.NORMATIVE_DOCUMENTS, "693665"));
    rows.add(printed(ApplicationRow.NEW, "640020470"));
    rows.add(new Printed(ROWS.size() - 1, List.of("10203120001200000")));
    assertSearchedApartAsWhole(rows, "beyond the budget");
    rows.remove(2); // 28 + 784 + 784 × 121 = 95,676 candidates: within it
    assertSearchedApartAsWhole(rows, "within the budget");
  }

  /**
   * Four section 三 rows that I1 binds (一 + 二 = (七) + 四, column by column), split in 7, 7, 7
   * and 2 ways, so that every cell of I1 is in a row left undecided: one group, whose choice I1
   * makes as the whole search makes it.
   */
  @Example
  void rowsBoundByI1() {
    assertSearchedApartAsWhole(List.of(printed(ApplicationRow.NEW, "640020470"),
        printed(ApplicationRow.CARRIED, "640020470"), printed(ApplicationRow.TOTAL, "10600405115"),
        printed(ApplicationRow.CARRY_FORWARD, "220000325")), "within the budget");
  }

  /** The row with this key, printed as these runs (separated by a space). */
  private static Printed printed(Enum<?> row, String runs) {
    for (int i = 0; i < ROWS.size(); i++) {
      if (ROWS.get(i).get(0).row().equals(row.name())) {
        return new Printed(i, List.of(runs.split(" ")));
      }
    }
    throw new AssertionError(row);
  }

  /** The whole search ends as {@code budget} says, and searched apart the rows give what it gives. */
  private static void assertSearchedApartAsWhole(List<Printed> rows, String budget) {
    String whole = resolved(rows, true);
    assertEquals(budget, whole.lines().findFirst().orElseThrow());
    assertEquals(whole, resolved(rows, false));
  }

  /** The cells and problems after splitting the rows and choosing among their splits. */
  private static String resolved(List<Printed> rows, boolean whole) {
    ReadCells state = new ReadCells();
    state.t = T;
    Splitting splitting = new Splitting(state);
    for (Printed p : rows) {
      splitting.split(ROWS.get(p.row()), p.runs(), "line " + p.row(), "row " + p.row());
    }
    StringBuilder b = new StringBuilder(
        splitting.resolveAmbiguous(whole) ? "within the budget\n" : "beyond the budget\n");
    for (Map.Entry<CellRef, PrintedCell> e : state.cells.entrySet()) {
      b.append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    state.problems.forEach(p -> b.append(p).append('\n'));
    return b.toString();
  }
}
