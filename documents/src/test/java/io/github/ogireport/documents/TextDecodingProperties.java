package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast paths of telling text from bytes (the JDK's UTF-8 decoding checked for U+FFFD, printable
 * ASCII passed over, no markup looked for when there is no "<") agree with the strict decoder and
 * the checks they stand in for, kept here as they were.
 */
class TextDecodingProperties {
  /** Characters a report or a damaged file may hold: ASCII, controls, CJK, private use, U+FFFD. */
  private static Arbitrary<String> texts() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range(' ', '~'),
        Arbitraries.chars().range('\u0000', '\u001f'),
        Arbitraries.of('\u007f', '\u0085', '\u00a0', '\u3000', '\ufffd', '\ufeff', '\uffff', '\u0130', '\u212a'),
        Arbitraries.chars().range('\u4e00', '\u9fff'),
        Arbitraries.chars().range('\ue000', '\uf8ff'),
        Arbitraries.chars().range('\ud800', '\udfff'),
        Arbitraries.of('<', '>', '/', '!', 'h', 'T', 'm', 'L', '\n'));
    Arbitrary<String> words = Arbitraries.of(
        "<html", "<HTML>", "<!DOCTYPE html>", "<body", "<Table", "<p>", "<div", "<meta", "<head",
        "政府信息公开", "\r\n", "\t");
    return Arbitraries.oneOf(chars.map(String::valueOf), words).list().ofMaxSize(60)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<byte[]> utf8 = texts().map(t -> t.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> gb = texts().map(t -> t.getBytes(TextDecoding.GB18030));
    Arbitrary<byte[]> withBom = utf8.map(b -> {
      byte[] out = new byte[b.length + 3];
      out[0] = (byte) 0xEF;
      out[1] = (byte) 0xBB;
      out[2] = (byte) 0xBF;
      System.arraycopy(b, 0, out, 3, b.length);
      return out;
    });
    Arbitrary<byte[]> damaged = Combinators.combine(
            utf8.filter(b -> b.length > 0), Arbitraries.integers().between(0, 1000), Arbitraries.bytes())
        .as((b, at, v) -> {
          byte[] copy = b.clone();
          copy[at % copy.length] = v;
          return copy;
        });
    Arbitrary<byte[]> cut = utf8.filter(b -> b.length > 1).flatMap(b ->
        Arbitraries.integers().between(1, b.length - 1).map(n -> java.util.Arrays.copyOf(b, n)));
    return Arbitraries.oneOf(utf8, gb, withBom, damaged, cut, Arbitraries.bytes().array(byte[].class).ofMaxSize(80));
  }

  @Property(tries = 3000)
  void decodingAgreesWithTheStrictDecoder(@ForAll("contents") byte[] bytes) {
    assertEquals(reference(bytes), TextDecoding.decode(bytes));
  }

  @Provide
  Arbitrary<String> heads() {
    // also markup that starts near the 4,096th character, where the look for it stops
    Arbitrary<String> late = Combinators.combine(Arbitraries.integers().between(4080, 4100), texts())
        .as((n, t) -> "政".repeat(n) + t);
    return Arbitraries.oneOf(texts(), texts().map(t -> "政".repeat(4090) + t), late);
  }

  @Property(tries = 3000)
  void htmlIsToldAsBefore(@ForAll("heads") String head) {
    assertEquals(referenceIsHtml(head), ReportDocuments.isHtml(head));
  }

  // ---- The code the fast paths replace, as it was --------------------------------------------

  private static Optional<TextDecoding.Decoded> reference(byte[] bytes) {
    if (TextDecoding.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return referenceStrict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (TextDecoding.startsWith(bytes, 0xFF, 0xFE)) {
      return referenceStrict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (TextDecoding.startsWith(bytes, 0xFE, 0xFF)) {
      return referenceStrict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    Optional<TextDecoding.Decoded> utf8 = referenceStrict(bytes, 0, StandardCharsets.UTF_8);
    return utf8.isPresent() ? utf8 : referenceStrict(bytes, 0, TextDecoding.GB18030);
  }

  private static Optional<TextDecoding.Decoded> referenceStrict(byte[] bytes, int from, Charset charset) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
              .toString();
      return referenceIsText(text) ? Optional.of(new TextDecoding.Decoded(text, charset)) : Optional.empty();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The test of text before the table: each code point's type asked of {@link Character}. */
  static boolean referenceIsText(String text) {
    int odd = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') {
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.CONTROL) {
        return false;
      }
      if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) {
        odd++;
      }
    }
    return odd * 100 <= text.length();
  }

  private static boolean referenceIsHtml(String head) {
    String h = head.substring(0, Math.min(head.length(), 4096)).toLowerCase(Locale.ROOT);
    if (h.startsWith("<!doctype html") || h.contains("<html")) {
      return true;
    }
    return h.startsWith("<") && (h.contains("<html") || h.contains("<body") || h.contains("<table")
        || h.contains("<head") || h.contains("<meta") || h.contains("<div") || h.contains("<p"));
  }
}
