package io.github.ogireport.series;

import java.util.List;
import java.util.Objects;

/**
 * The reports of one agency, ordered by year, as {@link ReportSeries#groupByAgency} makes them.
 *
 * @param <T> what the caller groups: reports, or the caller's own records holding a report (a file
 *     and what was read from it)
 * @param key the agency's grouping key ({@link AgencyNames#key}); for a report whose agency was not
 *     identified, the normalised printed name, alone in its group
 * @param agency the agency's name as first printed among the members
 * @param identified whether the agency was identified ({@link AgencyNames#identifiedKey}); a group
 *     of an unidentified agency holds exactly one member
 * @param members the members, by year, those of one year in the order given
 */
public record AgencyGroup<T>(String key, String agency, boolean identified, List<T> members) {
  /**
   * Checks the components and copies the members.
   *
   * @param key the agency's grouping key
   * @param agency the agency's name as first printed among the members
   * @param identified whether the agency was identified
   * @param members the members, by year
   */
  public AgencyGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(agency, "agency");
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an agency group has at least one member");
    }
  }
}
