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
 * of hashes, is the share counted with code point streams and a set of boxed hashes as before.
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
