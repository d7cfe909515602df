package io.github.ogireport.render;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a report in the official layout, as HTML, Markdown or plain text.
 *
 * <pre>{@code
 * String page = ReportRenderer.html(report);      // one self-contained page, A4-printable
 * String md = ReportRenderer.markdown(report);    // GitHub tables
 * String txt = ReportRenderer.text(printed);      // aligned columns, CJK two columns wide
 * }</pre>
 *
 * <p>Every label comes from the report's edition declaration, every number from the report; no
 * renderer adds anything up. The HTML page keeps the template's structure: section 三's three
 * header rows with the 勾稽 note spanning three rows and three columns, row groups with {@code
 * rowspan}, section 四's two-level header with its numbers on one line. Markdown and text flatten
 * merged cells (a group's label is repeated on each of its rows; section 四 is printed one line per
 * group).
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  /**
   * One self-contained HTML page (inline CSS, UTF-8, printable on A4).
   *
   * @param report a printed report
   * @return the page
   */
  public static String html(PrintedReport report) {
    return new HtmlRenderer(report).render();
  }

  /**
   * One self-contained HTML page whose table cells carry extra attributes, for a page that marks
   * cells (a checker's review page gives each cell in a violation an {@code id}, a {@code class}
   * and a {@code title}). Attribute values are escaped here; a {@code class} is added to the
   * renderer's own.
   *
   * @param report a printed report
   * @param cellAttributes the extra attributes of each cell's {@code <td>} (name to value; empty for
   *     none); a name is letters, digits and hyphens
   * @return the page
   * @throws IllegalArgumentException when an attribute name is not letters, digits and hyphens
   */
  public static String html(
      PrintedReport report, Function<CellRef, Map<String, String>> cellAttributes) {
    return new HtmlRenderer(report, java.util.Objects.requireNonNull(cellAttributes, "cellAttributes"))
        .render();
  }

  /**
   * One self-contained HTML page of a report built in code.
   *
   * @param report the report
   * @return the page
   */
  public static String html(AnnualReport report) {
    return html(report.toPrinted());
  }

  /**
   * Markdown with GitHub tables.
   *
   * @param report a printed report
   * @return the Markdown text
   */
  public static String markdown(PrintedReport report) {
    return MarkdownRenderer.render(report);
  }

  /**
   * Markdown with GitHub tables, of a report built in code.
   *
   * @param report the report
   * @return the Markdown text
   */
  public static String markdown(AnnualReport report) {
    return markdown(report.toPrinted());
  }

  /**
   * Plain text with aligned columns.
   *
   * @param report a printed report
   * @return the text
   */
  public static String text(PrintedReport report) {
    return TextRenderer.render(report);
  }

  /**
   * Plain text with aligned columns, of a report built in code.
   *
   * @param report the report
   * @return the text
   */
  public static String text(AnnualReport report) {
    return text(report.toPrinted());
  }
}
