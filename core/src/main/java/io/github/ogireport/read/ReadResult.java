package io.github.ogireport.read;

import io.github.ogireport.model.PrintedReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the reader made of one published report: the printed report, the problems met, and the
 * agency and year exactly as far as they were found.
 *
 * <pre>{@code
 * ReadResult r = ReportReader.readText(text);
 * r.report();     // the printed report: every cell it could read, blanks kept blank
 * r.problems();   // sections, rows or cells it could not read, with their lines
 * r.year();       // empty when neither the title nor the statistics period gives it
 * r.notes();      // words printed after a cell's number, 22（其中修订16件）: read as 22
 * }</pre>
 *
 * <p>A {@link PrintedReport} always has an agency and a year; when the reader found none, the
 * report holds {@link ReportReader#UNKNOWN_AGENCY} and the first year of its edition, {@link
 * #agency()} or {@link #year()} is empty and {@link #problems()} says so ({@code TITLE_NOT_FOUND}).
 * Show the empty value (JSON {@code null}), never the report's stand-in.
 *
 * @param report the printed report
 * @param problems the reading problems, in the order met
 * @param agency the agency as found, or empty
 * @param year the year as found, or empty
 * @param notes the words printed in brackets after the numbers of cells read, in the order met
 */
public record ReadResult(
    PrintedReport report,
    List<ReadingProblem> problems,
    Optional<String> agency,
    OptionalInt year,
    List<CellNote> notes) {
  /**
   * Copies the problems and the notes.
   *
   * @param report the printed report
   * @param problems the reading problems
   * @param agency the agency as found, or empty
   * @param year the year as found, or empty
   * @param notes the words printed in brackets after cells' numbers
   */
  public ReadResult {
    Objects.requireNonNull(report, "report");
    problems = List.copyOf(problems);
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(year, "year");
    notes = List.copyOf(notes);
  }

  /**
   * A result without notes.
   *
   * @param report the printed report
   * @param problems the reading problems
   * @param agency the agency as found, or empty
   * @param year the year as found, or empty
   */
  public ReadResult(
      PrintedReport report, List<ReadingProblem> problems, Optional<String> agency, OptionalInt year) {
    this(report, problems, agency, year, List.of());
  }

  /**
   * A result whose agency and year are the report's own (a report whose header was found).
   *
   * @param report the printed report
   * @param problems the reading problems
   */
  public ReadResult(PrintedReport report, List<ReadingProblem> problems) {
    this(report, problems, Optional.of(report.agency()), OptionalInt.of(report.year()));
  }
}
