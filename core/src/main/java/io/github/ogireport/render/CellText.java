package io.github.ogireport.render;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import java.util.Optional;

/** How one cell prints: what the model holds, never a computed value. */
final class CellText {
  private CellText() {}

  static String of(PrintedReport report, CellRef cell) {
    return of(report.edition().template(), cell, report.cells().get(cell));
  }

  /** How a cell of a template prints what was printed there (null: nothing). */
  static String of(EditionTemplate t, CellRef cell, PrintedCell p) {
    if (p == null || p instanceof PrintedCell.NotRead) {
      return ""; // nothing was read there
    }
    if (p instanceof PrintedCell.Blank b) {
      return b.mark();
    }
    if (p instanceof PrintedCell.Unreadable u) {
      return u.text();
    }
    Figure f = ((PrintedCell.Numeric) p).figure();
    if (f instanceof Figure.Amount a) {
      Optional<MoneyUnit> headerUnit = t.column(cell).unit();
      return headerUnit.isPresent() && headerUnit.get() == a.money().unit()
          ? a.money().amount().toPlainString()
          : a.money().toString();
    }
    return f.toString();
  }

  static boolean unreadable(PrintedReport report, CellRef cell) {
    return report.cells().get(cell) instanceof PrintedCell.Unreadable;
  }

  /** The paragraphs of a narrative text: its non-blank lines. */
  static java.util.List<String> paragraphs(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Receives one paragraph of a text as the range of the text it covers. */
  interface ParagraphRange {
    /**
     * One paragraph.
     *
     * @param text the whole text
     * @param from where the paragraph starts in it
     * @param to where it ends (exclusive)
     */
    void paragraph(String text, int from, int to);
  }

  /**
   * The paragraphs of a narrative text as ranges of it, without making a string of each: the same
   * paragraphs as {@link #paragraphs(String)} (the lines, split at {@code \n}, {@code \r} and
   * {@code \r\n}, stripped of white space as {@link String#strip()} does, the blank ones left out).
   */
  static void paragraphs(String text, ParagraphRange to) {
    int n = text.length();
    int lf = -1; // the next \n at or after start (n: none), found when start passes the last one
    int cr = -1;
    int start = 0;
    while (start < n) {
      if (lf < start) {
        lf = lineBreak(text, '\n', start);
      }
      if (cr < start) {
        cr = lineBreak(text, '\r', start);
      }
      int end = Math.min(lf, cr);
      int from = start;
      while (from < end) {
        int cp = text.codePointAt(from);
        if (!Character.isWhitespace(cp)) {
          break;
        }
        from += Character.charCount(cp);
      }
      int until = end;
      while (until > from) {
        int cp = text.codePointBefore(until);
        if (!Character.isWhitespace(cp)) {
          break;
        }
        until -= Character.charCount(cp);
      }
      if (until > from) {
        to.paragraph(text, from, until);
      }
      start = end + 1; // past \n or \r; the \n of a \r\n ends an empty line, left out
    }
  }

  /** The next {@code ch} at or after {@code from}, or the text's length. */
  private static int lineBreak(String text, char ch, int from) {
    int i = text.indexOf(ch, from);
    return i < 0 ? text.length() : i;
  }

  /** The report's title: agency, year and the template's name for the report. */
  static String title(EditionTemplate t, PrintedReport report) {
    return t.title(report.agency(), report.year());
  }
}
