package io.github.ogireport.series;

import io.github.ogireport.model.ReportHeader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The grouping of {@link ReportSeries#groupByAgency}, made one item at a time: a caller that gets
 * its reports one by one (a checker collecting files read on other threads) groups each as it
 * comes, and asks for the groups once all are in. The groups are those {@link
 * ReportSeries#groupByAgency} gives for the items in the order they were added.
 *
 * <pre>{@code
 * AgencyGrouping<PrintedReport> grouping = new AgencyGrouping<>(r -> r);
 * for (Path file : files) {
 *   grouping.add(ReportReader.readText(Files.readString(file)).report());
 * }
 * List<AgencyGroup<PrintedReport>> groups = grouping.groups();
 * }</pre>
 *
 * <p>Not safe for use by several threads at once.
 *
 * @param <T> what is grouped
 */
public final class AgencyGrouping<T> {
  private final Function<? super T, ? extends ReportHeader> report;
  private final Map<Object, List<T>> byKey = new LinkedHashMap<>();

  /**
   * An empty grouping.
   *
   * @param report the report an item holds
   */
  public AgencyGrouping(Function<? super T, ? extends ReportHeader> report) {
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Adds an item to the group of its report's agency ({@link AgencyNames#identifiedKey}), or to a
   * group of its own when the agency is not identified.
   *
   * @param item the item
   */
  public void add(T item) {
    String name = report.apply(item).agency();
    Object key = AgencyNames.identifiedKey(name).<Object>map(k -> k).orElseGet(Object::new);
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
  }

  /**
   * The groups of the items added so far: in the order their first member was added; members by
   * year, those of one year in the order added.
   *
   * @return the groups
   */
  public List<AgencyGroup<T>> groups() {
    List<AgencyGroup<T>> out = new ArrayList<>();
    for (Map.Entry<Object, List<T>> e : byKey.entrySet()) {
      List<T> members = new ArrayList<>(e.getValue());
      members.sort(Comparator.comparingInt(item -> report.apply(item).year()));
      String agency = report.apply(e.getValue().get(0)).agency();
      boolean identified = e.getKey() instanceof String;
      out.add(
          new AgencyGroup<>(
              identified ? (String) e.getKey() : AgencyNames.key(agency),
              agency,
              identified,
              members));
    }
    return out;
  }
}
