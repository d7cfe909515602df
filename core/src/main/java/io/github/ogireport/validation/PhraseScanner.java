package io.github.ogireport.validation;

import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of some patterns in a text as {@link Matcher#find()} finds each pattern's, in
 * one pass, trying a pattern only at the characters that can start one of its matches. Which
 * characters can is read from the pattern's source once: literals, {@code \d}, {@code \s},
 * character classes and {@code .} (taken as any character), groups, alternations and quantifiers;
 * a pattern with anything else (an anchor, a look-around, a flag) is searched with {@code find()}
 * alone. The match at each tried position is the one {@code find()} gives there: the region is
 * matched with transparent, non-anchoring bounds, and a pattern's next match is looked for from the
 * end of its last, as {@code find()} does.
 */
final class PhraseScanner {
  private final Pattern[] patterns;
  /** For each pattern, the characters that can start a match, or null to try every position. */
  private final BitSet[] starts;
  /** The characters that can start a match of any filtered pattern. */
  private final BitSet anyStart = new BitSet();

  PhraseScanner(List<Pattern> patterns) {
    this.patterns = patterns.toArray(new Pattern[0]);
    this.starts = new BitSet[this.patterns.length];
    for (int q = 0; q < starts.length; q++) {
      Pattern p = this.patterns[q];
      starts[q] = p.flags() == 0 ? FirstChars.of(p.pattern()) : null;
      if (starts[q] != null) {
        anyStart.or(starts[q]);
      }
    }
  }

  /** Whether a pattern's first characters are known, so that only some positions are tried. */
  boolean filters(int pattern) {
    return starts[pattern] != null;
  }

  /**
   * Every match of the wanted patterns in the text: each pattern's matches in order, as {@link
   * Matcher#find()} finds them (the matches of different patterns may come in any order).
   *
   * @param text the text
   * @param wanted which patterns to look for, by position
   * @param each what to do with each match, given the pattern's position and the match (valid
   *     during the call only)
   */
  void matches(String text, boolean[] wanted, BiConsumer<Integer, MatchResult> each) {
    Matcher[] matchers = new Matcher[patterns.length];
    int[] next = new int[patterns.length];
    boolean filtered = false;
    for (int q = 0; q < patterns.length; q++) {
      if (!wanted[q]) {
        continue;
      }
      if (starts[q] == null) {
        Matcher m = patterns[q].matcher(text);
        while (m.find()) {
          each.accept(q, m);
        }
      } else {
        filtered = true;
      }
    }
    if (!filtered) {
      return;
    }
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char ch = text.charAt(i);
      if (!anyStart.get(ch)) {
        continue;
      }
      for (int q = 0; q < patterns.length; q++) {
        if (!wanted[q] || starts[q] == null || i < next[q] || !starts[q].get(ch)) {
          continue;
        }
        Matcher m = matchers[q];
        if (m == null) {
          m = patterns[q].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          matchers[q] = m;
        }
        m.region(i, length);
        if (m.lookingAt() && m.end() > i) {
          each.accept(q, m);
          next[q] = m.end();
        }
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
        // A pattern that matches the empty text can start anywhere: it is not filtered.
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
