package io.github.ogireport.cli;

import io.github.ogireport.cli.Groups.Group;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.read.CellNote;
import io.github.ogireport.read.ReadingProblem;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.validation.Violation;
import java.util.stream.Collectors;

/**
 * The checker's text: one verdict line per file, then (unless quiet) each violation group, each
 * reading problem, and each number printed with words after it.
 */
final class TextOutput {
  private TextOutput() {}

  static String of(FileCheck f, Lang l, boolean quiet) {
    StringBuilder b = new StringBuilder(f.entry().shown()).append(l.colon);
    if (!f.status().isReport()) {
      return b.append(l.status(f.status())).append(l.colon).append(Entry.escape(f.reason())).append('\n').toString();
    }
    PrintedReport p = f.report();
    b.append(p.edition().id()).append(l.edition).append(l.comma)
        .append(f.agency().orElse(l.t("机关", "agency ") + l.notFound())).append(l.comma)
        .append(f.year().isPresent() ? f.yearShown(l) + l.yearSuffix : l.t("年度", "year ") + l.notFound())
        .append(l.colon)
        .append(l.errors(f.errors())).append(l.comma).append(l.warnings(f.warnings()));
    if (f.problems() > 0) {
      b.append(l.comma).append(l.problems(f.problems()));
    }
    if (f.status() == FileCheck.Status.NOTHING_TO_CHECK) {
      b.append(l.comma).append(l.status(f.status()));
    }
    b.append('\n');
    if (quiet) {
      return b.toString();
    }
    for (Group g : Groups.of(f.violations())) {
      violation(b, g, l);
    }
    for (ReadingProblem problem : f.read().problems()) {
      b.append("  ").append(l.readingProblem).append(l.open).append(problem.origin()).append(l.close)
          .append(l.colon).append(oneLine(l.problem(problem))).append('\n');
    }
    for (CellNote n : f.read().notes()) {
      b.append("  ").append(l.t("印作", "printed")).append(l.open).append(n.origin()).append(l.close)
          .append(l.colon).append(n.cell()).append(' ').append(oneLine(n.printed()))
          .append(l.t("，读作 ", ", read as "))
          .append(((PrintedCell.Numeric) f.report().cells().get(n.cell())).figure()) // a note's cell holds its number
          .append('\n');
    }
    return b.toString();
  }

  /** A message as one line: the line breaks of printed text it quotes become spaces. */
  static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  static void violation(StringBuilder b, Group g, Lang l) {
    Violation v = g.first();
    b.append("  ").append(v.identityId()).append(' ').append(l.severity(v));
    if (!g.isSingle()) {
      b.append(" ×").append(g.violations().size());
    }
    b.append(l.colon).append(oneLine(l.message(v)));
    if (g.isSingle()) {
      v.expected().ifPresent(e -> b.append(l.open).append(l.expected).append(' ').append(e.toPlainString())
          .append(v.found().map(x -> l.comma + l.found + " " + x.toPlainString()).orElse(""))
          .append(l.close));
    } else {
      b.append(l.open).append(String.format(l.moreAlike, g.violations().size() - 1)).append(l.close);
    }
    b.append('\n');
    if (!v.cells().isEmpty()) {
      b.append("      ").append(l.at).append(l.colon)
          .append(g.isSingle()
              ? v.cells().stream().map(CellRef::toString).collect(Collectors.joining(l.semicolon))
              : g.cellsByRow(l.semicolon))
          .append('\n');
    }
  }
}
