package io.github.ogireport.render;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;

/**
 * The order every rendering follows: the title, the preamble, each section's heading with its text
 * or its tables (and the text printed with them), then the closing. The renderers differ only in
 * how they write each part.
 */
final class ReportWalk {
  private ReportWalk() {}

  /** Writes the parts of a report in one format. */
  interface Writer {
    void title(String title);

    void heading(String heading);

    void paragraph(String paragraph);

    void table(TableDecl table);

    void closing(String line);
  }

  static void walk(PrintedReport report, Writer w) {
    EditionTemplate t = report.edition().template();
    Narratives n = report.narratives();
    w.title(t.title(report.agency(), report.year()));
    paragraphs(n.preamble(), w);
    for (Section s : Section.values()) {
      w.heading(t.heading(s));
      switch (s) {
        case ONE -> paragraphs(n.overview(), w);
        case FIVE -> paragraphs(n.problems(), w);
        case SIX -> paragraphs(n.otherMatters(), w);
        default -> {
          for (TableDecl d : t.tables()) {
            if (d.section() == s) {
              w.table(d);
            }
          }
          paragraphs(n.tableNotes().getOrDefault(s, ""), w);
        }
      }
    }
    CellText.paragraphs(n.closing()).forEach(w::closing);
  }

  private static void paragraphs(String text, Writer w) {
    CellText.paragraphs(text).forEach(w::paragraph);
  }
}
