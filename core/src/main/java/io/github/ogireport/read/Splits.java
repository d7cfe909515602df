package io.github.ogireport.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ways to assign runs of digits printed without separators to a row of cells, for example
 * {@code "640020470"} to seven cells: 64|0|0|2|0|4|70, 6|4|0|0|20|4|70 and many more; and, when
 * blank cells are possible, 64|blank|0|0|20|4|70 too. A count has no leading zero unless it is 0,
 * never spans two runs (white space separated them) and has at most {@link #MAX_DIGITS} digits. A
 * run may start with a sign, which belongs to its first count. The identities then choose among
 * the assignments: a {@link Check} is asked after every cell, so that a row's own identities cut
 * the search as soon as they can be evaluated.
 *
 * <p>The search is bounded on both sides (too few digits left for the cells, or too many) and by a
 * budget of steps; beyond the budget, or beyond {@link #LIMIT} assignments, the answer is "too
 * many" and the cells are unreadable.
 */
final class Splits {
  /** More candidates than this and the run is unreadable: no identity would choose among them. */
  static final int LIMIT = 20_000;

  /** Steps of the search before it gives up. */
  static final int BUDGET = 2_000_000;

  /** The longest count: a longer run of digits cannot be one cell. */
  static final int MAX_DIGITS = 12;

  /** A blank cell in an assignment. */
  static final long BLANK = Long.MIN_VALUE;

  /** Whether the cells filled so far can still be right. */
  interface Check {
    /**
     * @param acc the assignment so far ({@link #BLANK} for a blank cell)
     * @param filled how many cells of {@code acc} are filled
     * @return false to abandon every assignment that starts this way
     */
    boolean ok(long[] acc, int filled);
  }

  /**
   * What the identities allow of an assignment not yet complete: a necessary condition only, so
   * that a search that asks it leaves out no assignment the {@link Check} would keep.
   */
  interface Bound {
    /**
     * @param acc the assignment so far ({@link #BLANK} for a blank cell)
     * @param filled how many cells of {@code acc} are filled
     * @param rest at least the sum of the magnitudes of the cells not yet filled, whatever they are
     * @param signed whether a cell not yet filled may be negative
     * @return false when no assignment that starts this way can satisfy the identities
     */
    boolean possible(long[] acc, int filled, long rest, boolean signed);
  }

  /** A sum of digits' values beyond any bound worth checking. */
  static final long UNBOUNDED = 1_000_000_000_000_000L;

  private final List<String> digits = new ArrayList<>();
  private final boolean[] negative;
  private final int[] digitsFrom; // digits left in runs r.. (suffix sums)
  private final boolean blanks;
  private final Check check;
  private final List<long[]> out = new ArrayList<>();
  private long steps;

  private Splits(List<String> runs, boolean blanks, Check check) {
    negative = new boolean[runs.size()];
    for (int r = 0; r < runs.size(); r++) {
      String printed = runs.get(r);
      negative[r] = printed.startsWith("-");
      digits.add(printed.startsWith("-") || printed.startsWith("+") ? printed.substring(1) : printed);
    }
    digitsFrom = new int[runs.size() + 1];
    for (int r = runs.size() - 1; r >= 0; r--) {
      digitsFrom[r] = digitsFrom[r + 1] + digits.get(r).length();
    }
    this.blanks = blanks;
    this.check = check;
  }

  /**
   * Every assignment of the runs to {@code n} cells that the check allows, or {@code null} when
   * there are more than {@link #LIMIT} or the search exceeds its budget.
   *
   * @param runs the runs of digits, as printed (each may start with a sign)
   * @param n the number of cells
   * @param blanks whether a cell may be blank (take no digits)
   * @param check the identities, asked after each cell
   */
  static List<long[]> of(List<String> runs, int n, boolean blanks, Check check) {
    Splits s = new Splits(runs, blanks, check);
    return s.split(0, 0, new long[n], 0) ? s.out : null;
  }

  /**
   * The same assignments as {@link #of(List, int, boolean, Check)} with blank cells possible, found
   * faster when the search cannot exceed its budget even unpruned: then the branches where the
   * digits left cannot fill the cells left, or where no values of the cells left can satisfy the
   * identities ({@code bound}), are not walked. Otherwise the search is the budgeted one.
   *
   * @param runs the runs of digits, as printed (each may start with a sign)
   * @param n the number of cells
   * @param check the identities, asked after each cell
   * @param bound what the identities allow of the cells not yet filled
   */
  static List<long[]> of(List<String> runs, int n, Check check, Bound bound) {
    Splits s = new Splits(runs, true, check);
    if (s.unpruned(n) > BUDGET) {
      return s.split(0, 0, new long[n], 0) ? s.out : null;
    }
    s.prepare();
    return s.pruned(0, 0, new long[n], 0, bound) ? s.out : null;
  }

  /**
   * The same answer as {@link #of(List, int, Check, Bound)} with the check and bound of {@code
   * identities}, by a faster search ({@link #answer}).
   *
   * @param runs the runs of digits, as printed (each may start with a sign)
   * @param identities the identities of the row, by position (their number of positions is the
   *     number of cells)
   */
  static List<long[]> of(List<String> runs, RowEquations.Linear identities) {
    return answer(runs, identities).found();
  }

  /**
   * The search that gives {@link #of(List, RowEquations.Linear)}'s answer, done. Each step is
   * cheaper than in {@link #of(List, int, Check, Bound)}: the identities' sums are kept as cells
   * are filled instead of added up again, the runs' digits are read once into a table of the
   * values a cell can take at each position, and where an identity with a weight of ±1 on the
   * cell being filled falls due, only the one value (and the blank) that can satisfy it is tried,
   * as every other is rejected by the check. The searches:
   *
   * <ul>
   *   <li>when the unpruned search cannot exceed the budget, the pruned search, which also leaves
   *       out the branches where the row's last cell can no longer be the sum of the cells before
   *       it ({@link Plan#tail}), and searches on from a point at a cut of the row ({@link
   *       Plan#cuts}) once, for every path that reaches it;
   *   <li>otherwise, the same pruned search, charged: each branch it leaves out is charged the
   *       steps the unpruned search takes there (more than the budgeted search takes), and a
   *       search from a cut taken again is charged what it took the first time. While the steps
   *       it takes plus its charges stay within the budget, the budgeted search cannot have given
   *       up, so this search's answer is that search's;
   *   <li>when the charges exceed the budget, the budgeted search, taking every step it takes.
   * </ul>
   *
   * @param runs the runs of digits, as printed (each may start with a sign)
   * @param identities the identities of the row, by position
   */
  static Fast answer(List<String> runs, RowEquations.Linear identities) {
    Splits s = new Splits(runs, true, identities::ok);
    boolean budgeted = s.unpruned(identities.size) > BUDGET;
    s.prepare();
    if (!budgeted) {
      return new Fast(s, identities, false, true, false).run();
    }
    Fast charged = new Fast(s, identities, true, true, true).run();
    if (charged.done || charged.steps > BUDGET || charged.steps + charged.charge <= BUDGET) {
      return charged; // the answer, or given up as the budgeted search would (too many)
    }
    s.out.clear();
    return new Fast(s, identities, true, true, false).run();
  }

  /**
   * A fast search of {@link #answer}, done, without its charged search: budgeted (taking every
   * step the budgeted search takes, whatever the unpruned search would take) or pruned; with the
   * look at a due cell written out for the lengths of the cell before it ({@code written}), or
   * asked for each (kept as the reference of {@code FastProbeProperties}).
   */
  static Fast search(List<String> runs, RowEquations.Linear identities, boolean budgeted,
      boolean written) {
    Splits s = new Splits(runs, true, identities::ok);
    if (!budgeted) {
      s.prepare();
    }
    return new Fast(s, identities, budgeted, written, false).run();
  }

  /**
   * What the fast search reads of a row's identities, made once with them ({@link
   * RowEquations.Linear#plan}): for each identity and number of filled cells, the positive and
   * negative weights of its terms not yet filled, and its last cell; for each cell, an identity
   * that falls due when it is filled and weighs it ±1 (or -1) and that weight, and its weight in
   * the identity that falls due at the next cell; for each cell, the one identity with a term
   * there and its weight (or {@link #NONE}, {@link #MANY}); for each number of filled cells, the
   * one identity then due (or {@link #NONE}, {@link #MANY}).
   */
  static final class Plan {
    static final int NONE = -1;
    static final int MANY = -2;
    final long[][] up;
    final long[][] down;
    final int[] last;
    final int[] pivot;
    final long[] pivotWeight;
    final long[] weightBefore;
    final int[] onlyIdentity;
    final long[] onlyWeight;
    final int[] onlyDue;
    /** For each number of filled cells, whether no identity spans it. */
    final boolean[] cuts;
    /**
     * An identity that makes the row's last cell the sum of the cells before it from {@link
     * #tailFrom} on (weight {@link #tailWeight} there, minus that on each of them, all counts),
     * or {@link #NONE}.
     */
    final int tail;
    final long tailWeight;
    final int tailFrom;

    Plan(RowEquations.Linear ids) {
      int n = ids.size;
      int width = ids.identities();
      up = new long[width][n + 1];
      down = new long[width][n + 1];
      last = new int[width];
      for (int k = 0; k < width; k++) {
        int[] at = ids.positions(k);
        for (int j = 0; j < at.length; j++) {
          long w = ids.weight(k, j);
          for (int filled = 0; filled <= at[j]; filled++) {
            if (w > 0) {
              up[k][filled] += w;
            } else {
              down[k][filled] -= w;
            }
          }
        }
        last[k] = ids.last(k);
      }
      pivot = new int[n];
      pivotWeight = new long[n];
      for (int cell = 0; cell < n; cell++) {
        pivot[cell] = -1;
        for (int k : ids.dueAt[cell + 1]) {
          long w = weight(ids, k, cell);
          if (pivot[cell] < 0 && (w == 1 || w == -1)) {
            pivot[cell] = k;
            pivotWeight[cell] = w;
          }
        }
      }
      weightBefore = new long[n];
      for (int cell = 0; cell + 1 < n; cell++) {
        weightBefore[cell] = pivot[cell + 1] < 0 ? 0 : weight(ids, pivot[cell + 1], cell);
      }
      onlyIdentity = new int[n];
      onlyWeight = new long[n];
      onlyDue = new int[n + 1];
      for (int cell = 0; cell < n; cell++) {
        int[] at = ids.identitiesAt[cell];
        onlyIdentity[cell] = at.length == 0 ? NONE : at.length == 1 ? at[0] : MANY;
        onlyWeight[cell] = at.length == 1 ? ids.weightsAt[cell][0] : 0;
      }
      for (int filled = 0; filled <= n; filled++) {
        int[] due = ids.dueAt[filled];
        onlyDue[filled] = due.length == 0 ? NONE : due.length == 1 ? due[0] : MANY;
      }
      int tailK = NONE;
      long tailW = 0;
      int from = n;
      if (n > 0 && ids.count[n - 1]) {
        for (int k = 0; k < width && tailK == NONE; k++) {
          long w = weight(ids, k, n - 1);
          if (ids.last(k) == n - 1 && (w == 1 || w == -1)) {
            tailK = k;
            tailW = w;
          }
        }
        if (tailK != NONE) {
          from = n - 1;
          while (from > 0 && ids.count[from - 1] && weight(ids, tailK, from - 1) == -tailW) {
            from--;
          }
        }
      }
      tail = tailK;
      tailWeight = tailW;
      tailFrom = tailK == NONE ? n + 1 : from;
      cuts = new boolean[n + 1];
      for (int c = 1; c < n; c++) {
        boolean spanned = false;
        for (int k = 0; k < ids.identities(); k++) {
          int[] at = ids.positions(k);
          for (int p : at) {
            spanned |= p < c && ids.last(k) >= c;
          }
        }
        cuts[c] = !spanned;
      }
    }

    /** The weight of a cell in an identity: the sum of its terms' there. */
    private static long weight(RowEquations.Linear ids, int k, int cell) {
      long w = 0;
      for (int j = 0; j < ids.identitiesAt[cell].length; j++) {
        w += ids.identitiesAt[cell][j] == k ? ids.weightsAt[cell][j] : 0;
      }
      return w;
    }
  }

  /**
   * The searches {@link #split} (with blank cells possible) and {@link #pruned}, on a table of the
   * runs' positions and with the identities' sums kept as cells are filled.
   */
  static final class Fast {
    private static final int NEXT_RUN = -1;
    private static final int END = -2;
    private static final long[] TEN_TO = new long[MAX_DIGITS + 1];

    static {
      TEN_TO[0] = 1;
      for (int i = 1; i <= MAX_DIGITS; i++) {
        TEN_TO[i] = TEN_TO[i - 1] * 10;
      }
    }

    private final RowEquations.Linear ids;
    private final int n;
    private final boolean budgeted;
    // The positions in the runs ("points"): a run of d digits has d + 1 (the last one moves on to
    // the next run), then one after the last run. For each point from which a cell takes digits:
    // how many digits a cell can take (or NEXT_RUN, END), the runs and the digits left, and where
    // the values of each length start in values; for the pruned search, the run of each point
    // and the first point of each run (its checks are read from the runs' tables in s).
    private final int[] maxLength;
    private final int[] runsLeft;
    private final int[] digitsLeft;
    private final long[] values;
    private final int[] valueAt;
    private final int[] runOf;
    private final int[] startOf;
    // For the pruned search, the runs' tables read by point: the fewest cells the digits from
    // there need, their value as one number (capped at UNBOUNDED), and whether a cell from there
    // may be negative.
    private final int[] fewestAt;
    private final long[] restAt;
    private final boolean[] signedAt;
    private final int tailFrom;
    private final Splits s;
    /** For each identity, the sum of its filled terms, expected side minus found side. */
    private final long[] sums;
    // The identities' tables (see Plan).
    private final long[][] up;
    private final long[][] down;
    private final int[] last;
    private final int[] pivot;
    private final long[] pivotWeight;
    private final long[] weightBefore;
    private final int[] onlyIdentity;
    private final long[] onlyWeight;
    private final int[] onlyDue;
    private final boolean[] count;
    private final long[] acc;
    private final List<long[]> out;
    private long steps;
    /** Whether the look at a due cell is written out for the lengths of the cell before it. */
    private final boolean written;
    /** Whether the search ended without giving up (see {@link #search}). */
    private boolean done;

    /** Whether the budgeted search prunes, charging each branch pruned its unpruned steps. */
    private final boolean charged;
    /** The charges: at least the steps the branches pruned would have taken. */
    private long charge;

    Fast(Splits s, RowEquations.Linear ids, boolean budgeted, boolean written, boolean charged) {
      this.charged = charged;
      this.s = s;
      this.written = written;
      this.ids = ids;
      this.n = ids.size;
      this.budgeted = budgeted;
      int runs = s.digits.size();
      int points = 1;
      for (String d : s.digits) {
        points += d.length() + 1;
      }
      maxLength = new int[points];
      runsLeft = new int[points];
      digitsLeft = new int[points];
      valueAt = new int[points];
      runOf = new int[points];
      startOf = new int[runs + 1];
      int p = 0;
      int size = 0;
      for (int r = 0; r < runs; r++) {
        String d = s.digits.get(r);
        startOf[r] = p;
        for (int at = 0; at < d.length(); at++, p++) {
          runsLeft[p] = runs - r;
          digitsLeft[p] = s.digitsFrom[r] - at;
          maxLength[p] = d.charAt(at) == '0' ? 1 : Math.min(MAX_DIGITS, d.length() - at);
          valueAt[p] = size;
          size += maxLength[p];
        }
        maxLength[p++] = NEXT_RUN;
      }
      values = new long[size];
      p = 0;
      for (int r = 0; r < runs; r++) {
        String d = s.digits.get(r);
        for (int at = 0; at < d.length(); at++, p++) {
          long value = 0;
          for (int len = 1; len <= maxLength[p]; len++) {
            value = value * 10 + Character.digit(d.charAt(at + len - 1), 10);
            values[valueAt[p] + len - 1] = s.negative[r] && at == 0 ? -value : value;
          }
          if (runOf != null) {
            runOf[p] = r;
          }
        }
        p++;
      }
      maxLength[p] = END;
      fewestAt = new int[points];
      restAt = new long[points];
      signedAt = new boolean[points];
      if (s.fewestCells != null) {
        for (int q = 0; q < points; q++) {
          if (maxLength[q] > 0) {
            int r = runOf[q];
            int at = q - startOf[r];
            fewestAt[q] = s.fewestCells[r][at];
            restAt[q] = s.restValue[r][at];
            signedAt[q] = (s.negative[r] && at == 0) || s.signedFrom[r + 1];
          }
        }
      }
      tailFrom = ids.plan.tailFrom;
      Plan plan = ids.plan;
      sums = new long[ids.identities()];
      up = plan.up;
      down = plan.down;
      last = plan.last;
      pivot = plan.pivot;
      pivotWeight = plan.pivotWeight;
      weightBefore = plan.weightBefore;
      onlyIdentity = plan.onlyIdentity;
      onlyWeight = plan.onlyWeight;
      onlyDue = plan.onlyDue;
      count = ids.count;
      acc = new long[n];
      out = s.out;
    }

    /** The search from point {@code p} with {@code filled} cells filled: false to give up. */
    boolean walk(int p, int filled) {
      if (budgeted && ++steps + charge > BUDGET) {
        return false;
      }
      int most = maxLength[p];
      int cellsLeft = n - filled;
      if (most == NEXT_RUN) {
        return walk(p + 1, filled);
      }
      if (most == END) {
        if (cellsLeft > 0) {
          return cell(p, filled, BLANK);
        }
        if (out.size() >= LIMIT) {
          return false;
        }
        out.add(acc.clone());
        return true;
      }
      if (budgeted) {
        if (cellsLeft < runsLeft[p] || (long) cellsLeft * MAX_DIGITS < digitsLeft[p]) {
          return true; // too few cells for the runs, or too many digits for the cells
        }
        if (charged && pruned(p, filled, cellsLeft)) {
          charge += s.unprunedSteps[p * (n + 1) + filled] - 1;
          return steps + charge <= BUDGET;
        }
      } else if (pruned(p, filled, cellsLeft)) {
        return true;
      }
      if ((charged || !budgeted) && ids.plan.cuts[filled]) {
        if (again) {
          again = false;
        } else {
          return remembered(p, filled);
        }
      }
      boolean blank = cellsLeft > runsLeft[p];
      int k = pivot[filled];
      if (k >= 0) {
        // Identity k falls due: a blank satisfies it only if its sum is 0 already, and one value
        // at most makes its sum 0; every other value would be rejected.
        long sum = sums[k];
        if (blank && sum == 0 && !cell(p, filled, BLANK)) {
          return false;
        }
        int len = wanted(p, filled, sum);
        return len == 0 || cell(p + len, filled, values[valueAt[p] + len - 1]);
      }
      if (ahead(filled)) {
        return written ? before(p, filled, most, blank) : eachBefore(p, filled, most, blank);
      }
      if (blank && !cell(p, filled, BLANK)) {
        return false;
      }
      for (int len = 1; len <= most; len++) {
        if (!cell(p + len, filled, values[valueAt[p] + len - 1])) {
          return false;
        }
      }
      return true;
    }

    /**
     * What the search from a point at a cut of the row found: the cells it filled, for each
     * assignment, and (in the budgeted search) the steps it took plus the charges of what it
     * pruned.
     */
    private record Known(List<long[]> rests, long cost) {}

    /** What the searches from each point at each cut found, by point, then cells filled. */
    private Known[] known;
    /** Whether the next search from a cut is the one to remember. */
    private boolean again;

    /**
     * The search from point {@code p} at a cut of the row ({@link Plan#cuts}): no identity spans
     * the cut, so every path that reaches the point there finds the same cells after it, with the
     * same steps; the first search from there is remembered, and taken again for every other
     * path. False to give up.
     */
    private boolean remembered(int p, int filled) {
      if (known == null) {
        known = new Known[maxLength.length * (n + 1)];
      }
      int key = p * (n + 1) + filled;
      Known k = known[key];
      if (k == null) {
        int from = out.size();
        long before = steps + charge;
        if (budgeted) {
          steps--; // taken again by the search below
        }
        again = true;
        boolean going = walk(p, filled);
        again = false;
        if (!going) {
          return false;
        }
        List<long[]> rests = new ArrayList<>(out.size() - from);
        for (int i = from; i < out.size(); i++) {
          rests.add(Arrays.copyOfRange(out.get(i), filled, n));
        }
        known[key] = new Known(rests, steps + charge - before);
        return true;
      }
      if (budgeted) {
        charge += k.cost();
        if (steps + charge > BUDGET) {
          return false;
        }
      }
      for (long[] rest : k.rests()) {
        if (out.size() >= LIMIT) {
          return false;
        }
        long[] a = Arrays.copyOf(acc, n);
        System.arraycopy(rest, 0, a, filled, n - filled);
        out.add(a);
      }
      return true;
    }

    /** Walks the whole search. */
    private Fast run() {
      done = walk(0, 0);
      return this;
    }

    /** The assignments found (when {@link #done}). */
    List<long[]> found() {
      return done ? out : null;
    }

    /** Which search this is: "pruned", "charged" or "budgeted". */
    String kind() {
      return charged ? "charged" : budgeted ? "budgeted" : "pruned";
    }

    /** The steps taken (counted only when budgeted). */
    long steps() {
      return steps;
    }

    /** {@link #before(int, int, int, boolean)} asking {@link #before(int, int, long)} each time. */
    private boolean eachBefore(int p, int filled, int most, boolean blank) {
      if (blank && !before(p, filled, BLANK)) {
        return false;
      }
      for (int len = 1; len <= most; len++) {
        if (!before(p + len, filled, values[valueAt[p] + len - 1])) {
          return false;
        }
      }
      return true;
    }

    /**
     * The search at cell {@code filled}, the one before an identity falls due ({@link #ahead}):
     * the blank when {@code blank}, then each length of digits up to {@code most}, each through
     * {@link #before(int, int, long)}, the look at the due cell written out here for the lengths
     * (the same checks and steps, without a call for each length that the due cell rejects).
     */
    private boolean before(int p, int filled, int most, boolean blank) {
      if (blank && !before(p, filled, BLANK)) {
        return false;
      }
      int k = pivot[filled + 1];
      long sum = sums[k];
      long weight = weightBefore[filled];
      long due = -pivotWeight[filled + 1];
      boolean signed = !count[filled];
      int cellsLeft = n - filled - 1;
      int from = valueAt[p] - 1;
      for (int len = 1; len <= most; len++) {
        long v = values[from + len];
        int q = p + len;
        int longest = maxLength[q];
        if (longest > 0 && (v >= 0 || signed)) {
          if (budgeted) {
            if (++steps + charge > BUDGET) {
              return false;
            }
            if (cellsLeft < runsLeft[q] || (long) cellsLeft * MAX_DIGITS < digitsLeft[q]) {
              continue;
            }
          }
          long after = sum + weight * v;
          if (after != 0 || cellsLeft <= runsLeft[q]) {
            long wanted = due * after;
            int digits = digits(wanted);
            if (digits > longest || values[valueAt[q] + digits - 1] != wanted) {
              continue; // the due cell has no value that satisfies the identity
            }
          }
          if (budgeted) {
            steps--; // the step is taken again by the search below
          }
        }
        if (!cell(q, filled, v)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The length of the one value from point {@code p} that makes the sum of the identity due
     * at cell {@code filled} 0, or 0 when no value from there does.
     */
    private int wanted(int p, int filled, long sum) {
      long wanted = -pivotWeight[filled] * sum;
      int len = digits(wanted);
      return len <= maxLength[p] && values[valueAt[p] + len - 1] == wanted ? len : 0;
    }

    /**
     * Whether the search can look at a cell where an identity falls due without filling the cell
     * before it: nothing falls due before, and the due identity weighs the due cell ±1.
     */
    private boolean ahead(int filled) {
      return filled + 1 < n && pivot[filled + 1] >= 0 && onlyDue[filled + 1] == Plan.NONE;
    }

    /**
     * Cell {@code filled} (the one before an identity falls due) given {@code v}: the due cell's
     * values tried on the sum the identity would have (in the budgeted search, after taking the
     * step to point {@code p}), and the cell filled, and the search taken on from there, only when
     * one of them satisfies it; otherwise nothing would be found from there, and the pruned
     * search's own checks, which only leave out what finds nothing, need not be asked.
     */
    private boolean before(int p, int filled, long v) {
      if (maxLength[p] < 0 || v != BLANK && v < 0 && count[filled]) {
        return cell(p, filled, v); // a step to the next run or the end, or a rejected sign
      }
      int cellsLeft = n - filled - 1;
      if (budgeted) {
        if (++steps + charge > BUDGET) {
          return false;
        }
        if (cellsLeft < runsLeft[p] || (long) cellsLeft * MAX_DIGITS < digitsLeft[p]) {
          return true;
        }
      }
      int k = pivot[filled + 1];
      long sum = sums[k] + weightBefore[filled] * (v == BLANK ? 0 : v);
      boolean blank = cellsLeft > runsLeft[p] && sum == 0;
      if (!blank && wanted(p, filled + 1, sum) == 0) {
        return true;
      }
      if (budgeted) {
        steps--; // the step is taken again by the search below
      }
      return cell(p, filled, v);
    }

    /**
     * The number of digits of a value's magnitude (1 for 0), the only length of digits that can
     * give it; {@link #MAX_DIGITS} + 1 when longer.
     */
    static int digits(long value) {
      if (value <= -TEN_TO[MAX_DIGITS] || value >= TEN_TO[MAX_DIGITS]) {
        return MAX_DIGITS + 1;
      }
      long magnitude = Math.abs(value);
      int len = (64 - Long.numberOfLeadingZeros(magnitude)) * 1233 >>> 12; // log10, or one less
      return magnitude >= TEN_TO[len] ? len + 1 : Math.max(len, 1);
    }

    /**
     * Fills cell {@code filled} with {@code v} and, when the check allows it, searches on from
     * point {@code p}: false to give up.
     */
    private boolean cell(int p, int filled, long v) {
      long value = v == BLANK ? 0 : v;
      int id = onlyIdentity[filled];
      if (id >= 0) {
        sums[id] += onlyWeight[filled] * value;
      } else if (id == Plan.MANY) {
        add(filled, value);
      }
      boolean going = true;
      if (v == BLANK || v >= 0 || !count[filled]) {
        int due = onlyDue[filled + 1];
        if (due >= 0 ? sums[due] == 0 : due == Plan.NONE || allDue(filled + 1)) {
          acc[filled] = v;
          going = walk(p, filled + 1);
        }
      }
      if (id >= 0) {
        sums[id] -= onlyWeight[filled] * value;
      } else if (id == Plan.MANY) {
        add(filled, -value);
      }
      return going;
    }

    private void add(int filled, long value) {
      int[] at = ids.identitiesAt[filled];
      long[] weight = ids.weightsAt[filled];
      for (int j = 0; j < at.length; j++) {
        sums[at[j]] += weight[j] * value;
      }
    }

    private boolean allDue(int filled) {
      for (int k : ids.dueAt[filled]) {
        if (sums[k] != 0) {
          return false;
        }
      }
      return true;
    }

    /**
     * The pruned search's checks at point {@code p}: whether the digits left need more cells than
     * are left, or no values of the cells left can satisfy the identities.
     */
    private boolean pruned(int p, int filled, int cellsLeft) {
      if (cellsLeft < fewestAt[p]) {
        return true;
      }
      if (filled >= tailFrom && filled < n && !tailPossible(p)) {
        return true;
      }
      long rest = restAt[p];
      return rest < UNBOUNDED && !possible(filled, rest, signedAt[p]);
    }

    private static final long[] TEN = new long[19];

    static {
      TEN[0] = 1;
      for (int i = 1; i < TEN.length; i++) {
        TEN[i] = TEN[i - 1] * 10;
      }
    }

    /**
     * For each point, where its intervals start in {@link #tailBounds}, which holds for each
     * point from which the last cell can take the last digits the lowest and highest value of
     * {@link #tailPossible}'s sum so far for which it can be their sum. A point's intervals come
     * by lowest value: as b moves one digit left, the last cell's value gains that digit in front
     * (it does not fall) and the digits before it as one number lose their last digit (it does
     * not rise), so the lowest value does not fall.
     */
    private int[] tailAt;
    private long[] tailBounds;

    /**
     * Whether the last cell can still be the sum of the cells before it ({@link Plan#tail}): it
     * takes the last digits of the last run, from some point b on (none: blank), and the cells
     * before it take the digits from {@code p} to b, whose values add up to at least the sum of
     * those digits and at most their value as one number.
     */
    private boolean tailPossible(int p) {
      if (tailAt == null) {
        tailTables();
      }
      long x = -ids.plan.tailWeight * sums[ids.plan.tail];
      for (int i = tailAt[p]; i < tailAt[p + 1] && tailBounds[i] <= x; i += 2) {
        if (x <= tailBounds[i + 1]) {
          return true;
        }
      }
      return false; // none holds x, or every interval left starts above it
    }

    /** The intervals of {@link #tailPossible} for each point. */
    private void tailTables() {
      int points = maxLength.length;
      int[] digit = new int[points];
      long[] digitSumFrom = new long[points];
      long[] valueFrom = new long[points]; // the digits from there as one number (at most 18)
      long sum = 0;
      long value = 0;
      int after = 0;
      for (int q = points - 1; q >= 0; q--) {
        if (maxLength[q] > 0) {
          int r = runOf[q];
          digit[q] = Character.digit(s.digits.get(r).charAt(q - startOf[r]), 10);
          sum += digit[q];
          value = after < 18 ? value + digit[q] * TEN[after] : -1;
          after++;
          valueFrom[q] = value;
        }
        digitSumFrom[q] = sum;
      }
      int end = points - 2; // the last run's end
      int lastRun = startOf[startOf.length - 2];
      tailAt = new int[points + 1];
      int size = 0;
      for (int p = 0; p < points; p++) {
        tailAt[p] = size;
        for (int b = end; maxLength[p] > 0 && b >= Math.max(p, lastRun) && end - b <= MAX_DIGITS;
            b--) {
          size += end - b > 1 && digit[b] == 0 ? 0 : 2; // no count starts with 0
        }
      }
      tailAt[points] = size;
      tailBounds = new long[size];
      for (int p = 0; p < points; p++) {
        int i = tailAt[p];
        for (int b = end; maxLength[p] > 0 && b >= Math.max(p, lastRun) && end - b <= MAX_DIGITS;
            b--) {
          int t = end - b;
          if (t > 1 && digit[b] == 0) {
            continue;
          }
          long total = t == 0 ? 0 : valueFrom[b];
          tailBounds[i++] = digitsLeft[p] > 18 ? Long.MIN_VALUE : total - valueFrom[p] / TEN[t];
          tailBounds[i++] = total - (digitSumFrom[p] - digitSumFrom[b]);
        }
      }
    }

    /**
     * {@link RowEquations.Linear#possible} on the sums kept; the identity of {@link Plan#tail}
     * left out from {@link Plan#tailFrom} on, where {@link #tailPossible} has allowed it: the last
     * cell's digits and the digits before it are among the digits left, so their values are at
     * most the value of those as one number, and its bound holds.
     */
    private boolean possible(int filled, long rest, boolean signed) {
      int tail = filled >= ids.plan.tailFrom ? ids.plan.tail : Plan.NONE;
      for (int k = 0; k < sums.length; k++) {
        if (last[k] < filled || k == tail) {
          continue;
        }
        long fixed = sums[k];
        long most = fixed + (signed ? up[k][filled] + down[k][filled] : up[k][filled]) * rest;
        long least = fixed - (signed ? up[k][filled] + down[k][filled] : down[k][filled]) * rest;
        if (most < 0 || least > 0) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * How many steps the budgeted search takes when every check passes (at most {@link #BUDGET} +
   * 1): more than any search of these runs takes. Counted from the end backwards, for each
   * position in the runs and number of cells filled: one step, plus those of a blank cell and of
   * each length of digits a cell can take there.
   */
  private long unpruned(int n) {
    int width = n + 1;
    int runs = digits.size();
    int[] start = new int[runs + 1]; // the first point of each run, then the end
    for (int r = 0; r < runs; r++) {
      start[r + 1] = start[r] + digits.get(r).length() + 1;
    }
    long[] table = new long[(start[runs] + 1) * width]; // by point, then cells filled
    int end = start[runs] * width;
    table[end + n] = 1;
    for (int filled = n - 1; filled >= 0; filled--) {
      table[end + filled] = Math.min(1 + table[end + filled + 1], BUDGET + 1);
    }
    for (int r = runs - 1; r >= 0; r--) {
      String d = digits.get(r);
      int length = d.length();
      int runsLeft = runs - r;
      int first = start[r];
      for (int filled = 0; filled <= n; filled++) {
        table[(first + length) * width + filled] =
            Math.min(1 + table[start[r + 1] * width + filled], BUDGET + 1);
      }
      for (int at = length - 1; at >= 0; at--) {
        int maxLength = d.charAt(at) == '0' ? 1 : Math.min(MAX_DIGITS, length - at);
        long digitsLeft = digitsFrom[r] - at;
        int here = (first + at) * width;
        for (int filled = n; filled >= 0; filled--) {
          int cellsLeft = n - filled;
          long steps = 1;
          if (cellsLeft >= runsLeft && (long) cellsLeft * MAX_DIGITS >= digitsLeft) {
            if (cellsLeft > runsLeft) {
              steps += table[here + filled + 1];
            }
            for (int len = 1; len <= maxLength; len++) {
              steps += table[here + len * width + filled + 1];
            }
          }
          table[here + filled] = Math.min(steps, BUDGET + 1);
        }
      }
    }
    unprunedSteps = table;
    return table[0];
  }

  /**
   * The steps of {@link #unpruned(int)} from each point of the runs (numbered as in {@link Fast})
   * and number of cells filled: at least the steps the budgeted search takes from there, whatever
   * the cells filled before.
   */
  private long[] unprunedSteps;

  /** {@link #unpruned(int)} of these runs (each may start with a sign) for {@code n} cells. */
  static long unpruned(List<String> runs, int n) {
    return new Splits(runs, true, null).unpruned(n);
  }

  /** The fewest cells that can take the digits of runs r.. from each position; their values. */
  private int[][] fewestCells;
  private long[][] restValue;
  private boolean[] signedFrom;

  private void prepare() {
    int runs = digits.size();
    fewestCells = new int[runs + 1][];
    restValue = new long[runs + 1][];
    signedFrom = new boolean[runs + 1];
    fewestCells[runs] = new int[] {0};
    restValue[runs] = new long[] {0};
    for (int r = runs - 1; r >= 0; r--) {
      String d = digits.get(r);
      int[] fewest = new int[d.length() + 1];
      long[] value = new long[d.length() + 1];
      fewest[d.length()] = fewestCells[r + 1][0];
      value[d.length()] = restValue[r + 1][0];
      long place = 1;
      for (int i = d.length() - 1; i >= 0; i--) {
        int maxLength = d.charAt(i) == '0' ? 1 : Math.min(MAX_DIGITS, d.length() - i);
        int best = Integer.MAX_VALUE;
        for (int len = 1; len <= maxLength; len++) {
          best = Math.min(best, fewest[i + len]);
        }
        fewest[i] = best == Integer.MAX_VALUE ? best : best + 1;
        // value[i]: the run's digits from i as one number, plus the later runs, capped
        long v = value[i + 1] + place * Character.digit(d.charAt(i), 10);
        value[i] = place >= UNBOUNDED || v >= UNBOUNDED ? UNBOUNDED : v;
        place = place >= UNBOUNDED ? UNBOUNDED : place * 10;
      }
      fewestCells[r] = fewest;
      restValue[r] = value;
      signedFrom[r] = negative[r] || signedFrom[r + 1];
    }
  }

  /** The search of {@link #split}, pruned, without a budget (it cannot exceed it). */
  private boolean pruned(int run, int at, long[] acc, int filled, Bound bound) {
    if (run < digits.size() && at == digits.get(run).length()) {
      return pruned(run + 1, 0, acc, filled, bound);
    }
    int cellsLeft = acc.length - filled;
    if (run == digits.size()) {
      if (cellsLeft > 0) {
        acc[filled] = BLANK;
        return !check.ok(acc, filled + 1) || pruned(run, at, acc, filled + 1, bound);
      }
      if (out.size() >= LIMIT) {
        return false;
      }
      out.add(acc.clone());
      return true;
    }
    int runsLeft = digits.size() - run;
    if (cellsLeft < fewestCells[run][at]) {
      return true; // the digits left need more cells than are left
    }
    long rest = restValue[run][at];
    if (rest < UNBOUNDED
        && !bound.possible(acc, filled, rest, (negative[run] && at == 0) || signedFrom[run + 1])) {
      return true;
    }
    if (cellsLeft > runsLeft) {
      acc[filled] = BLANK;
      if (check.ok(acc, filled + 1) && !pruned(run, at, acc, filled + 1, bound)) {
        return false;
      }
    }
    String d = digits.get(run);
    int maxLength = d.charAt(at) == '0' ? 1 : Math.min(MAX_DIGITS, d.length() - at);
    long value = 0;
    for (int len = 1; len <= maxLength; len++) {
      value = value * 10 + Character.digit(d.charAt(at + len - 1), 10);
      acc[filled] = negative[run] && at == 0 ? -value : value;
      if (check.ok(acc, filled + 1) && !pruned(run, at + len, acc, filled + 1, bound)) {
        return false;
      }
    }
    return true;
  }

  /** Every assignment without blank cells that no check rejects. */
  static List<long[]> of(List<String> runs, int n) {
    return of(runs, n, false, (acc, filled) -> true);
  }

  private boolean split(int run, int at, long[] acc, int filled) {
    if (++steps > BUDGET) {
      return false;
    }
    if (run < digits.size() && at == digits.get(run).length()) {
      return split(run + 1, 0, acc, filled);
    }
    int cellsLeft = acc.length - filled;
    if (run == digits.size()) {
      if (cellsLeft > 0) {
        if (!blanks) {
          return true;
        }
        acc[filled] = BLANK;
        return !check.ok(acc, filled + 1) || split(run, at, acc, filled + 1);
      }
      if (out.size() >= LIMIT) {
        return false;
      }
      out.add(acc.clone());
      return true;
    }
    int digitsLeft = digitsFrom[run] - at;
    int runsLeft = digits.size() - run;
    if (cellsLeft < runsLeft || (long) cellsLeft * MAX_DIGITS < digitsLeft) {
      return true; // too few cells for the runs, or too many digits for the cells
    }
    if (!blanks && cellsLeft > digitsLeft) {
      return true; // not enough digits for the cells
    }
    if (blanks && cellsLeft > runsLeft) {
      acc[filled] = BLANK;
      if (check.ok(acc, filled + 1) && !split(run, at, acc, filled + 1)) {
        return false;
      }
    }
    String d = digits.get(run);
    int maxLength = d.charAt(at) == '0' ? 1 : Math.min(MAX_DIGITS, d.length() - at);
    long value = 0;
    for (int len = 1; len <= maxLength; len++) {
      value = value * 10 + Character.digit(d.charAt(at + len - 1), 10);
      acc[filled] = negative[run] && at == 0 ? -value : value;
      if (check.ok(acc, filled + 1) && !split(run, at + len, acc, filled + 1)) {
        return false;
      }
    }
    return true;
  }
}
