package io.github.ogireport.read;

import io.github.ogireport.template.MoneyUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells stage's vocabulary: what a number, a blank mark and a footnote mark look like in
 * printed text, and where a row's text ends (a paragraph, a section heading). Patterns are compiled
 * once; none of them backtracks on a long input.
 */
final class Tokens {
  private Tokens() {}

  /** A number as printed: signed, with thousands separators or decimals, and a unit of money. */
  static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

  /**
   * A number as printed: signed, with thousands separators or decimals, and a unit of money. A
   * sign right after a digit starts a new number ("0-1" is 0 and -1, as a flattened page prints
   * 本年增/减).
   */
  static final Pattern NUMBER =
      Pattern.compile(
          "((?<![\\d.,+-])[+-]?" + DIGITS + "|(?<=\\d)[+-]" + DIGITS + ")(" + MoneyUnit.symbolsPattern() + ")?(?![\\d])");

  static final Set<String> BLANK_MARKS =
      Set.of("", "/", "／", "—", "——", "-", "－", "无", "\\", "空");

  /** The longest run of digits read as (part of) a row's numbers. */
  static final int MAX_DIGITS = 40;

  /** Superscripts and footnote marks, kept apart from the numbers they follow. */
  static final Pattern FOOTNOTE_MARKS = Pattern.compile("[\u00b9\u00b2\u00b3\u2070-\u209f\u2460-\u24ff\u2776-\u2793※†‡]");

  /** The numbers printed in a text. */
  static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
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
    String[] tokens = gap.split("\\s+", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      boolean bounded = (i > 0 || atStart) && (i < tokens.length - 1 || atEnd);
      if (bounded && !tokens[i].isEmpty() && BLANK_MARKS.contains(tokens[i])) {
        out.add(tokens[i]);
      }
    }
    return out;
  }

  /**
   * The text of a row up to the first line of running text after it (a paragraph or note printed
   * after a table has numbers of its own that are not the row's).
   */
  static String untilNarrative(String raw) {
    String[] lines = raw.split("\n", -1);
    StringBuilder b = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      if (isNarrativeLine(lines[i])) {
        break;
      }
      b.append('\n').append(lines[i]);
    }
    return b.toString();
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

  /** A line of running text: a full stop and at least 20 Chinese characters (one linear scan). */
  static boolean isNarrativeLine(String line) {
    if (line.indexOf('。') < 0) {
      return false;
    }
    int han = 0;
    for (int k = 0; k < line.length() && han < 20; k++) {
      char c = line.charAt(k);
      if (c >= '\u4e00' && c <= '\u9fff') {
        han++;
      }
    }
    return han >= 20;
  }

  static Long number(String text) {
    String n = Source.normalize(text);
    if (!n.matches("[+-]?\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(n.startsWith("+") ? n.substring(1) : n);
  }
}
