package io.github.ogireport.render;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.util.List;

/** GitHub-flavoured Markdown: headings, paragraphs and pipe tables. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(PrintedReport report) {
    EditionTemplate t = report.edition().template();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(CellText.title(report)).append("\n\n");
    Narratives n = report.narratives();
    paragraphs(out, n.preamble());
    for (Section s : Section.values()) {
      out.append("## ").append(t.heading(s)).append("\n\n");
      switch (s) {
        case ONE -> paragraphs(out, n.overview());
        case FIVE -> paragraphs(out, n.problems());
        case SIX -> paragraphs(out, n.otherMatters());
        default -> {
          for (TableDecl d : t.tables()) {
            if (d.section() == s) {
              table(out, FlatTable.of(report, d));
            }
          }
          paragraphs(out, n.tableNotes().getOrDefault(s, ""));
        }
      }
    }
    paragraphs(out, n.closing());
    return out.toString().stripTrailing() + "\n";
  }

  private static void paragraphs(StringBuilder out, String text) {
    for (String p : CellText.paragraphs(text)) {
      out.append(escape(p)).append("\n\n");
    }
  }

  private static void table(StringBuilder out, FlatTable t) {
    t.caption().ifPresent(c -> out.append("**").append(c).append("**\n\n"));
    t.note().ifPresent(c -> out.append(c).append("\n\n"));
    line(out, t.header());
    out.append('|');
    for (int i = 0; i < t.header().size(); i++) {
      out.append(i < t.labelColumns() ? " --- |" : " ---: |");
    }
    out.append('\n');
    for (List<String> row : t.body()) {
      line(out, row);
    }
    out.append('\n');
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(cell(c)).append(" |");
    }
    out.append('\n');
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|");
  }

  /** Escapes what would start Markdown structure at the beginning of a paragraph. */
  private static String escape(String paragraph) {
    String p = paragraph.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_");
    if (p.matches("^(#|>|-|\\+|\\d+\\.).*")) {
      p = "\\" + p;
    }
    return p;
  }
}
