package io.github.ogireport.read;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.Edition;
import java.util.List;

/**
 * Reads published reports into {@link PrintedReport}s, deterministically.
 *
 * <pre>{@code
 * ReadResult r = ReportReader.readText(Files.readString(path));   // text, any layout
 * ReadResult h = ReportReader.readHtml(Files.readString(page));   // a published page
 * ReportValidator.validate(r.report());                            // then check it
 * }</pre>
 *
 * <p>Text comes in three layouts, all read the same way: a document converted to text with one
 * table cell per tab-prefixed line (a blank line ends a table row); text extracted from a PDF, a
 * row label followed by its numbers, labels wrapped over lines and page numbers in between; and a
 * web page flattened to text, where a row's numbers run together with no separator. HTML pages are
 * read from their tables' cells, whatever the site puts around them.
 *
 * <p>Rows and columns are found by their labels from the edition declaration, normalised for full
 * and half width, quotes, spaces and line breaks, and accepting the declared variants and typos.
 * The edition is told from the labels (the year decides when they do not). Blank, "/", "—" and
 * "无" cells stay blank. A run of digits is split only where the identities make the split unique;
 * otherwise its cells are unreadable. The reader never throws: everything it could not read is in
 * {@link ReadResult#problems()}.
 */
public final class ReportReader {
  /** The agency of a report whose title could not be read (with a {@code TITLE_NOT_FOUND} problem). */
  public static final String UNKNOWN_AGENCY = "（未识别的机关）";

  private ReportReader() {}

  /**
   * Reads a report published as text.
   *
   * @param text the text
   * @return the printed report and the reading problems
   */
  public static ReadResult readText(String text) {
    return safely(() -> new Reading(Sources.text(text == null ? "" : text)).read());
  }

  /**
   * Reads a report published as an HTML page.
   *
   * @param html the page
   * @return the printed report and the reading problems
   */
  public static ReadResult readHtml(String html) {
    return safely(() -> new Reading(Sources.html(html == null ? "" : html)).read());
  }

  /**
   * Reads a report, as HTML when the input looks like a page ({@code <html}, {@code <table} or
   * {@code <body} near its start), as text otherwise.
   *
   * @param content the published report
   * @return the printed report and the reading problems
   */
  public static ReadResult read(String content) {
    String head = content == null ? "" : content.substring(0, Math.min(content.length(), 4096)).toLowerCase(java.util.Locale.ROOT);
    return head.contains("<html") || head.contains("<table") || head.contains("<body")
        ? readHtml(content)
        : readText(content);
  }

  private static ReadResult safely(java.util.function.Supplier<ReadResult> reading) {
    try {
      return reading.get();
    } catch (RuntimeException | StackOverflowError e) {
      PrintedReport empty =
          PrintedReport.builder()
              .edition(Edition.E2021)
              .agency(UNKNOWN_AGENCY)
              .year(2021)
              .narratives(Narratives.empty())
              .build();
      return new ReadResult(
          empty,
          List.of(
              new ReadingProblem(
                  ReadingProblem.Kind.NOT_A_REPORT,
                  "the reader failed on this input: " + e,
                  "document")));
    }
  }
}
