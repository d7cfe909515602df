package io.github.ogireport.json;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a document may hold beyond its shape, the same on writing, on reading and in the published
 * schemas: the length of a text, whole characters only (no lone surrogate), a valid calendar date,
 * a report year from 2019 to 9999.
 */
final class Limits {
  private Limits() {}

  /** The most characters (Unicode code points) a text of a document has. */
  static final int MAX_TEXT = 10_000_000;

  /** The first and last report year a document can hold. */
  static final int MIN_YEAR = 2019;

  static final int MAX_YEAR = 9999;

  /**
   * A date of the proleptic Gregorian calendar written {@code yyyy-mm-dd}, years 0000 to 9999,
   * February 29 only in leap years: the schema's pattern, without anchors.
   */
  static final String DATE =
      "(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
          + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
          + "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
          + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)";

  private static final Pattern DATE_PATTERN = Pattern.compile(DATE);

  /** Text without lone surrogates, as a schema pattern: every code point outside D800–DFFF. */
  static final String WHOLE_CHARACTERS = "^[^\\ud800-\\udfff]*$";

  /**
   * What is wrong with a text of a document, if anything.
   *
   * @param text the text
   * @return the problem, or empty
   */
  static Optional<String> textProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else {
        return Optional.of(
            String.format(
                "the text has a lone surrogate U+%04X at character %d, which no UTF-8 document can"
                    + " hold",
                (int) c,
                i));
      }
    }
    if (text.length() > MAX_TEXT && text.codePointCount(0, text.length()) > MAX_TEXT) {
      return Optional.of(
          "the text has "
              + text.codePointCount(0, text.length())
              + " characters; a text of a document has at most "
              + MAX_TEXT);
    }
    return Optional.empty();
  }

  /** Whether a text is a date as the schema states it. */
  static boolean isDate(String text) {
    return text.length() == 10 && DATE_PATTERN.matcher(text).matches();
  }
}
