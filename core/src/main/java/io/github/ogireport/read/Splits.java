package io.github.ogireport.read;

import java.util.ArrayList;
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
   * How many steps the budgeted search takes when every check passes (at most {@link #BUDGET} +
   * 1): more than any search of these runs takes.
   */
  private long unpruned(int n) {
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
      } else if (cellsLeft >= runsLeft && (long) cellsLeft * MAX_DIGITS >= digitsFrom[run] - at) {
        if (cellsLeft > runsLeft) {
          s += steps(run, at, filled + 1, n, memo);
        }
        String d = digits.get(run);
        int maxLength = d.charAt(at) == '0' ? 1 : Math.min(MAX_DIGITS, d.length() - at);
        for (int len = 1; len <= maxLength && s <= BUDGET; len++) {
          s += steps(run, at + len, filled + 1, n, memo);
        }
      }
    }
    s = Math.min(s, BUDGET + 1);
    memo[run][key] = s;
    return s;
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
