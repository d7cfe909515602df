package io.github.ogireport.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A published report as a sequence of pieces (lines of text, or table cells), with one normalised
 * string over all of them for finding labels, and the way back from a position in that string to
 * the piece and the character it came from.
 *
 * <p>Normalisation: Unicode NFKC (full width to half width), quotes unified, "、" and "，" to ",",
 * a "," or "." right after a digit to ".", and all white space dropped. The text is normalised
 * once per document. Memory: the normalised string, one {@code int} per normalised character (its
 * offset in its piece) and one per piece, besides the pieces themselves.
 */
final class Source {
  /**
   * One line of text or one table cell.
   *
   * @param raw the text as printed
   * @param block the table row it belongs to, or -1 for a line of text
   * @param origin where it came from, for reading problems
   */
  record Piece(String raw, int block, String origin) {}

  final List<Piece> pieces;
  final boolean cells;
  final String norm;
  /** Where each piece starts in {@link #norm}. */
  private final int[] pieceStart;
  /** For each normalised character, its offset in its piece's raw text. */
  private final int[] offsetAt;

  Source(List<Piece> pieces, boolean cells) {
    this.pieces = List.copyOf(pieces);
    this.cells = cells;
    int total = 0;
    for (Piece p : this.pieces) {
      total += p.raw().length();
    }
    Out b = new Out(total);
    int[] offsets = new int[total + 16];
    this.pieceStart = new int[this.pieces.size()];
    for (int p = 0; p < this.pieces.size(); p++) {
      pieceStart[p] = b.n;
      offsets = appendPiece(b, this.pieces.get(p).raw(), offsets);
    }
    this.norm = b.string();
    this.offsetAt = java.util.Arrays.copyOf(offsets, norm.length());
  }

  /**
   * Appends one piece's text normalised, and for each character appended its offset in the piece
   * (a method of its own, called once per piece, so that the JIT compiles this loop once rather
   * than the constructor's loop over the pieces with it inside, again at each new input).
   *
   * @return the offsets, grown when they did not fit
   */
  private static int[] appendPiece(Out b, String raw, int[] offsets) {
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      int before = b.n;
      if (c >= 0x4E00 && c <= 0x9FFF && before < b.chars.length && before < offsets.length) {
        // A CJK ideograph (NFKC leaves it, no quote or comma, never white space), with room for it:
        // most of a report's characters, appended without the checks of the general case below.
        b.chars[before] = c;
        offsets[before] = i++;
        b.n = before + 1;
        continue;
      }
      int width = 1;
      if (c >= 0x4E00 && c <= 0x9FFF) {
        b.put(c); // a CJK ideograph, as above, where the arrays must grow first
      } else if (c < 0x80) {
        appendAscii(b, c);
      } else if (Character.isSurrogate(c)) {
        int cp = raw.codePointAt(i);
        width = Character.charCount(cp);
        appendNormalized(b, cp);
      } else {
        appendNormalized(b, c);
      }
      int after = b.n;
      if (after > offsets.length) {
        offsets = java.util.Arrays.copyOf(offsets, Math.max(after, offsets.length * 2));
      }
      for (int k = before; k < after; k++) {
        offsets[k] = i;
      }
      i += width;
    }
    return offsets;
  }

  /** Normalises a label the way the source text is normalised. */
  static String normalize(String text) {
    Out b = new Out(text.length());
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      appendNormalized(b, cp);
      i += Character.charCount(cp);
    }
    return b.string();
  }

  /** Normalised characters as they are appended: a growing array, without a builder's checks. */
  private static final class Out {
    private char[] chars;
    private int n;

    Out(int capacity) {
      chars = new char[Math.max(16, capacity)];
    }

    void put(char c) {
      if (n == chars.length) {
        chars = java.util.Arrays.copyOf(chars, n * 2);
      }
      chars[n++] = c;
    }

    /** The last character appended, or a space when none. */
    char last() {
      return n > 0 ? chars[n - 1] : ' ';
    }

    String string() {
      return new String(chars, 0, n);
    }
  }

  /**
   * Unicode NFKC of a whole text ({@link Normalizer.Form#NFKC}), without the normaliser when every
   * character is one NFKC leaves alone whatever stands around it: ASCII, CJK ideographs and the
   * Chinese punctuation that has no compatibility form ({@link #inert(char)}).
   */
  static String nfkc(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (!inert(text.charAt(k))) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  /**
   * Whether NFKC leaves a character alone in any text: it has no decomposition, its combining
   * class is 0 and no character composes with it or it with a following one (ASCII, the CJK
   * ideographs U+3400–U+4DBF and U+4E00–U+9FFF, and the punctuation of {@link #INERT_PUNCTUATION}).
   */
  static boolean inert(char c) {
    return c < 0x80
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || INERT_PUNCTUATION.indexOf(c) >= 0;
  }

  /** Punctuation of Chinese text that has no decomposition and is no combining character. */
  static final String INERT_PUNCTUATION = "、。〃《》〈〉「」『』【】〔〕〖〗“”‘’—·×";

  /**
   * NFKC of each character of the Basic Multilingual Plane that normalisation changes or might
   * change, filled on first use (a racy fill of immutable strings is harmless); ASCII and the CJK
   * ideographs, which NFKC leaves alone, never come here.
   */
  private static final String[] NFKC = new String[0x10000];

  /** The ASCII characters normalisation drops: white space and space characters. */
  private static final boolean[] ASCII_DROPPED = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_DROPPED[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  /**
   * Appends an ASCII character as {@link #append} does: dropped when white space, {@code '} as
   * {@code "}, a comma or point after a digit as a point.
   */
  private static void appendAscii(Out out, char c) {
    if (ASCII_DROPPED[c]) {
      return;
    }
    if (c == '\'') {
      out.put('"');
    } else if ((c == ',' || c == '.') && Character.isDigit(out.last())) {
      out.put('.');
    } else {
      out.put(c);
    }
  }

  private static void appendNormalized(Out out, int cp) {
    if (cp < 0x80) {
      appendAscii(out, (char) cp);
      return;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      out.put((char) cp); // a CJK ideograph: NFKC leaves it, no quote or comma, never white space
      return;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xA0 || cp == 0xFEFF) {
      return;
    }
    String s;
    if (cp < 0x10000) {
      s = NFKC[cp];
      if (s == null) {
        s = Normalizer.normalize(String.valueOf((char) cp), Normalizer.Form.NFKC);
        NFKC[cp] = s;
      }
    } else {
      s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    }
    for (int k = 0; k < s.length(); k++) {
      append(out, s.charAt(k));
    }
  }

  private static void append(Out out, char c) {
    char previous = out.last();
    char d =
        switch (c) {
          case '“', '”', '「', '」', '＂', '\'', '‘', '’', '『', '』' -> '"';
          case '、', '，' -> ',';
          default -> c;
        };
    if ((d == ',' || d == '.') && Character.isDigit(previous)) {
      d = '.';
    }
    if (!Character.isWhitespace(d)) {
      out.put(d);
    }
  }

  /** The source made of the first {@code n} pieces. */
  Source prefix(int n) {
    return new Source(pieces.subList(0, n), cells);
  }

  int length() {
    return norm.length();
  }

  /** The index of the piece that holds normalised position {@code k}. */
  int piece(int k) {
    int lo = 0;
    int hi = pieceStart.length - 1;
    k = Math.min(k, Math.max(0, norm.length() - 1));
    // The last piece starting at or before k that is not empty.
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (pieceStart[mid] <= k) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    while (lo > 0 && pieceStart[lo] == (lo + 1 < pieceStart.length ? pieceStart[lo + 1] : norm.length())) {
      lo--; // an empty piece holds no position
    }
    return lo;
  }

  private int offset(int k) {
    return offsetAt[k];
  }

  /** The origin (line or element) of normalised position {@code k}. */
  String origin(int k) {
    return pieces.isEmpty() ? "document" : pieces.get(piece(k)).origin();
  }

  /**
   * The raw text from normalised position {@code from} (inclusive) to {@code to} (exclusive),
   * pieces separated by line breaks.
   */
  String raw(int from, int to) {
    if (from >= to || from >= norm.length()) {
      return "";
    }
    int pf = piece(from);
    int of = offset(from);
    int pt;
    int ot;
    if (to >= norm.length()) {
      pt = pieces.size() - 1;
      ot = pieces.get(pt).raw().length();
    } else {
      pt = piece(to);
      ot = offset(to);
    }
    if (pf == pt) {
      String raw = pieces.get(pf).raw();
      int a = Math.min(of, raw.length());
      return raw.substring(a, Math.max(Math.min(ot, raw.length()), a));
    }
    StringBuilder b = new StringBuilder();
    for (int p = pf; p <= pt; p++) {
      String raw = pieces.get(p).raw();
      int a = p == pf ? of : 0;
      int z = p == pt ? ot : raw.length();
      if (p > pf) {
        b.append('\n');
      }
      b.append(raw, Math.min(a, raw.length()), Math.max(Math.min(z, raw.length()), Math.min(a, raw.length())));
    }
    return b.toString();
  }

  /**
   * The narrative text from normalised position {@code from} to {@code to}: the raw text of the
   * pieces in between, table cells left out, pieces separated by line breaks.
   */
  String narrative(int from, int to) {
    if (from >= to || from >= norm.length()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    int pf = piece(from);
    int pt = to >= norm.length() ? pieces.size() - 1 : piece(to);
    for (int p = pf; p <= pt; p++) {
      Piece piece = pieces.get(p);
      if (cells && piece.block() >= 0) {
        continue;
      }
      String raw = piece.raw();
      int a = p == pf ? offset(from) : 0;
      int z = p == pt && to < norm.length() ? offset(to) : raw.length();
      a = Math.min(a, raw.length());
      String part = raw.substring(a, Math.max(a, Math.min(z, raw.length()))).strip();
      if (!part.isEmpty()) {
        b.append(b.length() == 0 ? "" : "\n").append(part);
      }
    }
    return b.toString();
  }

  /** The pieces after the one holding position {@code k}, in the same block, before position {@code end}. */
  List<Piece> cellsAfter(int k, int end) {
    List<Piece> out = new ArrayList<>();
    int p = piece(k);
    int block = pieces.get(p).block();
    int last = end >= norm.length() ? pieces.size() - 1 : piece(end) - 1;
    for (int q = p + 1; q <= last && q < pieces.size(); q++) {
      if (pieces.get(q).block() != block) {
        break;
      }
      out.add(pieces.get(q));
    }
    return out;
  }
}
