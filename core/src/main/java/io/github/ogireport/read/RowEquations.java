package io.github.ogireport.read;

import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Severity;
import io.github.ogireport.template.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The error identities of an edition ({@link Severity#ERROR}, {@link Equation.Relation#EQUAL}) as
 * the splits stage checks them: compiled once per edition into index arrays over the edition's
 * {@link EditionTemplate#printableCells()}, and once per row of cells into positions in the row,
 * so that a candidate assignment is checked on a {@code long[]} without a map or a boxed number.
 * The edition declaration stays the source of truth: every array is made from its {@link
 * EditionTemplate#equations()}.
 */
final class RowEquations {
  private static final Map<EditionTemplate, RowEquations> ALL = new ConcurrentHashMap<>();

  /** The error identities, in the order of {@link EditionTemplate#equations()}. */
  final List<Equation> equations;
  /** For each identity, the edition index of each term's cell, expected side first. */
  final int[][] cells;
  /** For each identity, each term's sign. */
  final int[][] signs;
  /** For each identity, how many of its terms are on the expected side. */
  final int[] expected;

  private final EditionTemplate t;
  private final Map<List<CellRef>, Row> rows = new ConcurrentHashMap<>();
  /** The rows' identities by their shape: rows whose identities read alike share one. */
  private final Map<String, Linear> shapes = new ConcurrentHashMap<>();

  private RowEquations(EditionTemplate t) {
    this.t = t;
    List<Equation> errors = new ArrayList<>();
    for (Equation e : t.equations()) {
      if (e.identity().severity() == Severity.ERROR && e.relation() == Equation.Relation.EQUAL) {
        errors.add(e);
      }
    }
    this.equations = List.copyOf(errors);
    int n = equations.size();
    cells = new int[n][];
    signs = new int[n][];
    expected = new int[n];
    for (int i = 0; i < n; i++) {
      Equation e = equations.get(i);
      List<Term> terms = e.terms();
      cells[i] = new int[terms.size()];
      signs[i] = new int[terms.size()];
      expected[i] = e.expected().size();
      for (int k = 0; k < terms.size(); k++) {
        cells[i][k] = t.index(terms.get(k).cell());
        signs[i][k] = terms.get(k).sign();
      }
    }
  }

  /** The compiled identities of an edition, made on first use. */
  static RowEquations of(EditionTemplate t) {
    return ALL.computeIfAbsent(t, RowEquations::new);
  }

  /** The identities that read only cells of {@code row}, compiled for it (made once per row). */
  Row row(List<CellRef> row) {
    Row r = rows.get(row);
    if (r == null) {
      r = new Row(List.copyOf(row));
      rows.putIfAbsent(r.cells, r);
    }
    return r;
  }

  /**
   * The error identities that read only the cells of one row (I3 for a row, I6 for section 四),
   * with each term's position in the row, and each identity due as soon as its last cell is filled.
   */
  final class Row {
    final List<CellRef> cells;
    /** The identities, in the order of {@link EditionTemplate#equations()}. */
    final List<Equation> equations;
    /** The identities by position in the row, as the splits stage checks them. */
    final Linear linear;

    private Row(List<CellRef> row) {
      this.cells = row;
      Map<CellRef, Integer> index = new HashMap<>();
      for (int i = 0; i < row.size(); i++) {
        index.put(row.get(i), i);
      }
      Set<Integer> inRow = new HashSet<>();
      for (CellRef c : row) {
        inRow.add(t.index(c));
      }
      List<Integer> local = new ArrayList<>();
      for (int e = 0; e < RowEquations.this.equations.size(); e++) {
        boolean all = true;
        for (int c : RowEquations.this.cells[e]) {
          all &= inRow.contains(c);
        }
        if (all) {
          local.add(e);
        }
      }
      List<Equation> eqs = new ArrayList<>();
      int[][] positions = new int[local.size()][];
      int[][] termSigns = new int[local.size()][];
      int[] expectedTerms = new int[local.size()];
      for (int k = 0; k < local.size(); k++) {
        int e = local.get(k);
        Equation eq = RowEquations.this.equations.get(e);
        eqs.add(eq);
        List<Term> terms = eq.terms();
        positions[k] = new int[terms.size()];
        for (int j = 0; j < terms.size(); j++) {
          positions[k][j] = index.get(terms.get(j).cell());
        }
        termSigns[k] = RowEquations.this.signs[e];
        expectedTerms[k] = RowEquations.this.expected[e];
      }
      this.equations = List.copyOf(eqs);
      boolean[] count = new boolean[row.size()];
      for (int i = 0; i < row.size(); i++) {
        count[i] = t.kind(row.get(i)) == CellKind.COUNT;
      }
      Linear made = new Linear(positions, termSigns, expectedTerms, count);
      this.linear = shapes.computeIfAbsent(made.shape(), k -> made);
    }

    /** See {@link Linear#ok(long[], int)}. */
    boolean ok(long[] acc, int filled) {
      return linear.ok(acc, filled);
    }

    /** See {@link Linear#possible(long[], int, long, boolean)}. */
    boolean possible(long[] acc, int filled, long rest, boolean signed) {
      return linear.possible(acc, filled, rest, signed);
    }

    /** See {@link Linear#allHold(long[])}. */
    boolean allHold(long[] values) {
      return linear.allHold(values);
    }
  }

  /**
   * Identities over the positions of a row of cells, each the sum of its expected terms equal to
   * the sum of its found terms (each term a position and a sign), a blank ({@link Splits#BLANK})
   * counting as 0; and, for each position, whether its cell is a count (never negative).
   */
  static final class Linear {
    /** The number of positions. */
    final int size;
    /** For each identity, each term's position. */
    private final int[][] positions;
    private final int[][] termSigns;
    private final int[] expectedTerms;
    /** For each number of filled cells, the identities whose last cell that fills. */
    final int[][] dueAt;
    /** For each identity, its last position in the row. */
    private final int[] last;
    /** Whether the cell at a position is a count (a sign belongs only to a signed column). */
    final boolean[] count;
    /** For each position, the identities with a term there and each term's weight (±1). */
    final int[][] identitiesAt;
    final long[][] weightsAt;
    /** What the splitter's fast search reads of these identities. */
    final Splits.Plan plan;

    /**
     * @param positions for each identity, each term's position, expected side first
     * @param termSigns for each identity, each term's sign
     * @param expectedTerms for each identity, how many of its terms are on the expected side
     * @param count for each position, whether its cell is a count
     */
    Linear(int[][] positions, int[][] termSigns, int[] expectedTerms, boolean[] count) {
      this.size = count.length;
      this.positions = positions;
      this.termSigns = termSigns;
      this.expectedTerms = expectedTerms;
      this.count = count;
      last = new int[positions.length];
      List<List<Integer>> due = new ArrayList<>();
      for (int i = 0; i <= size; i++) {
        due.add(new ArrayList<>());
      }
      List<List<long[]>> at = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        at.add(new ArrayList<>());
      }
      for (int k = 0; k < positions.length; k++) {
        int lastAt = 0;
        for (int j = 0; j < positions[k].length; j++) {
          lastAt = j == 0 ? positions[k][j] : Math.max(lastAt, positions[k][j]);
          at.get(positions[k][j]).add(new long[] {k, weight(k, j)});
        }
        due.get(lastAt + 1).add(k);
        last[k] = lastAt;
      }
      dueAt = new int[due.size()][];
      for (int i = 0; i < due.size(); i++) {
        dueAt[i] = due.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      identitiesAt = new int[size][];
      weightsAt = new long[size][];
      for (int i = 0; i < size; i++) {
        identitiesAt[i] = at.get(i).stream().mapToInt(w -> (int) w[0]).toArray();
        weightsAt[i] = at.get(i).stream().mapToLong(w -> w[1]).toArray();
      }
      plan = new Splits.Plan(this);
    }

    /**
     * What the splits stage reads of these identities, as text: two with the same shape give the
     * same splits of the same runs.
     */
    String shape() {
      return Arrays.deepToString(positions) + Arrays.deepToString(termSigns)
          + Arrays.toString(expectedTerms) + Arrays.toString(count);
    }

    /** The number of identities. */
    int identities() {
      return positions.length;
    }

    /** The positions of identity {@code k}'s terms. */
    int[] positions(int k) {
      return positions[k];
    }

    /** The weight of term {@code j} of identity {@code k}: its sign, negated on the found side. */
    long weight(int k, int j) {
      return j < expectedTerms[k] ? termSigns[k][j] : -termSigns[k][j];
    }

    /** The last position of identity {@code k}. */
    int last(int k) {
      return last[k];
    }

    /**
     * Whether the first {@code filled} cells of an assignment can still be right: the last filled
     * cell has no sign unless its column is signed, and every identity whose last cell it is holds
     * (a blank, {@link Splits#BLANK}, counting as 0).
     */
    boolean ok(long[] acc, int filled) {
      long v = acc[filled - 1];
      if (v != Splits.BLANK && v < 0 && count[filled - 1]) {
        return false;
      }
      for (int k : dueAt[filled]) {
        if (!holds(k, acc)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the identities can still hold once the cells from {@code filled} on are filled,
     * their magnitudes adding up to at most {@code rest} (and no cell negative unless {@code
     * signed}): for each identity not yet due, the filled terms' sum must be within reach of what
     * the others can add.
     */
    boolean possible(long[] acc, int filled, long rest, boolean signed) {
      for (int k = 0; k < positions.length; k++) {
        if (last[k] < filled) {
          continue; // checked when its last cell was filled
        }
        int[] at = positions[k];
        int[] sign = termSigns[k];
        long fixed = 0;
        long up = 0;
        long down = 0;
        for (int j = 0; j < at.length; j++) {
          int w = j < expectedTerms[k] ? sign[j] : -sign[j];
          if (at[j] < filled) {
            long v = acc[at[j]];
            fixed += w * (v == Splits.BLANK ? 0 : v);
          } else if (w > 0) {
            up += w;
          } else {
            down -= w;
          }
        }
        long most = fixed + (signed ? up + down : up) * rest;
        long least = fixed - (signed ? up + down : down) * rest;
        if (most < 0 || least > 0) {
          return false;
        }
      }
      return true;
    }

    /** Whether every identity of the row holds on values given by position (blank as 0). */
    boolean allHold(long[] values) {
      for (int k = 0; k < positions.length; k++) {
        if (!holds(k, values)) {
          return false;
        }
      }
      return true;
    }

    private boolean holds(int k, long[] values) {
      int[] at = positions[k];
      int[] sign = termSigns[k];
      int split = expectedTerms[k];
      long expectedSum = 0;
      long foundSum = 0;
      for (int j = 0; j < at.length; j++) {
        long v = values[at[j]];
        long term = sign[j] * (v == Splits.BLANK ? 0 : v);
        if (j < split) {
          expectedSum += term;
        } else {
          foundSum += term;
        }
      }
      return expectedSum == foundSum;
    }
  }
}
