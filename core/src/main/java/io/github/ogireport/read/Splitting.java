package io.github.ogireport.read;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The splits found so far in this reading, by the identities' shape and the runs: a row printed
   * like one before it (the rows of zeros of section 三, for one) is split once.
   */
  private final Map<Runs, List<long[]>> found = new HashMap<>();

  /** A row's identities (one object per shape, see {@link RowEquations}) and its runs. */
  private record Runs(RowEquations.Linear identities, List<String> runs) {}

  /** The answer "too many" in {@link #found}. */
  private static final List<long[]> TOO_MANY = new ArrayList<>(0);

  /** A row whose digits split in more than one way that its own identities allow. */
  private record Ambiguous(List<CellRef> cells, List<long[]> candidates, String text, String origin) {}

  /**
   * Reads a row from runs of digits fewer than its cells: every assignment of the digits to the
   * cells, blank cells counted as possible, that the row's own identities allow; exactly one, and
   * it is taken; none, and the row is unreadable; several, and the identities between rows decide
   * ({@link #resolveAmbiguous()}).
   */
  void split(List<CellRef> row, List<String> runs, String origin, String what) {
    // Each identity is checked as soon as its last cell is filled.
    RowEquations.Row local = RowEquations.of(t).row(row);
    List<long[]> kept = splits(runs, local.linear);
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
   * {@link Splits#of(List, RowEquations.Linear)}, searched once per reading for the same identities
   * and runs (the lists found are only read, never changed).
   */
  List<long[]> splits(List<String> runs, RowEquations.Linear identities) {
    Runs key = new Runs(identities, runs);
    List<long[]> kept = found.get(key);
    if (kept == null) {
      kept = Splits.of(runs, identities);
      found.put(new Runs(identities, List.copyOf(runs)), kept == null ? TOO_MANY : kept);
    }
    return kept == TOO_MANY ? null : kept;
  }

  /**
   * Chooses among the splits of ambiguous rows with the identities that bind rows together (I1,
   * I2): a backtracking search over the rows, each identity checked as soon as its last open row is
   * chosen. A row is read when every combination the identities allow gives it the same split, and
   * unreadable otherwise, or when the search exceeds its budget.
   */
  void resolveAmbiguous() {
    resolveAmbiguous(false);
  }

  /**
   * {@link #resolveAmbiguous()}, by the whole search over every row when {@code whole} (kept as
   * the reference of {@code AmbiguousRowsProperties}).
   *
   * @return whether the search ended within its budget
   */
  boolean resolveAmbiguous(boolean whole) {
    if (ambiguous.isEmpty()) {
      return true;
    }
    Search search = new Search();
    boolean done = search.run(whole);
    for (int i = 0; i < ambiguous.size(); i++) {
      Ambiguous a = ambiguous.get(i);
      // A cell is read when every combination allowed gives it the same value (or blank).
      List<CellRef> undecided = new ArrayList<>();
      for (int k = 0; k < a.cells().size(); k++) {
        if (done && search.any[i] && !search.several[i][k]) {
          long v = search.first[i][k];
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
    return done;
  }

  /**
   * The backtracking search over the ambiguous rows' candidates, on arrays indexed by the
   * edition's printable cells: the values chosen so far, the cells read outside the ambiguous rows
   * (known once, as the search does not change them), and the error identities each due when
   * their last ambiguous row is chosen.
   *
   * <p>When no cell is in two rows, the rows that no identity binds together are searched apart:
   * the combinations the identities allow are the product of each group's, so that each cell's
   * values are the same as the whole search finds, without trying every group's combinations once
   * per combination of the others; and whether the whole search would have spent its budget is
   * counted from the groups' searches ({@link #run(boolean)}).
   */
  private final class Search {
    private final RowEquations eqs = RowEquations.of(t);
    /** The edition index of each cell of each ambiguous row. */
    private final int[][] at;
    /** For each ambiguous row, the identities (numbers in {@link #eqs}) due when it is chosen. */
    private final int[][] dueAt;
    private final long[] values;
    private final boolean[] chosen;
    /** A cell read outside the ambiguous rows: its value, blank as 0 (when {@link #known}). */
    private final long[] fixed;
    private final boolean[] known;
    /** Per ambiguous row: whether some combination was allowed, and per cell its first value. */
    final boolean[] any;
    final long[][] first;
    /** Per ambiguous row and cell: whether the allowed combinations give it several values. */
    final boolean[][] several;
    private long steps;
    /** The ambiguous row of each cell, or -1. */
    private final int[] rowOf;
    /** Whether some cell belongs to two ambiguous rows. */
    private boolean shared;

    Search() {
      int size = t.printableCells().size();
      int n = ambiguous.size();
      rowOf = new int[size];
      java.util.Arrays.fill(rowOf, -1);
      at = new int[n][];
      any = new boolean[n];
      first = new long[n][];
      several = new boolean[n][];
      for (int i = 0; i < n; i++) {
        List<CellRef> row = ambiguous.get(i).cells();
        at[i] = new int[row.size()];
        first[i] = new long[row.size()];
        several[i] = new boolean[row.size()];
        for (int k = 0; k < row.size(); k++) {
          at[i][k] = t.index(row.get(k));
          shared |= rowOf[at[i][k]] >= 0;
          rowOf[at[i][k]] = i;
        }
      }
      List<List<Integer>> due = new ArrayList<>();
      ambiguous.forEach(a -> due.add(new ArrayList<>()));
      for (int e = 0; e < eqs.equations.size(); e++) {
        int last = -1;
        for (int c : eqs.cells[e]) {
          last = Math.max(last, rowOf[c]);
        }
        if (last >= 0) {
          due.get(last).add(e);
        }
      }
      dueAt = new int[n][];
      values = new long[size];
      chosen = new boolean[size];
      fixed = new long[size];
      known = new boolean[size];
      boolean[] looked = new boolean[size];
      for (int i = 0; i < n; i++) {
        dueAt[i] = due.get(i).stream().mapToInt(Integer::intValue).toArray();
        for (int e : dueAt[i]) {
          for (int c : eqs.cells[e]) {
            if (!looked[c]) {
              looked[c] = true;
              lookUp(c);
            }
          }
        }
      }
    }

    /** A cell's value as read outside the ambiguous rows, with blank parts as 0; else unknown. */
    private void lookUp(int c) {
      CellRef cell = t.printableCells().get(c);
      PrintedCell p = cells.get(cell);
      Long v = null;
      if (p instanceof PrintedCell.Numeric n && n.figure() instanceof Figure.Count count) {
        v = count.value();
      } else if (p instanceof PrintedCell.Blank && !t.isDerived(cell)) {
        v = 0L;
      } else if (p == null && t.isAlternative(cell)) {
        v = 0L;
      }
      known[c] = v != null;
      fixed[c] = v == null ? 0 : v;
    }

    /**
     * Searches every combination, the rows that no identity binds together apart unless {@code
     * whole} or a cell is in two rows; false when the whole search would spend the budget.
     *
     * <p>The whole search's steps (one for each candidate tried) are counted from the groups':
     * it tries each candidate of a row once for each combination of the rows before it that the
     * identities allow, and as no identity binds two groups, those are the products of each
     * group's combinations of its rows before it that its identities allow. Each group is
     * searched with the budget of its own; a group that spends it is searched again in the whole
     * search, which gives up where it gives up.
     */
    boolean run(boolean whole) {
      int n = ambiguous.size();
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      if (shared || whole) {
        return search(all, 0);
      }
      // Rows bound by an identity are in one group (union-find over the rows).
      int[] group = all.clone();
      for (int i = 0; i < n; i++) {
        for (int e : dueAt[i]) {
          for (int c : eqs.cells[e]) {
            if (rowOf[c] >= 0) {
              group[root(group, rowOf[c])] = root(group, i);
            }
          }
        }
      }
      // For each row: how many combinations of its group's rows before it are allowed; for each
      // group (by its first row), how many of all its rows.
      allowedBefore = new long[n];
      completed = new long[n];
      int[] firstOf = new int[n];
      int[] next = new int[n];
      boolean allowed = true;
      boolean[] searched = new boolean[n];
      for (int i = 0; i < n; i++) {
        if (searched[i]) {
          continue;
        }
        int g = root(group, i);
        int[] rows = java.util.stream.IntStream.range(i, n).filter(k -> root(group, k) == g).toArray();
        for (int j = 0; j < rows.length; j++) {
          searched[rows[j]] = true;
          firstOf[rows[j]] = i;
          next[rows[j]] = j + 1 < rows.length ? rows[j + 1] : -1;
        }
        steps = 0;
        if (!search(rows, 0)) {
          reset();
          return search(all, 0); // the group alone spends the budget
        }
        allowed &= any[i];
      }
      if (!allowed) {
        java.util.Arrays.fill(any, false); // one group allows nothing: no combination at all
      }
      // The whole search's steps: at each row, its candidates once for each combination of the
      // rows before it, the product of each group's.
      long[] upTo = new long[n]; // by group: the combinations of its rows so far
      java.util.Arrays.fill(upTo, 1);
      long total = 0;
      for (int i = 0; i < n; i++) {
        long before = 1;
        for (int h = 0; h < n; h++) {
          if (firstOf[h] == h) {
            before = Math.min(before * upTo[h], COMBINATION_LIMIT + 1L);
          }
        }
        total = Math.min(total + before * ambiguous.get(i).candidates().size(),
            COMBINATION_LIMIT + 1L);
        upTo[firstOf[i]] = next[i] >= 0 ? allowedBefore[next[i]] : completed[firstOf[i]];
      }
      return total <= COMBINATION_LIMIT;
    }

    /** For each row, how often its group's search came to it: the combinations allowed before. */
    private long[] allowedBefore;
    /** For each group, by its first row, how many combinations of all its rows are allowed. */
    private long[] completed;

    /** Forgets what a search found, for the whole search to start again. */
    private void reset() {
      java.util.Arrays.fill(any, false);
      java.util.Arrays.fill(chosen, false);
      for (int i = 0; i < several.length; i++) {
        java.util.Arrays.fill(several[i], false);
      }
      steps = 0;
      allowedBefore = null;
      completed = null;
    }

    private static int root(int[] group, int i) {
      while (group[i] != i) {
        i = group[i];
      }
      return i;
    }

    /**
     * Tries every candidate of {@code rows[r]} on, then of the rows after it; false when the budget
     * is spent.
     */
    private boolean search(int[] rows, int r) {
      if (allowedBefore != null) {
        if (r < rows.length) {
          allowedBefore[rows[r]]++;
        } else {
          completed[rows[0]]++;
        }
      }
      if (r == rows.length) {
        record(rows);
        return true;
      }
      int i = rows[r];
      Ambiguous a = ambiguous.get(i);
      int[] cellsOfRow = at[i];
      for (long[] candidate : a.candidates()) {
        if (++steps > COMBINATION_LIMIT) {
          return false;
        }
        for (int k = 0; k < cellsOfRow.length; k++) {
          values[cellsOfRow[k]] = candidate[k];
          chosen[cellsOfRow[k]] = true;
        }
        if (allHold(dueAt[i]) && !search(rows, r + 1)) {
          return false;
        }
      }
      for (int c : cellsOfRow) {
        chosen[c] = false;
      }
      return true;
    }

    /** Notes the values of one combination that every identity allows. */
    private void record(int[] rows) {
      for (int k : rows) {
        for (int c = 0; c < at[k].length; c++) {
          long v = values[at[k][c]];
          if (!any[k]) {
            first[k][c] = v;
          } else if (v != first[k][c]) {
            several[k][c] = true;
          }
        }
        any[k] = true;
      }
    }

    private boolean allHold(int[] due) {
      for (int e : due) {
        if (!holdsWithKnown(e)) {
          return false;
        }
      }
      return true;
    }

    /** Whether an identity holds, with blank parts as 0; true when a cell it reads is unknown. */
    private boolean holdsWithKnown(int e) {
      int[] terms = eqs.cells[e];
      int[] signs = eqs.signs[e];
      int split = eqs.expected[e];
      long expected = 0;
      long found = 0;
      for (int j = 0; j < terms.length; j++) {
        int c = terms[j];
        long v;
        if (chosen[c]) {
          v = values[c];
        } else if (known[c]) {
          v = fixed[c];
        } else {
          return true;
        }
        long term = signs[j] * (v == Splits.BLANK ? 0 : v);
        if (j < split) {
          expected += term;
        } else {
          found += term;
        }
      }
      return expected == found;
    }
  }
}
