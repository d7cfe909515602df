package io.github.ogireport.read;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.Edition;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads published reports into {@link PrintedReport}s, deterministically.
 *
 * <pre>{@code
 * ReadResult r = ReportReader.readText(Files.readString(path));   // text, any layout
 * ReadResult h = ReportReader.readHtml(Files.readString(page));   // a published page
 * ReadResult t = ReportReader.read(tableSource);                  // rows and lines from elsewhere
 * ReportValidator.validate(r.report());                            // then check it
 * }</pre>
 *
 * <p>Text comes in several layouts, all read the same way: a document converted to text with one
 * table cell per tab-prefixed line (a blank line ends a table row); Markdown pipe tables (with or
 * without outer pipes, separator lines, made-up header rows and headings between the pieces of a
 * table); text with columns aligned under a header and a rule of dashes; text extracted from a
 * PDF, a row label followed by its numbers, labels wrapped over lines and page numbers in between;
 * and a web page flattened to text, where a row's numbers run together with no separator. HTML
 * pages are read from their tables' cells, whatever the site puts around them. Each layout becomes
 * a {@link TableSource} of lines and table rows, and one path reads every source: a reader of
 * another format builds a {@link TableSource} and calls {@link #read(TableSource)}.
 *
 * <p>Rows and columns are found by their labels from the edition declaration, normalised for full
 * and half width, quotes, spaces and line breaks, and accepting the declared variants and typos.
 * The edition is told from the labels (the year decides when they do not). Blank, "/", "—" and
 * "无" cells stay blank; a cell whose section, table or row was not found is "not read" ({@link
 * io.github.ogireport.model.PrintedCell.NotRead}), never blank. A run of digits, or a list of
 * numbers shorter than its row, is taken only where the identities leave exactly one assignment,
 * counting blank cells as possible; otherwise its cells are unreadable. A second report in the
 * same input is reported and left out. The agency and year come from the title, else the year
 * from the statistics period and the agency from the signature; not found, they are empty in the
 * {@link ReadResult} with a problem. The reader never throws: everything it could not read is in
 * {@link ReadResult#problems()}.
 *
 * <p>Limits: a document of more than {@value #MAX_CHARACTERS} characters is not read (a {@code
 * NOT_A_REPORT} problem naming the limit); a line longer than {@value #MAX_LINE} characters is cut
 * there (a {@code TOO_LARGE} problem); a run of more than {@value Tokens#MAX_DIGITS} digits is no
 * count, and its cells are unreadable.
 */
public final class ReportReader {
  /** The agency of a report whose agency could not be read (with a {@code TITLE_NOT_FOUND} problem). */
  public static final String UNKNOWN_AGENCY = "（未识别的机关）";

  /** The longest document read, in characters. */
  public static final int MAX_CHARACTERS = 8_000_000;

  /** The longest line read, in characters; a longer line is cut. */
  public static final int MAX_LINE = 200_000;

  private ReportReader() {}

  /**
   * Reads a report published as text.
   *
   * @param text the text
   * @return the printed report and the reading problems
   */
  public static ReadResult readText(String text) {
    return safely(text == null ? "" : text, () -> {
      List<ReadingProblem> limits = new java.util.ArrayList<>();
      String[] lines = lines(text, limits);
      return withProblems(new Reading(Sources.text(lines).source()).read(), limits);
    });
  }

  /**
   * Reads a report published as an HTML page.
   *
   * @param html the page
   * @return the printed report and the reading problems
   */
  public static ReadResult readHtml(String html) {
    return safely(html == null ? "" : html, () -> new Reading(Sources.html(html).source()).read());
  }

  /**
   * Reads a report given as lines of text and table rows, as a reader of another format (PDF,
   * Word) gives it.
   *
   * @param source the report's lines and table rows, in reading order
   * @return the printed report and the reading problems
   */
  public static ReadResult read(TableSource source) {
    if (source == null) {
      return notRead("no source given");
    }
    return safely(null, () -> new Reading(source.source()).read());
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

  private static String[] lines(String text, List<ReadingProblem> problems) {
    String[] lines = splitLines(text);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > MAX_LINE) {
        problems.add(new ReadingProblem(ReadingProblem.Kind.TOO_LARGE,
            "line of " + lines[i].length() + " characters cut at " + MAX_LINE, "line " + (i + 1)));
        lines[i] = lines[i].substring(0, MAX_LINE);
      }
    }
    return lines;
  }

  /** The lines of a text, split at "\r\n", "\r" and "\n", an empty last line kept. */
  static String[] splitLines(String text) {
    List<String> out = new java.util.ArrayList<>();
    if (text.indexOf('\r') < 0) {
      // No carriage return: the lines end at each line feed, found by String.indexOf.
      int start = 0;
      for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', start)) {
        out.add(text.substring(start, k));
        start = k + 1;
      }
      out.add(text.substring(start));
      return out.toArray(new String[0]);
    }
    int start = 0;
    int n = text.length();
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, k));
        if (c == '\r' && k + 1 < n && text.charAt(k + 1) == '\n') {
          k++;
        }
        start = k + 1;
      }
    }
    out.add(text.substring(start));
    return out.toArray(new String[0]);
  }

  private static ReadResult withProblems(ReadResult r, List<ReadingProblem> first) {
    if (first.isEmpty()) {
      return r;
    }
    List<ReadingProblem> all = new java.util.ArrayList<>(first);
    all.addAll(r.problems());
    return new ReadResult(r.report(), all, r.agency(), r.year(), r.notes());
  }

  private static ReadResult safely(String input, java.util.function.Supplier<ReadResult> reading) {
    if (input != null && input.isBlank()) {
      return notRead("the input is empty: this is not a report");
    }
    if (input != null && input.length() > MAX_CHARACTERS) {
      return notRead("a document of " + input.length() + " characters is longer than the "
          + MAX_CHARACTERS + " a report can have: not read");
    }
    try {
      return reading.get();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return notRead("the reader failed on this input: " + e);
    }
  }

  private static ReadResult notRead(String why) {
    return problem(ReadingProblem.Kind.NOT_A_REPORT, why);
  }

  private static ReadResult problem(ReadingProblem.Kind kind, String why) {
    PrintedReport empty =
        PrintedReport.builder()
            .edition(Edition.E2021)
            .agency(UNKNOWN_AGENCY)
            .year(2021)
            .narratives(Narratives.empty())
            .build();
    return new ReadResult(
        empty, List.of(new ReadingProblem(kind, why, "document")), Optional.empty(), OptionalInt.empty());
  }
}
