package io.github.ogireport.cli;

import io.github.ogireport.cli.Groups.Group;
import io.github.ogireport.validation.Violation;

/** The text of a series verdict: a headline per agency, then each pair's violations and the notes. */
final class TextSeries {
  private TextSeries() {}

  static String headline(SeriesCheck.Verdict v, Lang l) {
    return l.series + " " + v.agency() + l.comma + v.firstYear() + "–" + v.lastYear() + l.yearSuffix
        + l.open + v.members().size() + " " + l.reportsWord + l.close + l.colon
        + l.errors(v.errors()) + l.comma + l.warnings(v.warnings());
  }

  static String of(SeriesCheck.Verdict v, Lang l, boolean quiet) {
    StringBuilder b = new StringBuilder(headline(v, l)).append('\n');
    if (quiet) {
      return b.toString();
    }
    for (SeriesCheck.Step s : v.steps()) {
      if (!s.note().isEmpty()) {
        b.append("  ").append(s.from()).append("→").append(s.to()).append(l.colon).append(s.note()).append('\n');
      }
      for (Group g : Groups.of(s.violations())) {
        StringBuilder one = new StringBuilder();
        TextOutput.violation(one, g, l);
        b.append("  ").append(s.from()).append("→").append(s.to()).append(one.substring(1));
      }
    }
    return b.toString();
  }

  static boolean hasError(SeriesCheck.Verdict v) {
    return v.steps().stream().flatMap(s -> s.violations().stream()).anyMatch(Violation::isError);
  }
}
