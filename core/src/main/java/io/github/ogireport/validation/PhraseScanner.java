package io.github.ogireport.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of some patterns in a text as {@link Matcher#find()} finds each pattern's,
 * trying a pattern only at the positions where one of its matches can start: where the character
 * can be the first of a match and the next character can be the second (or a match can be one
 * character long) and, when every match holds a literal (see {@link Anchors}), near where that
 * literal occurs, found with {@link String#indexOf(String, int)}: a pattern whose literal is not in
 * the text is not tried at all. What a pattern's matches are like is read from its source once:
 * literals, {@code \d}, {@code \s}, character classes of characters, ranges and those escapes,
 * {@code .} (taken as any character), groups, alternations and quantifiers; a pattern with
 * anything else (an anchor, a look-around, another escape or class, a flag) is searched with
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
  /** For each filtered pattern, the literals its matches hold, or null to try every position. */
  private final Anchors[] anchors;
  /** Each anchored pattern's literals, one entry per literal of each alternative: the literal. */
  private final String[] entryWord;
  /** Each entry's pattern. */
  private final int[] entryPattern;
  /** What comes before each entry's literal in a match, read back to front. */
  private final Anchors.Step[][] entryBack;
  /** The first characters of the entries' literals, each once. */
  private final char[] firsts;
  /** For each of {@link #firsts}, the entries whose literal begins with it. */
  private final int[][] entriesOf;

  PhraseScanner(List<Pattern> patterns) {
    this.patterns = patterns.toArray(new Pattern[0]);
    this.starts = new BitSet[this.patterns.length];
    this.seconds = new BitSet[this.patterns.length];
    this.short1 = new boolean[this.patterns.length];
    this.anchors = new Anchors[this.patterns.length];
    for (int q = 0; q < starts.length; q++) {
      Pattern p = this.patterns[q];
      FirstChars.Part part = p.flags() == 0 ? FirstChars.of(p.pattern()) : null;
      if (part != null) {
        starts[q] = part.first();
        seconds[q] = part.second();
        short1[q] = part.one();
        anchors[q] = Anchors.of(p.pattern());
      }
    }
    List<String> words = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Anchors.Step[]> backs = new ArrayList<>();
    StringBuilder first = new StringBuilder();
    for (int q = 0; q < anchors.length; q++) {
      if (anchors[q] == null) {
        continue;
      }
      for (int b = 0; b < anchors[q].words.length; b++) {
        for (String word : anchors[q].words[b]) {
          words.add(word);
          owners.add(q);
          backs.add(anchors[q].before[b]);
          if (first.indexOf(word.substring(0, 1)) < 0) {
            first.append(word.charAt(0));
          }
        }
      }
    }
    entryWord = words.toArray(new String[0]);
    entryPattern = owners.stream().mapToInt(Integer::intValue).toArray();
    entryBack = backs.toArray(new Anchors.Step[0][]);
    firsts = first.toString().toCharArray();
    entriesOf = new int[firsts.length][];
    for (int f = 0; f < firsts.length; f++) {
      char c = firsts[f];
      entriesOf[f] =
          java.util.stream.IntStream.range(0, entryWord.length)
              .filter(e -> entryWord[e].charAt(0) == c)
              .toArray();
    }
  }

  /** Whether a pattern's first characters are known, so that only some positions are tried. */
  boolean filters(int pattern) {
    return starts[pattern] != null;
  }

  /** Whether a pattern is looked for only near the literals each of its matches holds. */
  boolean anchored(int pattern) {
    return anchors[pattern] != null;
  }

  /**
   * Every match of the wanted patterns in the text: pattern by pattern in their order, each
   * pattern's matches in order, as {@link Matcher#find()} finds them.
   *
   * @param text the text
   * @param wanted which patterns to look for, by position
   * @param each what to do with each match, given the pattern's position and the match (valid
   *     during the call only)
   */
  void matches(String text, boolean[] wanted, BiConsumer<Integer, MatchResult> each) {
    boolean anchoredWanted = false;
    for (int q = 0; q < patterns.length; q++) {
      anchoredWanted |= wanted[q] && anchors[q] != null;
    }
    // Where the wanted anchored patterns' literals occur: entry and position of each.
    long[] hits = anchoredWanted ? occurrences(text, wanted) : null;
    long[] candidates = null;
    Matcher shared = null; // one matcher for the anchored patterns, each in turn
    for (int q = 0; q < patterns.length; q++) {
      if (!wanted[q]) {
        continue;
      }
      if (starts[q] == null) {
        Matcher m = patterns[q].matcher(text);
        while (m.find()) {
          each.accept(q, m);
        }
      } else if (anchors[q] == null) {
        scan(text, q, each);
      } else {
        boolean any = false;
        for (int h = 1; h <= hits[0]; h++) {
          int e = (int) hits[h];
          if (entryPattern[e] != q) {
            continue;
          }
          if (candidates == null) {
            candidates = new long[(text.length() >> 6) + 1];
          } else if (!any) {
            java.util.Arrays.fill(candidates, 0L);
          }
          any |= Anchors.markBefore(text, (int) (hits[h] >>> 32), entryBack[e], candidates);
        }
        if (any) {
          shared = tryMarked(text, q, candidates, shared, each);
        }
      }
    }
  }

  /**
   * The occurrences of the wanted patterns' literals: element 0 holds their number, each next one
   * a position (high half) and an entry (low half). Each first character is looked for with
   * {@link String#indexOf(int, int)}, which is much faster than a loop over the characters.
   */
  private long[] occurrences(String text, boolean[] wanted) {
    long[] hits = new long[16];
    int found = 0;
    for (int f = 0; f < firsts.length; f++) {
      boolean any = false;
      for (int e : entriesOf[f]) {
        any |= wanted[entryPattern[e]];
      }
      if (!any) {
        continue;
      }
      for (int i = text.indexOf(firsts[f]); i >= 0; i = text.indexOf(firsts[f], i + 1)) {
        for (int e : entriesOf[f]) {
          if (wanted[entryPattern[e]] && text.startsWith(entryWord[e], i)) {
            if (++found == hits.length) {
              hits = java.util.Arrays.copyOf(hits, hits.length * 2);
            }
            hits[found] = ((long) i << 32) | e;
          }
        }
      }
    }
    hits[0] = found;
    return hits;
  }

  /** Whether a match of a filtered pattern can start at a position, told by its first two chars. */
  private boolean canStart(String text, int q, int i) {
    if (!starts[q].get(text.charAt(i))) {
      return false;
    }
    return short1[q] || (i + 1 < text.length() && seconds[q].get(text.charAt(i + 1)));
  }

  /** A filtered pattern's matches, trying every position where one can start. */
  private void scan(String text, int q, BiConsumer<Integer, MatchResult> each) {
    int length = text.length();
    Matcher m = null;
    for (int i = 0; i < length; i++) {
      if (!canStart(text, q, i)) {
        continue;
      }
      if (m == null) {
        m = patterns[q].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(i, length);
      if (m.lookingAt() && m.end() > i) {
        each.accept(q, m);
        i = m.end() - 1; // the next match is looked for from the end of this one
      }
    }
  }

  /**
   * An anchored pattern's matches, trying the marked positions where one can start.
   *
   * @param shared a matcher of the text with transparent, non-anchoring bounds made for another
   *     pattern, or null
   * @return the matcher used (set to this pattern), else {@code shared}
   */
  private Matcher tryMarked(
      String text,
      int q,
      long[] candidates,
      Matcher shared,
      BiConsumer<Integer, MatchResult> each) {
    int length = text.length();
    Matcher m = null;
    int i = nextMarked(candidates, 0);
    while (i >= 0 && i < length) {
      int from = i + 1;
      if (canStart(text, q, i)) {
        if (m == null) {
          m =
              shared == null
                  ? patterns[q].matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                  : shared.usePattern(patterns[q]);
        }
        m.region(i, length);
        if (m.lookingAt() && m.end() > i) {
          each.accept(q, m);
          from = m.end(); // the next match is looked for from the end of this one
        }
      }
      i = nextMarked(candidates, from);
    }
    return m == null ? shared : m;
  }

  /** The first marked position at or after a position, or -1. */
  private static int nextMarked(long[] bits, int from) {
    int w = from >> 6;
    if (w >= bits.length) {
      return -1;
    }
    long word = bits[w] & (-1L << from);
    while (true) {
      if (word != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(word);
      }
      if (++w == bits.length) {
        return -1;
      }
      word = bits[w];
    }
  }

  /** Marks the positions from {@code from} to {@code to}, both included. */
  private static void markRange(long[] bits, int from, int to) {
    for (int w = from >> 6; w <= to >> 6; w++) {
      long mask = -1L;
      if (w == from >> 6) {
        mask &= -1L << from;
      }
      if (w == to >> 6) {
        mask &= -1L >>> (63 - (to & 63));
      }
      bits[w] |= mask;
    }
  }

  /**
   * The literals every match of a pattern holds, each with what can come before it in the match,
   * read from the pattern's source (one the {@link FirstChars} reading knows): in each top-level
   * alternative, a run of literal characters or a group of literal alternatives, preceded only by
   * characters of known sets with known counts and by groups of literal alternatives. Where such
   * a literal occurs in a text, the positions where a match holding it there can start lie between
   * bounds told by walking back over what comes before it; no match starts anywhere else.
   */
  private static final class Anchors {
    /** What comes before a literal in a match, read back to front. */
    final Step[][] before;
    /** For each top-level alternative, the literal's alternatives. */
    final String[][] words;

    private Anchors(Step[][] before, String[][] words) {
      this.before = before;
      this.words = words;
    }

    /**
     * One element of an alternative: {@code chars} non-null for characters of a set, from {@code
     * min} to {@code max} of them ({@code max} {@link Integer#MAX_VALUE} when unbounded); {@code
     * words} non-null for one of some literals (none of them when {@code optional}); neither for
     * what this reading does not follow.
     */
    record Step(BitSet chars, int min, int max, String[] words, boolean optional) {
      static final Step OPAQUE = new Step(null, 0, 0, null, false);

      /** Whether this is one literal character, once. */
      boolean letter() {
        return chars != null && min == 1 && max == 1 && chars.cardinality() == 1;
      }

      /** The literal character, for a {@link #letter()}. */
      char ch() {
        return (char) chars.nextSetBit(0);
      }

      static Step words(List<String> alternatives, boolean optional) {
        return new Step(null, 0, 0, alternatives.toArray(new String[0]), optional);
      }
    }

    /** The anchors of a pattern's source, or null when an alternative has none. */
    static Anchors of(String source) {
      Reader r = new Reader(source);
      List<List<Step>> branches;
      try {
        branches = r.alternation();
      } catch (IllegalArgumentException | IndexOutOfBoundsException unknown) {
        return null;
      }
      if (r.at != source.length()) {
        return null;
      }
      Step[][] before = new Step[branches.size()][];
      String[][] words = new String[branches.size()][];
      for (int b = 0; b < branches.size(); b++) {
        List<Step> steps = branches.get(b);
        int best = -1;
        String[] bestWords = null;
        int bestLength = 0;
        int k = 0;
        // The literal with the longest shortest alternative, the first of those: it is likely the
        // rarest in a text. Nothing after a step this reading does not follow is used.
        while (k < steps.size() && (steps.get(k).chars != null || steps.get(k).words != null)) {
          Step s = steps.get(k);
          int end = k + 1;
          String[] w = null;
          if (s.letter()) {
            StringBuilder run = new StringBuilder().append(s.ch());
            while (end < steps.size() && steps.get(end).letter()) {
              run.append(steps.get(end).ch());
              end++;
            }
            w = new String[] {run.toString()};
          } else if (s.words != null && !s.optional) {
            w = s.words;
          }
          if (w != null) {
            int shortest = Integer.MAX_VALUE;
            for (String word : w) {
              shortest = Math.min(shortest, word.length());
            }
            if (shortest > bestLength) {
              best = k;
              bestWords = w;
              bestLength = shortest;
            }
          }
          k = end;
        }
        if (best < 0) {
          return null;
        }
        List<Step> back = new ArrayList<>(steps.subList(0, best));
        java.util.Collections.reverse(back);
        before[b] = back.toArray(new Step[0]);
        words[b] = bestWords;
      }
      return new Anchors(before, words);
    }

    /** Marks the positions a match can start at when it holds its literal at {@code at}. */
    static boolean markBefore(String text, int at, Step[] back, long[] marks) {
      // Every start lies between low and high: walking back one step at a time, the high bound
      // goes back by the fewest characters the step takes, the low bound by the most it can take
      // there.
      int low = at;
      int high = at;
      for (Step s : back) {
        if (s.chars != null) {
          high -= s.min;
          int run = 0;
          while (run < s.max && low - run > 0 && s.chars.get(text.charAt(low - run - 1))) {
            run++;
          }
          low -= run;
        } else {
          int shortest = Integer.MAX_VALUE;
          int longest = 0;
          for (String w : s.words) {
            shortest = Math.min(shortest, w.length());
            longest = Math.max(longest, w.length());
          }
          high -= s.optional ? 0 : shortest;
          low -= longest;
        }
      }
      low = Math.max(low, 0);
      if (high < low) {
        return false;
      }
      markRange(marks, low, high);
      return true;
    }

    /** Reads a source into its alternatives, each a list of steps. */
    private static final class Reader {
      private final String p;
      private int at;

      Reader(String p) {
        this.p = p;
      }

      List<List<Step>> alternation() {
        List<List<Step>> all = new ArrayList<>();
        while (true) {
          all.add(sequence());
          if (at < p.length() && p.charAt(at) == '|') {
            at++;
          } else {
            return all;
          }
        }
      }

      private List<Step> sequence() {
        List<Step> steps = new ArrayList<>();
        while (at < p.length() && p.charAt(at) != '|' && p.charAt(at) != ')') {
          atom(steps);
        }
        return steps;
      }

      /** Reads an atom and its quantifier, adding what they are to the steps. */
      private void atom(List<Step> steps) {
        char c = p.charAt(at++);
        BitSet set = new BitSet();
        boolean wide = false;
        switch (c) {
          case '(' -> {
            at = FirstChars.groupBody(p, at);
            List<List<Step>> inner = alternation();
            at = FirstChars.groupEnd(p, at);
            int[] q = quantifier();
            List<String> literal = literals(inner);
            if (q == null && inner.size() == 1) {
              steps.addAll(inner.get(0));
            } else if (q == null && literal != null) {
              steps.add(Step.words(literal, false));
            } else if (q != null && q[0] == 0 && q[1] == 1 && literal != null) {
              steps.add(Step.words(literal, true));
            } else {
              steps.add(Step.OPAQUE);
            }
            return;
          }
          case '\\' -> FirstChars.escape(p.charAt(at++), set);
          case '[' -> wide = characterClass(set);
          case '.' -> {
            set.set(0, Character.MAX_VALUE + 1);
            wide = true;
          }
          default -> set.set(c);
        }
        int[] q = quantifier();
        int min = q == null ? 1 : q[0];
        int max = q == null ? 1 : q[1];
        if (wide) {
          // A negated class or a dot matches a code point beyond the basic plane too: two chars,
          // both in the set (a source names no surrogate, so the set holds them all).
          max = max > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * max;
        }
        steps.add(new Step(set, min, max, null, false));
      }

      /** The literal each alternative is, or null when one is not made of literal characters. */
      private static List<String> literals(List<List<Step>> alternatives) {
        List<String> words = new ArrayList<>();
        for (List<Step> steps : alternatives) {
          StringBuilder w = new StringBuilder();
          for (Step s : steps) {
            if (!s.letter()) {
              return null;
            }
            w.append(s.ch());
          }
          words.add(w.toString());
        }
        return words;
      }

      /** Reads a class into a set; whether it is negated (so it can match a pair of chars). */
      private boolean characterClass(BitSet set) {
        boolean negated = at < p.length() && p.charAt(at) == '^';
        if (negated) {
          at++;
        }
        while (p.charAt(at) != ']') {
          char k = p.charAt(at++);
          if (k == '\\') {
            FirstChars.escape(p.charAt(at++), set);
          } else if (at + 1 < p.length() && p.charAt(at) == '-' && p.charAt(at + 1) != ']') {
            set.set(k, p.charAt(at + 1) + 1);
            at += 2;
          } else {
            set.set(k);
          }
        }
        at++;
        if (negated) {
          set.flip(0, Character.MAX_VALUE + 1);
        }
        return negated;
      }

      /** Reads a quantifier: null when there is none, else its least and most counts. */
      private int[] quantifier() {
        if (at >= p.length()) {
          return null;
        }
        int[] q;
        char c = p.charAt(at);
        if (c == '?') {
          q = new int[] {0, 1};
        } else if (c == '*') {
          q = new int[] {0, Integer.MAX_VALUE};
        } else if (c == '+') {
          q = new int[] {1, Integer.MAX_VALUE};
        } else if (c == '{') {
          int close = p.indexOf('}', at);
          String[] counts = p.substring(at + 1, close).split(",", -1);
          int min = Integer.parseInt(counts[0].trim());
          int max =
              counts.length == 1
                  ? min
                  : counts[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(counts[1].trim());
          q = new int[] {min, max};
          at = close;
        } else {
          return null;
        }
        at++;
        if (at < p.length() && (p.charAt(at) == '?' || p.charAt(at) == '+')) {
          at++; // lazy or possessive: the same counts
        }
        return q;
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

    /** Where a group's body begins, after its {@code (} at {@code at - 1}: past a {@code ?:}. */
    static int groupBody(String p, int at) {
      if (p.startsWith("?:", at)) {
        return at + 2;
      }
      if (at < p.length() && p.charAt(at) == '?') {
        throw new IllegalArgumentException("a group construct");
      }
      return at;
    }

    /** Where a group ends, past the {@code )} at {@code at}. */
    static int groupEnd(String p, int at) {
      if (at >= p.length() || p.charAt(at) != ')') {
        throw new IllegalArgumentException("an open group");
      }
      return at + 1;
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
          at = groupBody(p, at);
          Part inner = alternation();
          at = groupEnd(p, at);
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
    static void escape(char e, BitSet set) {
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
