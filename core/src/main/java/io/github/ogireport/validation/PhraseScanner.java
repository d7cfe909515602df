package io.github.ogireport.validation;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern in a text as {@link Matcher#find()} does, but tries a match only
 * at the characters that can start one. Which characters can is learned from the pattern itself,
 * once per character: a one-character input that the pattern neither matches nor would match with
 * more input ({@link Matcher#hitEnd()}) cannot start a match. The match at each tried position is
 * the one {@code find()} gives there: the region is matched with transparent, non-anchoring bounds.
 */
final class PhraseScanner {
  private static final byte UNKNOWN = 0;
  private static final byte CANNOT_START = 1;
  private static final byte CAN_START = 2;

  private final Pattern pattern;
  /** What each BMP character can do, learned lazily (a race only learns a character twice). */
  private final byte[] starts = new byte[Character.MAX_VALUE + 1];

  private final boolean matchesEmpty;

  PhraseScanner(Pattern pattern) {
    this.pattern = pattern;
    this.matchesEmpty = pattern.matcher("").lookingAt();
  }

  private boolean canStart(char ch) {
    byte known = starts[ch];
    if (known == UNKNOWN) {
      if (Character.isSurrogate(ch)) {
        known = CAN_START;
      } else {
        Matcher probe = pattern.matcher(String.valueOf(ch));
        known = probe.lookingAt() || probe.hitEnd() ? CAN_START : CANNOT_START;
      }
      starts[ch] = known;
    }
    return known == CAN_START;
  }

  /**
   * Every match in the text, in order, as {@link Matcher#find()} finds them.
   *
   * @param text the text
   * @param each what to do with each match
   */
  void matches(String text, Consumer<MatchResult> each) {
    if (matchesEmpty) { // every position can start a match
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        each.accept(m);
      }
      return;
    }
    Matcher m = null;
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!canStart(text.charAt(i))) {
        i++;
        continue;
      }
      if (m == null) {
        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(i, length);
      if (m.lookingAt()) {
        each.accept(m);
        i = m.end();
      } else {
        i++;
      }
    }
  }
}
