package io.github.ogireport.series;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ReportSeries#check} found in one agency's series.
 *
 * @param <T> the members of the series
 * @param agency the agency's name as first printed among the members
 * @param members the members, by year
 * @param findings every finding, by year: for each pair of consecutive years the cross-year
 *     violations (errors first) and the repeated text; notes where a year is missing or duplicated
 */
public record SeriesVerdict<T>(String agency, List<T> members, List<SeriesFinding<T>> findings) {
  /**
   * Checks the components and copies the lists.
   *
   * @param agency the agency's name
   * @param members the members, by year
   * @param findings every finding, by year
   */
  public SeriesVerdict {
    Objects.requireNonNull(agency, "agency");
    members = List.copyOf(members);
    findings = List.copyOf(findings);
  }

  /**
   * The findings of one level.
   *
   * @param level error, warning or note
   * @return the findings of that level, in order
   */
  public List<SeriesFinding<T>> findings(SeriesFinding.Level level) {
    return findings.stream().filter(f -> f.level() == level).toList();
  }

  /**
   * Whether two reports of the series contradict each other.
   *
   * @return true when a finding is an error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.level() == SeriesFinding.Level.ERROR);
  }

  /**
   * A one-line summary, for example {@code 方正县教育局: 3 reports, 1 error, 0 warnings, 1 note}.
   *
   * @return the summary
   */
  public String summary() {
    return agency
        + ": "
        + plural(members.size(), "report")
        + ", "
        + plural(findings(SeriesFinding.Level.ERROR).size(), "error")
        + ", "
        + plural(findings(SeriesFinding.Level.WARNING).size(), "warning")
        + ", "
        + plural(findings(SeriesFinding.Level.NOTE).size(), "note");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
