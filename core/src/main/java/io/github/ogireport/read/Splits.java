package io.github.ogireport.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways to split runs of digits printed without separators into a given number of counts, for
 * example {@code "640020470"} into seven: 64|0|0|2|0|4|70, 6|4|0|0|20|4|70 and many more. A count
 * has no leading zero unless it is 0. A run may start with a sign, which belongs to its first
 * count. The identities then choose among them.
 */
final class Splits {
  /** More candidates than this and the run is unreadable: no identity would choose among them. */
  static final int LIMIT = 20_000;

  private Splits() {}

  /**
   * Every split of the runs (each run kept apart, as white space separated them) into exactly
   * {@code n} counts, or {@code null} when there are more than {@link #LIMIT}.
   */
  static List<long[]> of(List<String> runs, int n) {
    List<long[]> out = new ArrayList<>();
    boolean ok = split(runs, 0, 0, new long[n], 0, out);
    return ok ? out : null;
  }

  private static boolean split(
      List<String> runs, int run, int at, long[] acc, int filled, List<long[]> out) {
    if (run == runs.size()) {
      if (filled == acc.length) {
        if (out.size() >= LIMIT) {
          return false;
        }
        out.add(acc.clone());
      }
      return true;
    }
    String printed = runs.get(run);
    boolean negative = printed.startsWith("-");
    String digits = printed.startsWith("-") || printed.startsWith("+") ? printed.substring(1) : printed;
    if (at == digits.length()) {
      return split(runs, run + 1, 0, acc, filled, out);
    }
    if (filled == acc.length) {
      return true;
    }
    int remainingDigits = digits.length() - at;
    for (int r = run + 1; r < runs.size(); r++) {
      remainingDigits += runs.get(r).replaceFirst("^[+-]", "").length();
    }
    int remainingRuns = runs.size() - run;
    if (acc.length - filled > remainingDigits || acc.length - filled < remainingRuns) {
      return true; // not enough digits left, or too few counts left for the runs
    }
    int maxLength = digits.charAt(at) == '0' ? 1 : Math.min(18, digits.length() - at);
    for (int len = 1; len <= maxLength; len++) {
      long value = Long.parseLong(digits.substring(at, at + len));
      acc[filled] = negative && at == 0 ? -value : value;
      if (!split(runs, run, at + len, acc, filled + 1, out)) {
        return false;
      }
    }
    return true;
  }
}
