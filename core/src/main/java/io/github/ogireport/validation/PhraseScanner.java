package io.github.ogireport.validation;

import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of some patterns in a text as {@link Matcher#find()} finds each pattern's, in
 * one pass, trying a pattern only at the positions where one of its matches can start: where the
 * character can be the first of a match and the next character can be the second (or a match can
 * be one character long). Which characters can is read from the pattern's source once: literals,
 * {@code \d}, {@code \s}, character classes of characters, ranges and those escapes, {@code .}
 * (taken as any character), groups, alternations and quantifiers; a pattern with anything else (an
 * anchor, a look-around, another escape or class, a flag) is searched with
 * {@code find()} alone. The match at each tried position is the one {@code find()} gives there: the
 * region is matched with transparent, non-anchoring bounds, and a pattern's next match is looked
 * for from the end of its last, as {@code find()} does.
 */
final class PhraseScanner {
  private final Pattern[] patterns;
  /** For each pattern, the characters that can start a match, or null to try every position. */
  private final BitSet[] starts;
  /** For each filtered pattern, the characters that can be the second of a match. */
  private final BitSet[] seconds;
  /** For each filtered pattern, whether a match can be one character long. */
  private final boolean[] short1;
  /** The characters that can start a match of any filtered pattern. */
  private final BitSet anyStart = new BitSet();
  /** The characters that can be the second of a match of any filtered pattern. */
  private final BitSet anySecond = new BitSet();
  /** Whether a match of some filtered pattern can be one character long. */
  private final boolean anyShort;

  PhraseScanner(List<Pattern> patterns) {
    this.patterns = patterns.toArray(new Pattern[0]);
    this.starts = new BitSet[this.patterns.length];
    this.seconds = new BitSet[this.patterns.length];
    this.short1 = new boolean[this.patterns.length];
    boolean shortMatch = false;
    for (int q = 0; q < starts.length; q++) {
      Pattern p = this.patterns[q];
      FirstChars.Part part = p.flags() == 0 ? FirstChars.of(p.pattern()) : null;
      if (part != null) {
        starts[q] = part.first();
        seconds[q] = part.second();
        short1[q] = part.one();
        anyStart.or(part.first());
        anySecond.or(part.second());
        shortMatch |= part.one();
      }
    }
    this.anyShort = shortMatch;
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
    Matcher[] matchers = null;
    int[] next = null;
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
      int after = i + 1 < length ? text.charAt(i + 1) : -1;
      boolean second = after >= 0 && anySecond.get(after);
      if (!second && !anyShort) {
        continue;
      }
      for (int q = 0; q < patterns.length; q++) {
        if (!wanted[q]
            || starts[q] == null
            || !starts[q].get(ch)
            || !(short1[q] || (second && seconds[q].get(after)))) {
          continue;
        }
        if (matchers == null) {
          matchers = new Matcher[patterns.length];
          next = new int[patterns.length];
        }
        if (i < next[q]) {
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
   * What a pattern's matches can begin with, read from its source: a small recursive-descent
   * reading of the constructs the quoted-figure phrases use. Every set may hold more characters
   * than the pattern can really match there (a class it does not read is taken as any character),
   * never fewer, so that no match is missed.
   */
  private static final class FirstChars {
    /** The low surrogates: the second character of a code point beyond the basic plane. */
    private static final BitSet LOW_SURROGATES = new BitSet();

    static {
      LOW_SURROGATES.set(Character.MIN_LOW_SURROGATE, Character.MAX_LOW_SURROGATE + 1);
    }

    private final String p;
    private int at;

    private FirstChars(String p) {
      this.p = p;
    }

    /** The part the whole pattern is, or null when it uses something this reading does not know. */
    static Part of(String source) {
      for (int k = 0; k < source.length(); k++) {
        if (Character.isSurrogate(source.charAt(k))) {
          return null; // a code point beyond the basic plane: one atom of two chars
        }
      }
      FirstChars f = new FirstChars(source);
      try {
        Part all = f.alternation();
        // A pattern that matches the empty text can start anywhere: it is not filtered.
        return f.at == source.length() && !all.nullable ? all : null;
      } catch (IllegalArgumentException | IndexOutOfBoundsException unknown) {
        return null;
      }
    }

    /**
     * What the matches of a part can be like.
     *
     * @param first the characters a non-empty match can start with
     * @param second the characters that can come second in a match of two characters or more
     * @param nullable whether the part can match the empty text
     * @param one whether the part can match one character
     */
    record Part(BitSet first, BitSet second, boolean nullable, boolean one) {
      /** The part that matches the empty text only. */
      static Part empty() {
        return new Part(new BitSet(), new BitSet(), true, false);
      }

      /** This part followed by another. */
      Part then(Part next) {
        BitSet f = (BitSet) first.clone();
        BitSet s = (BitSet) second.clone();
        if (nullable) {
          f.or(next.first);
          s.or(next.second);
        }
        if (one) {
          s.or(next.first);
        }
        return new Part(
            f, s, nullable && next.nullable, (one && next.nullable) || (nullable && next.one));
      }

      /** This part or another. */
      Part or(Part other) {
        BitSet f = (BitSet) first.clone();
        BitSet s = (BitSet) second.clone();
        f.or(other.first);
        s.or(other.second);
        return new Part(f, s, nullable || other.nullable, one || other.one);
      }

      /** This part repeated, at least once or (when optional) not at all. */
      Part repeated(boolean optional) {
        BitSet s = (BitSet) second.clone();
        if (one) {
          s.or(first); // one character, then the next repetition's first
        }
        return new Part(first, s, nullable || optional, one);
      }
    }

    private Part alternation() {
      Part all = null;
      while (true) {
        Part s = sequence();
        all = all == null ? s : all.or(s);
        if (at < p.length() && p.charAt(at) == '|') {
          at++;
        } else {
          return all;
        }
      }
    }

    private Part sequence() {
      Part sequence = Part.empty();
      while (at < p.length() && p.charAt(at) != '|' && p.charAt(at) != ')') {
        Part atom = atom();
        int quantified = quantifier();
        if (quantified != NONE) {
          atom = atom.repeated(quantified == OPTIONAL);
        }
        sequence = sequence.then(atom);
      }
      return sequence;
    }

    /** One character of a set; {@code wide} when it can be a code point beyond the basic plane. */
    private static Part character(BitSet set, boolean wide) {
      return new Part(set, wide ? (BitSet) LOW_SURROGATES.clone() : new BitSet(), false, true);
    }

    private static BitSet anyCharacter() {
      BitSet set = new BitSet();
      set.set(0, Character.MAX_VALUE + 1);
      return set;
    }

    private Part atom() {
      char c = p.charAt(at++);
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
          BitSet set = new BitSet();
          escape(p.charAt(at++), set);
          return character(set, false);
        }
        case '[' -> {
          return characterClass();
        }
        case '.' -> {
          return character(anyCharacter(), true);
        }
        case '^', '$', '*', '+', '?', '{', ')', '|' ->
            throw new IllegalArgumentException("a construct");
        default -> {
          BitSet set = new BitSet();
          set.set(c);
          return character(set, false);
        }
      }
    }

    /** Adds the characters of an escape ({@code \d}, {@code \s} or a quoted symbol) to a set. */
    private static void escape(char e, BitSet set) {
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

    /**
     * A character class made of characters, ranges and the escapes {@link #escape} reads, negated
     * or not.
     */
    private Part characterClass() {
      boolean negated = at < p.length() && p.charAt(at) == '^';
      if (negated) {
        at++;
      }
      if (at < p.length() && p.charAt(at) == ']') {
        throw new IllegalArgumentException("a class that begins with ]");
      }
      BitSet set = new BitSet();
      while (at < p.length() && p.charAt(at) != ']') {
        char k = p.charAt(at++);
        if (k == '[' || (k == '&' && at < p.length() && p.charAt(at) == '&')) {
          throw new IllegalArgumentException("a nested class");
        }
        if (k == '\\') {
          escape(p.charAt(at++), set);
        } else if (at + 1 < p.length() && p.charAt(at) == '-' && p.charAt(at + 1) != ']') {
          char to = p.charAt(at + 1);
          at += 2;
          if (to == '\\' || to == '[' || to < k) {
            throw new IllegalArgumentException("a range");
          }
          set.set(k, to + 1);
        } else {
          set.set(k);
        }
      }
      if (at++ >= p.length()) {
        throw new IllegalArgumentException("an open class");
      }
      if (negated) {
        set.flip(0, Character.MAX_VALUE + 1);
      }
      return character(set, negated);
    }

    private static final int NONE = 0;
    private static final int OPTIONAL = 1;
    private static final int REPEATED = 2;

    /** Reads a quantifier, if any: {@link #NONE}, {@link #OPTIONAL} or {@link #REPEATED}. */
    private int quantifier() {
      if (at >= p.length()) {
        return NONE;
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
        return NONE;
      }
      if (at < p.length() && (p.charAt(at) == '?' || p.charAt(at) == '+')) {
        at++; // lazy or possessive: the same characters
      }
      return optional ? OPTIONAL : REPEATED;
    }
  }
}
