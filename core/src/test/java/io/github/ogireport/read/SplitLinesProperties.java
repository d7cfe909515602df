package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code ReportReader.splitLines} gives the lines the char-by-char loop it replaces gives (kept
 * here as the reference): on texts of line feeds only, found by {@code String.indexOf}, and on
 * texts with carriage returns, alone or before a line feed; Chinese text, empty lines and a line
 * break at either end included.
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

  /** The lines as the reader split them before: char by char, at "\r\n", "\r" and "\n". */
  private static String[] reference(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, k));
        if (c == '\r' && k + 1 < n && text.charAt(k + 1) == '\n') {
          k++;
        }
        start = k + 1;
      }
    }
    out.add(text.substring(start));
    return out.toArray(new String[0]);
  }
}
