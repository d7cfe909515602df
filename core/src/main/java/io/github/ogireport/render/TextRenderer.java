package io.github.ogireport.render;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text with aligned table columns. A CJK character (East Asian wide or fullwidth) counts as
 * two columns, as a terminal shows it. Merged header cells print once over the columns they span;
 * a row group prints on a line of its own, its rows indented under it.
 */
final class TextRenderer {
  private static final String GAP = "  ";

  private TextRenderer() {}

  static String render(PrintedReport report) {
    StringBuilder out = new StringBuilder();
    ReportWalk.walk(
        report,
        new ReportWalk.Writer() {
          @Override
          public void title(String text) {
            out.append(text).append("\n\n");
          }

          @Override
          public void heading(String text) {
            out.append(text).append("\n\n");
          }

          @Override
          public void paragraph(String text) {
            out.append(text).append("\n\n");
          }

          @Override
          public void table(TableDecl table) {
            TextRenderer.table(out, report, table);
          }

          @Override
          public void closing(String text) {
            paragraph(text);
          }
        });
    return out.toString().stripTrailing() + "\n";
  }

  /**
   * One table: group header lines over the data columns, then one line per row. A row group's
   * label gets a line of its own, and the rows under it are indented, so the label column stays
   * narrow.
   */
  private static void table(StringBuilder out, PrintedReport report, TableDecl table) {
    TableLayout layout = TableLayout.flat(report, table);
    if (table.rowHeader().isPresent()) {
      out.append(table.caption()).append('\n');
    }
    table.note().ifPresent(c -> out.append(c).append('\n'));
    List<List<String>> paths = layout.columnPaths();
    int columns = paths.size();
    // The label column: group lines and indented leaf lines.
    List<String> labels = new ArrayList<>();
    List<List<String>> cells = new ArrayList<>();
    List<String> previous = List.of();
    for (int r = 0; r < layout.rowPaths().size(); r++) {
      List<String> path = layout.rowPaths().get(r);
      for (int level = 0; level < path.size() - 1; level++) {
        if (previous.size() <= level + 1 || !previous.subList(0, level + 1).equals(path.subList(0, level + 1))) {
          labels.add("  ".repeat(level) + path.get(level));
          cells.add(null);
        }
      }
      labels.add("  ".repeat(path.size() - 1) + path.get(path.size() - 1));
      List<String> line = new ArrayList<>();
      layout.cells().get(r).forEach(c -> line.add(CellText.of(report, c)));
      cells.add(line);
      previous = path;
    }
    String corner = table.rowHeader().orElse("");
    int labelWidth = width(corner);
    for (String l : labels) {
      labelWidth = Math.max(labelWidth, width(l));
    }
    int[] widths = new int[columns];
    for (int i = 0; i < columns; i++) {
      List<String> p = paths.get(i);
      widths[i] = width(p.get(p.size() - 1));
      for (List<String> line : cells) {
        if (line != null) {
          widths[i] = Math.max(widths[i], width(line.get(i)));
        }
      }
    }
    // Group header lines: each group's label over the columns it spans.
    int depth = layout.headerDepth();
    for (int level = 0; level < depth - 1; level++) {
      StringBuilder b = new StringBuilder(" ".repeat(labelWidth));
      int i = 0;
      boolean any = false;
      while (i < columns) {
        List<String> p = paths.get(i);
        int j = i + 1;
        int span = widths[i];
        boolean group = p.size() - 1 > level;
        while (group && j < columns && paths.get(j).size() - 1 > level
            && paths.get(j).subList(0, level + 1).equals(p.subList(0, level + 1))) {
          span += GAP.length() + widths[j];
          j++;
        }
        String text = group ? p.get(level) : "";
        any |= group;
        b.append(GAP).append(text).append(" ".repeat(Math.max(0, span - width(text))));
        i = j;
      }
      if (any) {
        out.append(b.toString().stripTrailing()).append('\n');
      }
    }
    List<String> leaves = new ArrayList<>();
    paths.forEach(p -> leaves.add(p.get(p.size() - 1)));
    line(out, corner, labelWidth, leaves, widths);
    int total = labelWidth;
    for (int w : widths) {
      total += GAP.length() + w;
    }
    out.append("-".repeat(total)).append('\n');
    for (int r = 0; r < labels.size(); r++) {
      line(out, labels.get(r), labelWidth, cells.get(r) == null ? List.of() : cells.get(r), widths);
    }
    out.append('\n');
  }

  private static void line(
      StringBuilder out, String label, int labelWidth, List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder(label).append(" ".repeat(labelWidth - width(label)));
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      b.append(GAP).append(" ".repeat(widths[i] - width(c))).append(c);
    }
    out.append(b.toString().stripTrailing()).append('\n');
  }

  /** Display width: East Asian wide and fullwidth characters count two. */
  static int width(String s) {
    return s.codePoints().map(TextRenderer::width).sum();
  }

  private static int width(int cp) {
    boolean wide =
        (cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0x303E)
            || (cp >= 0x3041 && cp <= 0x33FF)
            || (cp >= 0x3400 && cp <= 0x4DBF)
            || (cp >= 0x4E00 && cp <= 0x9FFF)
            || (cp >= 0xA000 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
