package io.github.ogireport.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.Edition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Grouping one item at a time ({@link AgencyGrouping}), asking for the groups on the way, gives at
 * every point the groups of the items added so far as {@link ReportSeries#groupByAgency} made them
 * before it was built on {@link AgencyGrouping} (kept here as the reference): the same groups in
 * the same order with the same members in the same order.
 */
class AgencyGroupingProperties {
  @Provide
  Arbitrary<List<PrintedReport>> reports() {
    Arbitrary<String> agencies = Arbitraries.of("洪泽区人民政府", "洪泽区 人民政府", "淮安市洪泽区人民政府", "方正县教育局",
        "方正县\u3000教育局", "ＡＢＣ区政府", "ABC区政府", "", " ", ReportReader.UNKNOWN_AGENCY);
    Arbitrary<Integer> years = Arbitraries.integers().between(2019, 2025);
    return Combinators.combine(agencies, years, Arbitraries.integers().between(0, 999))
        .as((agency, year, n) -> PrintedReport.builder()
            .edition(Edition.forReportYear(year))
            .agency(agency)
            .year(year)
            .narratives(Narratives.builder().overview("第" + n + "份").problems("无。").build())
            .build())
        .list().ofMaxSize(24);
  }

  @Property(tries = 500)
  void groupingItemByItemGivesTheGroupsOfTheItemsSoFar(@ForAll("reports") List<PrintedReport> reports) {
    AgencyGrouping<PrintedReport> grouping = new AgencyGrouping<>(r -> r);
    List<PrintedReport> added = new ArrayList<>();
    for (PrintedReport r : reports) {
      grouping.add(r);
      added.add(r);
      List<AgencyGroup<PrintedReport>> expected = reference(added);
      assertSameGroups(expected, ReportSeries.groupByAgency(added, x -> x));
      assertSameGroups(expected, grouping.groups());
    }
  }

  /** The grouping as {@link ReportSeries#groupByAgency} made it before {@link AgencyGrouping}. */
  private static List<AgencyGroup<PrintedReport>> reference(List<PrintedReport> items) {
    Map<Object, List<PrintedReport>> byKey = new LinkedHashMap<>();
    for (PrintedReport item : items) {
      Object key = AgencyNames.identifiedKey(item.agency()).<Object>map(k -> k).orElseGet(Object::new);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }
    List<AgencyGroup<PrintedReport>> out = new ArrayList<>();
    for (Map.Entry<Object, List<PrintedReport>> e : byKey.entrySet()) {
      List<PrintedReport> members = new ArrayList<>(e.getValue());
      members.sort(Comparator.comparingInt(PrintedReport::year));
      String agency = e.getValue().get(0).agency();
      boolean identified = e.getKey() instanceof String;
      out.add(new AgencyGroup<>(identified ? (String) e.getKey() : AgencyNames.key(agency), agency, identified, members));
    }
    return out;
  }

  private static void assertSameGroups(List<AgencyGroup<PrintedReport>> expected, List<AgencyGroup<PrintedReport>> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      AgencyGroup<PrintedReport> e = expected.get(i);
      AgencyGroup<PrintedReport> a = actual.get(i);
      assertEquals(e.key(), a.key());
      assertEquals(e.agency(), a.agency());
      assertEquals(e.identified(), a.identified());
      assertEquals(e.members().size(), a.members().size());
      for (int m = 0; m < e.members().size(); m++) {
        assertSame(e.members().get(m), a.members().get(m)); // the very same items, not equal copies
      }
    }
  }
}
