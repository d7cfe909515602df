package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code ReportReader.splitLines} gives the lines a split by a regular expression gives (as the
 * char-by-char loop it used for every text did): on texts of line feeds only, found by {@code
 * String.indexOf}, and on texts with carriage returns, alone or before a line feed, still split
 * char by char; Chinese text, empty lines and a line break at either end included.
 */
class SplitLinesProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> lf = Arbitraries.strings().withChars("ab 中文一\n\n").ofMaxLength(60);
    Arbitrary<String> any = Arbitraries.strings().withChars("ab 中文一\n\r\r").ofMaxLength(60);
    return Arbitraries.oneOf(lf, any);
  }

  @Property(tries = 2000)
  void linesAreTheReferencesLines(@ForAll("texts") String text) {
    assertArrayEquals(reference(text), ReportReader.splitLines(text), text.replace("\r", "\\r")
        .replace("\n", "\\n"));
    Statistics.collect(text.indexOf('\r') >= 0 ? "carriage return" : "line feeds only");
    Statistics.coverage(c -> {
      c.check("carriage return").count(n -> n > 0);
      c.check("line feeds only").count(n -> n > 0);
    });
  }

  @Example
  void breaksAtTheEnds() {
    for (String text : new String[] {"", "\n", "\n\n", "a\n", "\na", "a\r\nb\n", "\r", "\r\n\r"}) {
      assertArrayEquals(reference(text), ReportReader.splitLines(text), text);
    }
  }

  /** The lines at "\r\n", "\r" and "\n", by a regular expression, every empty line kept. */
  private static String[] reference(String text) {
    return text.split("\r\n|\r|\n", -1);
  }
}
