package io.github.ogireport.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text from bytes, the encoding told from the bytes: a UTF-8 or UTF-16 byte order mark; else UTF-8
 * when the bytes are valid UTF-8; else GB18030 (which GBK and GB2312 are part of) when they are
 * valid GB18030. Text with control characters other than white space is no text.
 */
final class TextDecoding {
  /** Text and the encoding it was read in. */
  record Decoded(String text, Charset charset) {}

  static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  static Optional<Decoded> decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    return utf8.isPresent() ? utf8 : strict(bytes, 0, GB18030);
  }

  private static Optional<Decoded> strict(byte[] bytes, int from, Charset charset) {
    if (charset == StandardCharsets.UTF_8) {
      // The JDK's own decoding replaces what is not UTF-8 with U+FFFD: text without one is valid
      // UTF-8 and the same as the strict decoder's; with one (invalid, or printed in the file) the
      // strict decoder tells which.
      String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return isText(text) ? Optional.of(new Decoded(text, charset)) : Optional.empty();
      }
    }
    return strictlyDecoded(bytes, from, charset);
  }

  /** {@link #strict} through the charset's decoder, reporting malformed and unmappable input. */
  static Optional<Decoded> strictlyDecoded(byte[] bytes, int from, Charset charset) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
              .toString();
      return isText(text) ? Optional.of(new Decoded(text, charset)) : Optional.empty();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** What {@link #isText} makes of a char that is not a surrogate: no mark against the text. */
  private static final byte PLAIN = 0;

  /** A control character other than white space: no text. */
  private static final byte CONTROL = 1;

  /** A private-use or unassigned character: a few are allowed. */
  private static final byte ODD = 2;

  /** For each char, what its {@link Character#getType type} makes of it in a text (surrogates aside): made once. */
  private static final byte[] KINDS = kinds();

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL) {
        kinds[c] = CONTROL;
      } else if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) {
        kinds[c] = ODD;
      }
    }
    return kinds;
  }

  /**
   * No control characters but white space; no private-use or unassigned characters to speak of
   * (at most one char in a hundred): each char that is not a surrogate looked up in a table made
   * once, each surrogate pair's code point asked of {@link Character}.
   */
  static boolean isText(String text) {
    int odd = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
          return false;
        }
        if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) {
          odd++;
        }
        continue;
      }
      i++;
      byte kind = KINDS[c];
      if (kind == CONTROL) {
        return false;
      }
      if (kind == ODD) {
        odd++;
      }
    }
    return odd * 100 <= n;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
