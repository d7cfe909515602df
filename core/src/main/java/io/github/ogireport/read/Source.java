package io.github.ogireport.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A published report as a sequence of pieces (lines of text, or table cells), with one normalised
 * string over all of them for finding labels, and the way back from a position in that string to
 * the piece and the character it came from.
 *
 * <p>Normalisation: Unicode NFKC (full width to half width), quotes unified, "、" and "，" to ",",
 * a "," or "." right after a digit to ".", and all white space dropped.
 */
final class Source {
  /** One line of text or one table cell. */
  record Piece(String raw, int block, String origin) {}

  private static final Pattern PAGE_MARKER = Pattern.compile("\\s*[-－—]\\s*\\d{1,3}\\s*[-－—]\\s*");

  final List<Piece> pieces;
  final boolean cells;
  final String norm;
  private final int[] pieceAt;
  private final int[] offsetAt;

  Source(List<Piece> pieces, boolean cells) {
    this.pieces = List.copyOf(pieces);
    this.cells = cells;
    StringBuilder b = new StringBuilder();
    List<int[]> map = new ArrayList<>();
    for (int p = 0; p < this.pieces.size(); p++) {
      String raw = this.pieces.get(p).raw();
      int i = 0;
      while (i < raw.length()) {
        int cp = raw.codePointAt(i);
        String n = normalizeCodePoint(cp, b.length() > 0 ? b.charAt(b.length() - 1) : ' ');
        for (int k = 0; k < n.length(); k++) {
          b.append(n.charAt(k));
          map.add(new int[] {p, i});
        }
        i += Character.charCount(cp);
      }
    }
    this.norm = b.toString();
    this.pieceAt = new int[map.size()];
    this.offsetAt = new int[map.size()];
    for (int k = 0; k < map.size(); k++) {
      pieceAt[k] = map.get(k)[0];
      offsetAt[k] = map.get(k)[1];
    }
  }

  /** Normalises a label the way the source text is normalised. */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      b.append(normalizeCodePoint(cp, b.length() > 0 ? b.charAt(b.length() - 1) : ' '));
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  private static String normalizeCodePoint(int cp, char previous) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xA0 || cp == 0xFEFF) {
      return "";
    }
    String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
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
        out.append(d);
      }
      previous = d;
    }
    return out.toString();
  }

  static boolean isPageMarker(String line) {
    return PAGE_MARKER.matcher(line).matches();
  }

  int length() {
    return norm.length();
  }

  /** The index of the piece that holds normalised position {@code k}. */
  int piece(int k) {
    return pieceAt[Math.min(k, pieceAt.length - 1)];
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
    int pf = pieceAt[from];
    int of = offsetAt[from];
    int pt;
    int ot;
    if (to >= norm.length()) {
      pt = pieces.size() - 1;
      ot = pieces.get(pt).raw().length();
    } else {
      pt = pieceAt[to];
      ot = offsetAt[to];
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
    int pf = pieceAt[from];
    int pt = to >= norm.length() ? pieces.size() - 1 : pieceAt[to];
    for (int p = pf; p <= pt; p++) {
      Piece piece = pieces.get(p);
      if (cells && piece.block() >= 0) {
        continue;
      }
      int a = p == pf ? offsetAt[from] : 0;
      int z = p == pt && to < norm.length() ? offsetAt[to] : piece.raw().length();
      String part = piece.raw().substring(Math.min(a, piece.raw().length()), Math.max(Math.min(a, piece.raw().length()), Math.min(z, piece.raw().length()))).strip();
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
