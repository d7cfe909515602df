package io.github.ogireport.series;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * How much of a text repeats an earlier one, in time linear in the lengths of both.
 *
 * <p>Both texts are first reduced to their words: NFKC, then whitespace, punctuation and symbols
 * removed, and every digit replaced by {@code 0}, so that a paragraph copied with this year's
 * numbers put in counts as copied. The share is the fraction of the later text's remaining
 * characters that lie inside some run of {@value #GRAM} consecutive characters that also occurs
 * in the earlier text. Each text is read once; the earlier text's runs are kept as 64-bit hashes
 * (memory proportional to its length), so the cost stays linear however long the texts are, where
 * a diff would be quadratic. A hash collision can only make the share larger, with a probability
 * of about one in 2<sup>64</sup> per pair of runs.
 */
public final class TextReuse {
  /** The length of the runs of characters compared. */
  public static final int GRAM = 8;

  /**
   * The fewest characters (after reduction) a later text must have for {@link ReportSeries} to
   * warn about it: a section 五 that says only 无 every year is not a copy.
   */
  public static final int MIN_LENGTH = 20;

  /** The share above which {@link ReportSeries} warns. */
  public static final double WARN_ABOVE = 0.5;

  private TextReuse() {}

  /**
   * The share of {@code current} that repeats {@code previous}.
   *
   * @param previous the earlier text
   * @param current the later text
   * @return from 0 (nothing repeated, or the later text shorter than {@value #GRAM} characters
   *     after reduction) to 1 (every character inside a repeated run)
   */
  public static double share(String previous, String current) {
    int[] later = reduce(current);
    return later.length < GRAM ? 0 : share(reduce(previous), later);
  }

  /**
   * The length of a text once reduced to its words, as {@link #share} counts it.
   *
   * @param text a text
   * @return the number of characters that remain
   */
  public static int reducedLength(String text) {
    return reduce(text).length;
  }

  /**
   * The share of a reduced text that repeats another reduced text, as {@link #share} counts it.
   *
   * @param previous the earlier text, {@link #reduce reduced}
   * @param current the later text, reduced
   * @return the share
   */
  static double share(int[] previous, int[] current) {
    if (current.length < GRAM) {
      return 0;
    }
    return share(runs(previous), runs(current), current.length);
  }

  /**
   * The share of a reduced text that repeats another, from the hashes of their runs ({@link
   * #runs}): a text compared with the years on both sides of it is hashed once.
   *
   * @param previous the runs of the earlier text
   * @param current the runs of the later text
   * @param currentLength the length of the later text, reduced
   * @return the share, as {@link #share(int[], int[])} gives it
   */
  static double share(long[] previous, long[] current, int currentLength) {
    if (currentLength < GRAM) {
      return 0;
    }
    Hashes earlier = new Hashes(previous.length);
    for (long h : previous) {
      earlier.add(h);
    }
    return (double) covered(earlier, current) / currentLength;
  }

  /** The hash of each run of {@value #GRAM} characters of a reduced text, in order. */
  static long[] runs(int[] text) {
    long[] out = new long[Math.max(0, text.length - GRAM + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = hash(text, i);
    }
    return out;
  }

  /**
   * A text reduced to its words: NFKC, then only {@link #isWordCharacter word characters} kept, each
   * digit as {@code 0}. A text made only of chars that {@link #ALONE} reduces char by char (the
   * Chinese, ASCII, Latin-1 and full-width text of published reports) is reduced in one pass
   * over its chars; any other text is normalised as a whole ({@link #reduceNormalized}).
   */
  static int[] reduce(String text) {
    int n = text.length();
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char m = ALONE[c];
      if (m == UNKNOWN) {
        m = aloneOf(c);
        ALONE[c] = m; // the same value whichever thread writes it first
      }
      if (m == SLOW) {
        return reduceNormalized(text);
      }
      if (m != DROP) {
        out[k++] = m;
      }
    }
    return k == n ? out : Arrays.copyOf(out, k);
  }

  /** In {@link #ALONE}: the char is not reduced alone (the text is normalised as a whole). */
  private static final char SLOW = 0;

  /** In {@link #ALONE}: the char reduces to nothing. */
  private static final char DROP = 1;

  /** In {@link #ALONE}: a char of {@link #ALONE_BLOCKS} not yet looked at. */
  private static final char UNKNOWN = 2;

  /**
   * The blocks whose chars {@link #ALONE} may reduce alone: ASCII and Latin-1, general
   * punctuation, enclosed alphanumerics, CJK symbols and punctuation, CJK unified ideographs,
   * full-width ASCII. Hangul, kana, combining marks and the half-width forms are left out: their
   * normalisation composes chars with their neighbours.
   */
  static final int[][] ALONE_BLOCKS = {
    {0x0000, 0x00FF}, {0x2000, 0x206F}, {0x2460, 0x24FF}, {0x3000, 0x303F}, {0x4E00, 0x9FFF},
    {0xFF01, 0xFF5E}
  };

  /**
   * For each char, what the text's reduction makes of it wherever it stands in a text of such
   * chars: {@link #DROP}, the one word character it becomes, or {@link #SLOW}; a char of {@link
   * #ALONE_BLOCKS} is {@link #UNKNOWN} until a text holds it (the 20,992 CJK ideographs are not
   * all normalised up front). A char of the blocks reduces alone when it is no combining mark and
   * its own NFKC holds no combining mark and at most one word character of the BMP: NFKC then
   * composes nothing across it, so the NFKC of a text of such chars is the NFKC of each char in
   * turn. (No char the reduction keeps is U+0000 to U+0002: those are control characters.)
   */
  private static final char[] ALONE = new char[Character.MAX_VALUE + 1];

  static {
    for (int[] block : ALONE_BLOCKS) {
      Arrays.fill(ALONE, block[0], block[1] + 1, UNKNOWN);
    }
  }

  private static char aloneOf(char c) {
    if (isMark(c)) {
      return SLOW;
    }
    String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    int word = -1;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (isMark(cp)) {
        return SLOW;
      }
      if (isWordCharacter(cp)) {
        if (word >= 0) {
          return SLOW; // two word characters: left to the whole text's normalisation
        }
        word = Character.isDigit(cp) ? '0' : cp;
      }
    }
    if (word < 0) {
      return DROP;
    }
    return word > UNKNOWN && word <= Character.MAX_VALUE ? (char) word : SLOW;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** {@link #reduce} by normalising the whole text first. */
  static int[] reduceNormalized(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    int[] out = new int[nfkc.length()];
    int n = 0;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordCharacter(cp)) {
        out[n++] = Character.isDigit(cp) ? '0' : cp;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  static boolean isWordCharacter(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  static long hash(int[] text, int from) {
    long h = 1125899906842597L;
    for (int i = from; i < from + GRAM; i++) {
      h = 31 * h + text[i];
      h ^= h >>> 29;
      h *= 0xbf58476d1ce4e5b9L;
    }
    return h;
  }

  private static int covered(Hashes earlier, long[] later) {
    int covered = 0;
    int coveredUntil = 0;
    for (int i = 0; i < later.length; i++) {
      if (earlier.contains(later[i])) {
        int end = i + GRAM;
        covered += end - Math.max(i, coveredUntil);
        coveredUntil = end;
      }
    }
    return covered;
  }

  /** A set of 64-bit hashes held in an open-addressed array (no boxing): add and contains only. */
  private static final class Hashes {
    private final long[] slots;
    private final int mask;
    private boolean hasZero;

    /** A set with room for {@code expected} hashes at most half full. */
    Hashes(int expected) {
      int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
      slots = new long[capacity];
      mask = capacity - 1;
    }

    void add(long h) {
      if (h == 0) {
        hasZero = true; // 0 marks an empty slot
        return;
      }
      for (int i = slot(h); ; i = (i + 1) & mask) {
        if (slots[i] == 0) {
          slots[i] = h;
          return;
        }
        if (slots[i] == h) {
          return;
        }
      }
    }

    boolean contains(long h) {
      if (h == 0) {
        return hasZero;
      }
      for (int i = slot(h); ; i = (i + 1) & mask) {
        if (slots[i] == h) {
          return true;
        }
        if (slots[i] == 0) {
          return false;
        }
      }
    }

    private int slot(long h) {
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }
}
