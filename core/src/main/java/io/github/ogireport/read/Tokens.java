package io.github.ogireport.read;

import io.github.ogireport.template.MoneyUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cells stage's vocabulary: what a number, a blank mark and a footnote mark look like in
 * printed text, and where a row's text ends (a paragraph, a section heading). Patterns are compiled
 * once; none of them backtracks on a long input.
 */
final class Tokens {
  private Tokens() {}

  /**
   * The printed unit symbols of money ({@link MoneyUnit#symbol()}), in declaration order, that may
   * follow a number.
   */
  private static final List<String> UNITS =
      java.util.Arrays.stream(MoneyUnit.values()).map(MoneyUnit::symbol).filter(u -> !u.isEmpty()).toList();

  /** The first character of each of {@link #UNITS}: a unit can follow a number only there. */
  private static final String UNIT_STARTS =
      UNITS.stream().map(u -> u.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

  /**
   * Where the next number printed in a text starts, at or after {@code from}, or -1. A number is
   * signed or not, with thousands separators or decimals ({@code [+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?}),
   * with no digit, point, comma or sign glued before it, except that a sign right after a digit
   * starts a new number ("0-1" is 0 and -1, as a flattened page prints 本年增/减); a unit of money
   * may follow, and no digit. One linear scan, no backtracking: {@link #numberEnd} gives its end.
   */
  static int nextNumber(String text, int from) {
    for (int s = from; s < text.length(); s++) {
      char c = text.charAt(s);
      // Only a digit or a sign starts a number: other characters are passed over at once.
      if ((isDigit(c) || c == '+' || c == '-') && numberEnd(text, s) >= 0) {
        return s;
      }
    }
    return -1;
  }

  /** Where the number starting at {@code s} ends (exclusive), or -1 when none starts there. */
  static int numberEnd(String text, int s) {
    int n = text.length();
    char c = text.charAt(s);
    boolean afterDigit = s > 0 && isDigit(text.charAt(s - 1));
    boolean glued = s > 0 && ".,+-".indexOf(text.charAt(s - 1)) >= 0;
    int p;
    if (isDigit(c)) {
      if (afterDigit || glued) {
        return -1;
      }
      p = s;
    } else if (c == '+' || c == '-') {
      if (!afterDigit && glued) {
        return -1;
      }
      p = s + 1;
    } else {
      return -1;
    }
    int r = digitsFrom(text, p);
    if (r == 0) {
      return -1;
    }
    int end = -1;
    if (r <= 3) {
      // Thousands groups, as many as are printed, fewer when a digit follows the last.
      int groups = 0;
      int q = p + r;
      while (q + 4 * groups + 3 < n && text.charAt(q + 4 * groups) == ','
          && digitsFrom(text, q + 4 * groups + 1) >= 3) {
        groups++;
      }
      for (int g = groups; g >= 1 && end < 0; g--) {
        int e = q + 4 * g;
        int decimals = e + 1 < n && text.charAt(e) == '.' ? digitsFrom(text, e + 1) : 0;
        if (decimals > 0) {
          end = e + 1 + decimals;
        } else if (e == n || !isDigit(text.charAt(e))) {
          end = e;
        }
      }
    }
    if (end < 0) {
      int e = p + r;
      int decimals = e + 1 < n && text.charAt(e) == '.' ? digitsFrom(text, e + 1) : 0;
      end = decimals > 0 ? e + 1 + decimals : e;
    }
    if (end == n || UNIT_STARTS.indexOf(text.charAt(end)) < 0) {
      return end; // no unit starts there
    }
    for (String unit : UNITS) {
      int u = end + unit.length();
      if (text.startsWith(unit, end) && (u == n || !isDigit(text.charAt(u)))) {
        return u;
      }
    }
    return end;
  }

  /** How many ASCII digits stand from {@code k} on. */
  private static int digitsFrom(String text, int k) {
    int e = k;
    while (e < text.length() && isDigit(text.charAt(e))) {
      e++;
    }
    return e - k;
  }

  static final Set<String> BLANK_MARKS =
      Set.of("", "/", "／", "—", "——", "-", "－", "无", "\\", "空");

  /** The longest of {@link #BLANK_MARKS}. */
  private static final int BLANK_MARK_MAX = BLANK_MARKS.stream().mapToInt(String::length).max().orElse(0);

  /** The longest run of digits read as (part of) a row's numbers. */
  static final int MAX_DIGITS = 40;

  /**
   * Whether a character is a superscript or footnote mark (¹²³, U+2070–U+209F, the circled and
   * parenthesised numbers U+2460–U+24FF and U+2776–U+2793, ※†‡), kept apart from the number it
   * follows.
   */
  static boolean isFootnoteMark(char c) {
    return c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || (c >= '\u2070' && c <= '\u209f')
        || (c >= '\u2460' && c <= '\u24ff') || (c >= '\u2776' && c <= '\u2793')
        || c == '※' || c == '†' || c == '‡';
  }

  /** The text with every footnote mark ({@link #isFootnoteMark}) replaced, or left out when null. */
  static String replaceFootnoteMarks(String text, String by) {
    int k = 0;
    while (k < text.length() && !isFootnoteMark(text.charAt(k))) {
      k++;
    }
    if (k == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length()).append(text, 0, k);
    for (; k < text.length(); k++) {
      char c = text.charAt(k);
      if (isFootnoteMark(c)) {
        b.append(by);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The numbers printed in a text ({@link #nextNumber}). */
  static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    int s = nextNumber(text, 0);
    while (s >= 0) {
      int e = numberEnd(text, s);
      out.add(text.substring(s, e));
      s = nextNumber(text, e);
    }
    return out;
  }

  /**
   * Why the numbers of a row cannot be trusted, or null: a number longer than any count, or digits
   * that are part of no number ({@code 9,5}, {@code 1,2345}, a decimal wrapped as {@code .28}).
   */
  static String strayDigits(String raw, List<String> numbers) {
    int inNumbers = 0;
    for (String n : numbers) {
      int digits = 0;
      for (int k = 0; k < n.length(); k++) {
        if (Character.isDigit(n.charAt(k))) {
          digits++;
        }
      }
      if (digits > MAX_DIGITS) {
        return "a number of " + digits + " digits is longer than any count (at most " + MAX_DIGITS + ")";
      }
      inNumbers += digits;
    }
    int all = 0;
    for (int k = 0; k < raw.length(); k++) {
      if (Character.isDigit(raw.charAt(k))) {
        all++;
      }
    }
    return all == inNumbers ? null : "digits that are part of no number (a separator that does not group thousands, or a wrapped decimal)";
  }

  /**
   * The blank marks ("/", "—", "无" …) in the text between two numbers that stand on their own,
   * with white space (or the end of the row) on both sides: a "-" glued to digits is a sign.
   */
  static List<String> blankMarks(String gap, boolean atStart, boolean atEnd) {
    List<String> out = new ArrayList<>();
    blankMarks(gap, 0, gap.length(), atStart, atEnd, out);
    return out;
  }

  /**
   * Adds the blank marks of {@link #blankMarks(String, boolean, boolean)} in the gap {@code
   * text[from, to)} to {@code out}, without copying the gap.
   */
  static void blankMarks(String text, int from, int to, boolean atStart, boolean atEnd, List<String> out) {
    int k = from;
    while (k < to) {
      if (isSpace(text.charAt(k))) {
        k++;
        continue;
      }
      int start = k;
      while (k < to && !isSpace(text.charAt(k))) {
        k++;
      }
      // A token bounded by white space, or by the start or end of the row where those count.
      if ((start > from || atStart) && (k < to || atEnd) && k - start <= BLANK_MARK_MAX) {
        String token = text.substring(start, k);
        if (BLANK_MARKS.contains(token)) {
          out.add(token);
        }
      }
    }
  }

  /** White space as a pattern's {@code \s} sees it: {@code [ \t\n\x0B\f\r]}. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** An ASCII digit, as a pattern's {@code \d} sees it. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether a text is a sign (optional) and ASCII digits only, at least one. */
  static boolean isSignedDigits(String text) {
    int k = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    if (k == text.length()) {
      return false;
    }
    for (; k < text.length(); k++) {
      if (!isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text of a row up to the first line of running text after it (a paragraph or note printed
   * after a table has numbers of its own that are not the row's).
   */
  static String untilNarrative(String raw) {
    // The text up to the line break before the first narrative line after the first line.
    int lineBreak = raw.indexOf('\n');
    while (lineBreak >= 0) {
      int next = raw.indexOf('\n', lineBreak + 1);
      if (isNarrativeLine(raw, lineBreak + 1, next < 0 ? raw.length() : next)) {
        return raw.substring(0, lineBreak);
      }
      lineBreak = next;
    }
    return raw;
  }

  /**
   * The text of a row up to a section heading ({@code 四、…}, {@code 五、…}) printed after its numbers,
   * a heading that runs into the row when the heading itself was not recognised.
   */
  static String untilSectionHeading(String raw) {
    boolean digits = false;
    for (int k = 0; k + 1 < raw.length(); k++) {
      char c = raw.charAt(k);
      if (Character.isDigit(c)) {
        digits = true;
      } else if (digits && "一二三四五六".indexOf(c) >= 0 && raw.charAt(k + 1) == '、'
          && (k == 0 || !Character.isIdeographic(raw.charAt(k - 1)))) {
        return raw.substring(0, k);
      }
    }
    return raw;
  }

  /**
   * Whether the line {@code text[from, to)} is running text: a full stop and at least 20 Chinese
   * characters (one linear scan).
   */
  private static boolean isNarrativeLine(String text, int from, int to) {
    boolean stop = false;
    int han = 0;
    for (int k = from; k < to && (han < 20 || !stop); k++) {
      char c = text.charAt(k);
      if (c == '。') {
        stop = true;
      } else if (c >= '\u4e00' && c <= '\u9fff') {
        han++;
      }
    }
    return stop && han >= 20;
  }

  /** A count printed as a sign (optional) and at most 18 digits, after normalisation; else null. */
  static Long number(String text) {
    // A sign and ASCII digits are their own normal form.
    String n = isSignedDigits(text) ? text : Source.normalize(text);
    int signs = !n.isEmpty() && (n.charAt(0) == '+' || n.charAt(0) == '-') ? 1 : 0;
    int digits = n.length() - signs;
    if (digits < 1 || digits > 18 || !isSignedDigits(n)) {
      return null;
    }
    long v = 0;
    for (int k = signs; k < n.length(); k++) {
      v = v * 10 + (n.charAt(k) - '0');
    }
    return n.charAt(0) == '-' ? -v : v;
  }
}
