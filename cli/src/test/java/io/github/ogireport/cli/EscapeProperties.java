package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A file's name as printed: the pass over its chars that returns a name with nothing to escape as it
 * is ({@link Entry#escape}) gives what escaping it code point by code point gives.
 */
class EscapeProperties {
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> plain = Arbitraries.of("洪泽区", "2023年报", "-", ".txt", "report", " ", "（一）");
    Arbitrary<String> odd = Arbitraries.of("\n", "\r", "\t", "\\", "\u007f", "\u0085", "\u200b", "\u200e",
        "\u00ad", "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "\udb40\udc01", "\ud834\udd73", "\u0000");
    Arbitrary<String> any = Arbitraries.chars().map(String::valueOf);
    Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)
        .map(Character::toString);
    return Arbitraries.frequencyOf(Tuple.of(8, plain), Tuple.of(1, odd), Tuple.of(2, any), Tuple.of(1, supplementary))
        .list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void aNameIsShownAsWhenEscapedCodePointByCodePoint(@ForAll("names") String name) {
    assertEquals(Entry.escapeByCodePoints(name), Entry.escape(name));
  }
}
