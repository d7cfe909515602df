package io.github.ogireport.render;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.TableDecl;
import java.util.List;

/** GitHub-flavoured Markdown: headings, paragraphs and pipe tables. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(PrintedReport report) {
    StringBuilder out = new StringBuilder();
    ReportWalk.walk(
        report,
        new ReportWalk.Writer() {
          @Override
          public void title(String text) {
            out.append("# ").append(text).append("\n\n");
          }

          @Override
          public void heading(String text) {
            out.append("## ").append(text).append("\n\n");
          }

          @Override
          public void paragraph(String text) {
            out.append(escape(text)).append("\n\n");
          }

          @Override
          public void table(TableDecl table) {
            MarkdownRenderer.table(out, FlatTable.of(report, table));
          }

          @Override
          public void closing(String text) {
            paragraph(text);
          }
        });
    return out.toString().stripTrailing() + "\n";
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
