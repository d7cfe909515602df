package io.github.ogireport.read;

import io.github.ogireport.model.PrintedReport;
import java.util.List;

/**
 * What the reader made of one published report: the printed report and the problems met.
 *
 * <pre>{@code
 * ReadResult r = ReportReader.readText(text);
 * r.report();     // the printed report: every cell it could read, blanks kept blank
 * r.problems();   // sections, rows or cells it could not read, with their lines
 * }</pre>
 *
 * @param report the printed report
 * @param problems the reading problems, in the order met
 */
public record ReadResult(PrintedReport report, List<ReadingProblem> problems) {
  /**
   * Copies the problems.
   *
   * @param report the printed report
   * @param problems the reading problems
   */
  public ReadResult {
    java.util.Objects.requireNonNull(report, "report");
    problems = List.copyOf(problems);
  }
}
