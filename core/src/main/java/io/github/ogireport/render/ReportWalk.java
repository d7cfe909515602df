package io.github.ogireport.render;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order every rendering follows, HTML, Markdown, text and Word alike: the title, the preamble,
 * each section's heading with its text or its tables (and the text printed with them), then the
 * closing. The renderers differ only in how they write each part.
 *
 * <p>Section 六 is its text followed, when the report states them (2021 edition), by the
 * 信息处理费 facts in the words agencies use: {@code 本年度共发出信息处理费收费通知1件，总金额100元，实际收取信息处理费0元。}
 * Only the facts the report states are printed, nothing is computed, and a text that already has
 * that very paragraph (a report read back from a rendering) does not get it twice.
 *
 * <pre>{@code
 * ReportWalk.walk(printed, new ReportWalk.Writer() { ... });   // one call per part, in order
 * }</pre>
 */
public final class ReportWalk {
  private ReportWalk() {}

  /** Writes the parts of a report in one format; the walk calls it once per part, in order. */
  public interface Writer {
    /**
     * The report's title (agency, year and the template's name for the report).
     *
     * @param title the title
     */
    void title(String title);

    /**
     * A section's official heading, such as {@code 一、总体情况}.
     *
     * @param heading the heading
     */
    void heading(String heading);

    /**
     * One paragraph of text (a non-blank line of a narrative, stripped).
     *
     * @param paragraph the paragraph
     */
    void paragraph(String paragraph);

    /**
     * The paragraphs of one narrative text: by default {@link #paragraph} for each of its non-blank
     * lines, stripped. A writer that can write a paragraph straight from the text may override this
     * (sparing a string per line), writing the same paragraphs.
     *
     * @param text the narrative text
     */
    default void paragraphs(String text) {
      CellText.paragraphs(text).forEach(this::paragraph);
    }

    /**
     * One of the edition's tables; {@link TableGrid#official} gives its cells in the official
     * layout.
     *
     * @param table the table's declaration
     */
    void table(TableDecl table);

    /**
     * One closing line after section 六 (the agency's name, the date).
     *
     * @param line the line
     */
    void closing(String line);

    /**
     * The closing lines of the report's closing text: by default {@link #closing} for each of its
     * non-blank lines, stripped. A writer may override this as it may {@link #paragraphs}.
     *
     * @param text the closing text
     */
    default void closingLines(String text) {
      CellText.paragraphs(text).forEach(this::closing);
    }
  }

  /**
   * Walks a report, calling the writer for each part in printed order.
   *
   * @param report the report
   * @param w the writer
   */
  public static void walk(PrintedReport report, Writer w) {
    EditionTemplate t = report.edition().template();
    Narratives n = report.narratives();
    w.title(t.title(report.agency(), report.year()));
    w.paragraphs(n.preamble());
    for (Section s : Section.values()) {
      w.heading(t.heading(s));
      switch (s) {
        case ONE -> w.paragraphs(n.overview());
        case FIVE -> w.paragraphs(n.problems());
        case SIX -> {
          if (n.processingFees().isEmpty()) {
            w.paragraphs(n.otherMatters()); // otherMatters(report) is this text's paragraphs
          } else {
            otherMatters(report).forEach(w::paragraph);
          }
        }
        default -> {
          for (TableDecl d : t.tables()) {
            if (d.section() == s) {
              w.table(d);
            }
          }
          w.paragraphs(n.tableNotes().getOrDefault(s, ""));
        }
      }
    }
    w.closingLines(n.closing());
  }

  /**
   * The paragraphs section 六 prints: the report's text, then the 信息处理费 facts it states (unless
   * the text already has that very paragraph).
   *
   * @param report the report
   * @return the paragraphs, in printed order
   */
  public static List<String> otherMatters(PrintedReport report) {
    Narratives n = report.narratives();
    List<String> text = new ArrayList<>(CellText.paragraphs(n.otherMatters()));
    n.processingFees()
        .flatMap(f -> feeSentence(report.edition().template(), f))
        .filter(sentence -> !text.contains(sentence))
        .ifPresent(text::add);
    return text;
  }

  /**
   * The 信息处理费 facts as one sentence, naming only the facts stated (empty when none is), each
   * variant containing the template's word for the fee, which the I11 check looks for.
   */
  static Optional<String> feeSentence(EditionTemplate t, ProcessingFees f) {
    String fee = t.processingFeeKeyword();
    List<String> clauses = new ArrayList<>();
    f.noticesIssued().ifPresent(k -> clauses.add("共发出" + fee + "收费通知" + k + "件"));
    f.amountCharged()
        .ifPresent(
            m -> clauses.add((clauses.isEmpty() ? fee + "收费通知" : "") + "总金额" + m));
    f.amountCollected().ifPresent(m -> clauses.add("实际收取" + fee + m));
    return clauses.isEmpty()
        ? Optional.empty()
        : Optional.of("本年度" + String.join("，", clauses) + "。");
  }
}
