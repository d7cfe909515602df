package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Telling text by a table made once ({@link TextDecoding#isText}) agrees with asking {@link
 * Character} the type of each code point (the code it replaced, {@link
 * TextDecodingProperties#referenceIsText}), for any char,
 * surrogate pairs and lone surrogates included, and for every char of the Basic Multilingual Plane.
 */
class TextTableProperties {
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChar = Arbitraries.chars().map(String::valueOf);
    Arbitrary<String> report = Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf);
    Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)
        .map(Character::toString);
    Arbitrary<String> oddOnes = Arbitraries.chars().range('\ue000', '\uf8ff').map(String::valueOf);
    Arbitrary<String> white = Arbitraries.of("\t", "\n", "\r", "\f", " ", "\u000b", "\u001c", "\u0085");
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, anyChar),
            net.jqwik.api.Tuple.of(10, report),
            net.jqwik.api.Tuple.of(2, supplementary),
            net.jqwik.api.Tuple.of(2, oddOnes),
            net.jqwik.api.Tuple.of(2, white))
        .list().ofMaxSize(300).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void theTableTellsTextAsTheCodePointsDo(@ForAll("texts") String text) {
    assertEquals(TextDecodingProperties.referenceIsText(text), TextDecoding.isText(text));
  }

  @Example
  void everyCharAloneAndAmidReportTextIsToldAsTheCodePointsTellIt() {
    String words = "政府信息公开工作年度报告".repeat(9);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String alone = String.valueOf((char) c);
      assertEquals(TextDecodingProperties.referenceIsText(alone), TextDecoding.isText(alone), "U+" + Integer.toHexString(c));
      String amid = words + (char) c + words;
      assertEquals(TextDecodingProperties.referenceIsText(amid), TextDecoding.isText(amid), "amid U+" + Integer.toHexString(c));
    }
  }
}
