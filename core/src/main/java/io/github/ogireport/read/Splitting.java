package io.github.ogireport.read;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Severity;
import io.github.ogireport.template.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The splits stage: digit runs (and lists of numbers shorter than their row) assigned to cells
 * only where the identities leave one value, first row by row, then across rows.
 */
final class Splitting {
  private final ReadCells state;
  private final EditionTemplate t;
  private final Map<CellRef, PrintedCell> cells;
  private final List<Ambiguous> ambiguous = new ArrayList<>();

  Splitting(ReadCells state) {
    this.state = state;
    this.t = state.t;
    this.cells = state.cells;
  }

  private static final int COMBINATION_LIMIT = 100_000;

  /** A row whose digits split in more than one way that its own identities allow. */
  private record Ambiguous(List<CellRef> cells, List<long[]> candidates, String text, String origin) {}

  /**
   * Reads a row from runs of digits fewer than its cells: every assignment of the digits to the
   * cells, blank cells counted as possible, that the row's own identities allow; exactly one, and
   * it is taken; none, and the row is unreadable; several, and the identities between rows decide
   * ({@link #resolveAmbiguous()}).
   */
  void split(List<CellRef> row, List<String> runs, String origin, String what) {
    List<Equation> local = state.localEquations(row);
    Map<CellRef, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < row.size(); i++) {
      index.put(row.get(i), i);
    }
    // Each equation is checked as soon as its last cell is filled.
    List<List<Equation>> dueAt = new ArrayList<>();
    for (int i = 0; i <= row.size(); i++) {
      dueAt.add(new ArrayList<>());
    }
    for (Equation e : local) {
      int last = e.cells().stream().mapToInt(index::get).max().orElse(0);
      dueAt.get(last + 1).add(e);
    }
    Splits.Check check =
        (acc, filled) -> {
          long v = acc[filled - 1];
          if (v != Splits.BLANK && v < 0 && t.kind(row.get(filled - 1)) == CellKind.COUNT) {
            return false; // a sign belongs to a signed column
          }
          for (Equation e : dueAt.get(filled)) {
            if (!ReadCells.holds(e, cell -> acc[index.get(cell)])) {
              return false;
            }
          }
          return true;
        };
    List<long[]> kept = Splits.of(runs, row.size(), true, check);
    String text = String.join(" ", runs);
    if (kept == null) {
      state.unreadable(row, text, origin, what + ": \"" + text + "\" splits in too many ways to try");
    } else if (kept.size() == 1) {
      state.put(row, kept.get(0));
    } else if (kept.isEmpty()) {
      state.unreadable(row, text, origin, what + ": no split of \"" + text + "\" satisfies the identities");
    } else {
      ambiguous.add(new Ambiguous(row, kept, text, origin));
    }
  }

  /**
   * Chooses among the splits of ambiguous rows with the identities that bind rows together (I1,
   * I2): a backtracking search over the rows, each identity checked as soon as its last open row is
   * chosen. A row is read when every combination the identities allow gives it the same split, and
   * unreadable otherwise, or when the search exceeds its budget.
   */
  void resolveAmbiguous() {
    if (ambiguous.isEmpty()) {
      return;
    }
    Map<CellRef, Integer> rowOf = new java.util.HashMap<>();
    for (int i = 0; i < ambiguous.size(); i++) {
      for (CellRef c : ambiguous.get(i).cells()) {
        rowOf.put(c, i);
      }
    }
    List<List<Equation>> dueAt = new ArrayList<>();
    ambiguous.forEach(a -> dueAt.add(new ArrayList<>()));
    for (Equation e : t.equations()) {
      if (e.identity().severity() == Severity.ERROR && e.relation() == Equation.Relation.EQUAL) {
        int last = e.cells().stream().filter(rowOf::containsKey).mapToInt(rowOf::get).max().orElse(-1);
        if (last >= 0) {
          dueAt.get(last).add(e);
        }
      }
    }
    List<Set<List<Long>>> choices = new ArrayList<>();
    ambiguous.forEach(a -> choices.add(new HashSet<>()));
    Map<CellRef, Long> values = new java.util.HashMap<>();
    long[] steps = {0};
    boolean done = search(0, values, dueAt, choices, steps);
    for (int i = 0; i < ambiguous.size(); i++) {
      Ambiguous a = ambiguous.get(i);
      // A cell is read when every combination allowed gives it the same value (or blank).
      List<CellRef> undecided = new ArrayList<>();
      for (int k = 0; k < a.cells().size(); k++) {
        Set<Long> seen = new HashSet<>();
        for (List<Long> choice : choices.get(i)) {
          seen.add(choice.get(k));
        }
        if (done && seen.size() == 1) {
          long v = seen.iterator().next();
          cells.put(a.cells().get(k), v == Splits.BLANK ? PrintedCell.blank() : PrintedCell.of(v));
        } else {
          undecided.add(a.cells().get(k));
        }
      }
      if (!undecided.isEmpty()) {
        state.unreadable(undecided, a.text(), a.origin(),
            "\"" + a.text() + "\" splits in " + a.candidates().size()
                + " ways that the identities do not decide between, for " + undecided.size()
                + " of its " + a.cells().size() + " cells");
      }
    }
  }

  /** Tries every candidate of row {@code i} on; false when the budget is spent. */
  private boolean search(
      int i, Map<CellRef, Long> values, List<List<Equation>> dueAt, List<Set<List<Long>>> choices,
      long[] steps) {
    if (i == ambiguous.size()) {
      for (int k = 0; k < ambiguous.size(); k++) {
        List<Long> choice = new ArrayList<>();
        for (CellRef c : ambiguous.get(k).cells()) {
          choice.add(values.get(c));
        }
        choices.get(k).add(choice);
      }
      return true;
    }
    Ambiguous a = ambiguous.get(i);
    for (long[] candidate : a.candidates()) {
      if (++steps[0] > COMBINATION_LIMIT) {
        return false;
      }
      for (int k = 0; k < a.cells().size(); k++) {
        values.put(a.cells().get(k), candidate[k]);
      }
      if (dueAt.get(i).stream().allMatch(e -> holdsWithKnown(e, values))
          && !search(i + 1, values, dueAt, choices, steps)) {
        return false;
      }
    }
    a.cells().forEach(values::remove);
    return true;
  }

  /** Whether an equation holds, with blank parts as 0; true when a cell it reads is unknown. */
  private boolean holdsWithKnown(Equation e, Map<CellRef, Long> open) {
    long[] sums = new long[2];
    List<List<Term>> sides = List.of(e.expected(), e.found());
    for (int s = 0; s < 2; s++) {
      for (Term x : sides.get(s)) {
        Long v = open.get(x.cell());
        if (v == null) {
          PrintedCell p = cells.get(x.cell());
          if (p instanceof PrintedCell.Numeric n && n.figure() instanceof Figure.Count c) {
            v = c.value();
          } else if (p instanceof PrintedCell.Blank && !t.isDerived(x.cell())) {
            v = 0L;
          } else if (p == null && t.isAlternative(x.cell())) {
            v = 0L;
          } else {
            return true;
          }
        }
        sums[s] += x.sign() * (v == Splits.BLANK ? 0 : v);
      }
    }
    return sums[0] == sums[1];
  }
}
