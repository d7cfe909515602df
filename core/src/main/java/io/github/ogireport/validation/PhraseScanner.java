package io.github.ogireport.validation;

import java.util.BitSet;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern in a text as {@link Matcher#find()} does, but tries a match only
 * at the characters that can start one. Which characters can is read from the pattern's source
 * once: literals, {@code \d}, {@code \s}, character classes and {@code .} (taken as any
 * character), groups, alternations and quantifiers; a pattern with anything else (an anchor, a
 * look-around, a flag) is searched with {@code find()} alone. The
 * match at each tried position is the one {@code find()} gives there: the region is matched with
 * transparent, non-anchoring bounds.
 */
final class PhraseScanner {
  private final Pattern pattern;
  /** The characters that can start a match, or null when every position must be tried. */
  private final BitSet starts;

  PhraseScanner(Pattern pattern) {
    this.pattern = pattern;
    this.starts = pattern.flags() == 0 ? FirstChars.of(pattern.pattern()) : null;
  }

  /** Whether the pattern's first characters are known, so that only some positions are tried. */
  boolean filters() {
    return starts != null;
  }

  /**
   * Every match in the text, in order, as {@link Matcher#find()} finds them.
   *
   * @param text the text
   * @param each what to do with each match
   */
  void matches(String text, Consumer<MatchResult> each) {
    if (starts == null) {
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
      if (!starts.get(text.charAt(i))) {
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

  /**
   * The first characters of a pattern's matches, read from its source: a small recursive-descent
   * reading of the constructs the quoted-figure phrases use.
   */
  private static final class FirstChars {
    private final String p;
    private int at;

    private FirstChars(String p) {
      this.p = p;
    }

    /** The set, or null when the pattern uses something this reading does not know. */
    static BitSet of(String source) {
      FirstChars f = new FirstChars(source);
      try {
        Part all = f.alternation();
        return f.at == source.length() && !all.nullable ? all.first : null;
      } catch (IllegalArgumentException unknown) {
        return null;
      }
    }

    /** The first characters of a part and whether it can match the empty text. */
    private record Part(BitSet first, boolean nullable) {}

    private Part alternation() {
      BitSet first = new BitSet();
      boolean nullable = false;
      while (true) {
        Part s = sequence();
        first.or(s.first);
        nullable |= s.nullable;
        if (at < p.length() && p.charAt(at) == '|') {
          at++;
        } else {
          return new Part(first, nullable);
        }
      }
    }

    private Part sequence() {
      BitSet first = new BitSet();
      boolean nullable = true;
      while (at < p.length() && p.charAt(at) != '|' && p.charAt(at) != ')') {
        Part atom = atom();
        boolean optional = quantifier();
        if (nullable) {
          first.or(atom.first);
        }
        nullable &= optional || atom.nullable;
      }
      return new Part(first, nullable);
    }

    private Part atom() {
      char c = p.charAt(at++);
      BitSet set = new BitSet();
      switch (c) {
        case '(' -> {
          if (p.startsWith("?:", at)) {
            at += 2;
          } else if (at < p.length() && p.charAt(at) == '?') {
            throw new IllegalArgumentException("a group construct");
          }
          Part inner = alternation();
          if (at >= p.length() || p.charAt(at++) != ')') {
            throw new IllegalArgumentException("an open group");
          }
          return inner;
        }
        case '\\' -> {
          char e = p.charAt(at++);
          if (e == 'd') {
            set.set('0', '9' + 1);
          } else if (e == 's') {
            " \t\n\u000B\f\r".chars().forEach(set::set);
          } else if (!Character.isLetterOrDigit(e)) {
            set.set(e);
          } else {
            throw new IllegalArgumentException("an escape");
          }
        }
        case '[' -> {
          // Any character, as far as the first characters go; the class only has to end.
          if (at < p.length() && p.charAt(at) == '^') {
            at++;
          }
          if (at < p.length() && p.charAt(at) == ']') {
            at++;
          }
          while (at < p.length() && p.charAt(at) != ']') {
            char k = p.charAt(at++);
            if (k == '[' || (k == '&' && at < p.length() && p.charAt(at) == '&')) {
              throw new IllegalArgumentException("a nested class");
            }
            if (k == '\\') {
              at++;
            }
          }
          if (at++ >= p.length()) {
            throw new IllegalArgumentException("an open class");
          }
          set.set(0, Character.MAX_VALUE + 1);
        }
        case '.' -> set.set(0, Character.MAX_VALUE + 1);
        case '^', '$', '*', '+', '?', '{', ')', '|' ->
            throw new IllegalArgumentException("a construct");
        default -> set.set(c);
      }
      return new Part(set, false);
    }

    /** Reads a quantifier, if any; whether it allows no repetition. */
    private boolean quantifier() {
      if (at >= p.length()) {
        return false;
      }
      boolean optional;
      char c = p.charAt(at);
      if (c == '?' || c == '*') {
        optional = true;
        at++;
      } else if (c == '+') {
        optional = false;
        at++;
      } else if (c == '{') {
        int close = p.indexOf('}', at);
        if (close < 0) {
          throw new IllegalArgumentException("an open quantifier");
        }
        String min = p.substring(at + 1, close).split(",", -1)[0].trim();
        if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) {
          throw new IllegalArgumentException("a quantifier");
        }
        optional = Integer.parseInt(min) == 0;
        at = close + 1;
      } else {
        return false;
      }
      if (at < p.length() && (p.charAt(at) == '?' || p.charAt(at) == '+')) {
        at++; // lazy or possessive: the same first characters
      }
      return optional;
    }
  }
}
