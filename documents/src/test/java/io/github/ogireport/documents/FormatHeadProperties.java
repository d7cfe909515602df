package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The start of a text that tells its format ({@link ReportDocuments#head}, made without copying the
 * whole text) is the start of the stripped text it stands in for, near the length where it stops too.
 */
class FormatHeadProperties {
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> white = Arbitraries.of(" ", "\t", "\n", "\r\n", "\u3000", "\u2028", "\u000b", "\u001c",
        "\u00a0", "\u200b", "\ufeff", "\u0085");
    Arbitrary<String> words = Arbitraries.of("政", "<html>", "{", "[", "a", "\ud800", "\udc00", "\ud83d\ude00");
    Arbitrary<String> parts = Arbitraries.frequencyOf(Tuple.of(3, white), Tuple.of(2, words),
        Tuple.of(1, Arbitraries.chars().map(String::valueOf)),
        Tuple.of(1, Arbitraries.integers().between(4080, 4100).map("政"::repeat)));
    return parts.list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void theHeadIsTheStartOfTheStrippedText(@ForAll("texts") String text) {
    String stripped = text.strip();
    assertEquals(stripped.substring(0, Math.min(stripped.length(), ReportDocuments.HEAD)),
        ReportDocuments.head(text));
  }
}
