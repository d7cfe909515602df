package io.github.ogireport.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The share of a text that repeats an earlier one, reduced in a loop and its runs kept in an array
 * of hashes, is the share counted with code point streams and a set of boxed hashes as before; a
 * text reduced char by char is the text reduced after normalising it as a whole.
 */
class TextReuseProperties {
  @Provide
  Arbitrary<List<String>> pairs() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("政府信息公开", "工作年度报告", "本机关", "依申请公开", "２０２３年", "共收到申请12件",
            "，", "。", " ", "\n", "（一）", "ｆｕｌｌ", "Ⅻ", "\ud840\udc00", "\ud800", "①", "ǅ"),
        Arbitraries.strings().withCharRange('\u4e00', '\u4e20').ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(6));
    Arbitrary<List<String>> pieces = piece.list().ofMaxSize(40);
    // the later text often made of the earlier one's pieces, so that runs repeat
    return pieces.flatMap(earlier -> Arbitraries.oneOf(
            pieces,
            Arbitraries.subsetOf(earlier.isEmpty() ? List.of("") : earlier).map(s -> List.copyOf(s)),
            Arbitraries.shuffle(earlier))
        .map(later -> List.of(String.join("", earlier), String.join("", later))));
  }

  @Property(tries = 2000)
  void theShareIsTheShareCountedAsBefore(@ForAll("pairs") List<String> pair) {
    String previous = pair.get(0);
    String current = pair.get(1);
    assertEquals(referenceShare(previous, current), TextReuse.share(previous, current));
    assertEquals(referenceShare(current, previous), TextReuse.share(current, previous));
    assertEquals(referenceReduce(current).length, TextReuse.reducedLength(current));
    assertEquals(java.util.Arrays.toString(referenceReduce(previous)), java.util.Arrays.toString(TextReuse.reduce(previous)));
  }

  /**
   * Chars of the blocks reduced char by char, chars near their edges, and chars whose
   * normalisation composes with their neighbours: combining marks, the kana voiced sound marks (full and half
   * width), half-width katakana, Hangul jamo (conjoining and compatibility) and syllables.
   */
  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<Character> alone = Arbitraries.of(TextReuse.ALONE_BLOCKS)
        .flatMap(b -> Arbitraries.chars().range((char) b[0], (char) b[1]));
    Arbitrary<Character> composing = Arbitraries.oneOf(
        Arbitraries.chars().range('\u0300', '\u036f'),
        Arbitraries.of('\u3099', '\u309a', '\u309b', '\u309c', '\uff9e', '\uff9f', '\u0100', '\u01ff',
            '\u1fff', '\u24ff', '\u2500', '\u2fff', '\u3040', '\ua000', '\uff00', '\uff5f', '\ufffd'),
        Arbitraries.chars().range('\u3040', '\u30ff'),
        Arbitraries.chars().range('\uff61', '\uffdc'),
        Arbitraries.chars().range('\u1100', '\u11ff'),
        Arbitraries.chars().range('\u3130', '\u318f'),
        Arbitraries.chars().range('\uac00', '\uac40'),
        Arbitraries.chars().range('\ud800', '\udfff'));
    // pairs that compose: a letter, kana or jamo, then a mark or jamo that joins it
    Arbitrary<String> composed = Arbitraries.of("e\u0301", "A\u030a", "\uff76\uff9e", "\uff8a\uff9f", "\u304b\u3099",
        "\u30cf\u309a", "\u1100\u1161", "\uac00\u11a8", "\u3131\u314f", "\u00e9\u0323", "\u2460\u20dd");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, alone.map(String::valueOf)),
        net.jqwik.api.Tuple.of(2, composing.map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, composed));
    return piece.list().ofMaxSize(30).map(ps -> String.join("", ps));
  }

  /** A text reduced char by char, where it is, gives what normalising it as a whole gives. */
  @Property(tries = 3000)
  void reducingCharByCharGivesWhatNormalisingTheWholeTextGives(@ForAll("mixed") String text) {
    assertEquals(java.util.Arrays.toString(referenceReduce(text)), java.util.Arrays.toString(TextReuse.reduce(text)));
  }

  /**
   * Every two chars of the blocks that {@code TextReuse} reduces char by char (the CJK ideographs
   * one in 97), one after the other, give what normalising the pair gives: no two of them
   * compose.
   */
  @net.jqwik.api.Example
  void noTwoCharsReducedAloneCompose() {
    StringBuilder chars = new StringBuilder();
    for (int[] b : TextReuse.ALONE_BLOCKS) {
      for (int c = b[0]; c <= b[1]; c += b[1] - b[0] > 4096 ? 97 : 1) {
        chars.append((char) c);
      }
    }
    for (int i = 0; i < chars.length(); i++) {
      for (int j = 0; j < chars.length(); j++) {
        String pair = new String(new char[] {chars.charAt(i), chars.charAt(j)});
        int[] expected = TextReuse.reduceNormalized(pair);
        int[] found = TextReuse.reduce(pair);
        if (!java.util.Arrays.equals(expected, found)) {
          assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(found),
              String.format("U+%04X U+%04X", (int) pair.charAt(0), (int) pair.charAt(1)));
        }
      }
    }
  }

  // ---- The code the array of hashes and the loop replace, as it was ----------------------------

  private static double referenceShare(String previous, String current) {
    int[] later = referenceReduce(current);
    if (later.length < TextReuse.GRAM) {
      return 0;
    }
    Set<Long> earlier = new HashSet<>();
    int[] before = referenceReduce(previous);
    for (int i = 0; i + TextReuse.GRAM <= before.length; i++) {
      earlier.add(TextReuse.hash(before, i));
    }
    int covered = 0;
    int coveredUntil = 0;
    for (int i = 0; i + TextReuse.GRAM <= later.length; i++) {
      if (earlier.contains(TextReuse.hash(later, i))) {
        int end = i + TextReuse.GRAM;
        covered += end - Math.max(i, coveredUntil);
        coveredUntil = end;
      }
    }
    return (double) covered / later.length;
  }

  private static int[] referenceReduce(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
        .filter(TextReuse::isWordCharacter)
        .map(cp -> Character.isDigit(cp) ? '0' : cp)
        .toArray();
  }
}
