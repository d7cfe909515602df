package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.series.AgencyGroup;
import io.github.ogireport.series.ReportSeries;
import io.github.ogireport.template.Edition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The groups joined by their place prefixes, each long name's group found by a look-up of its
 * short names, are the groups the scan over every join made (kept here as it was).
 */
class PlacePrefixJoinProperties {
  /** A report of an agency printed with or without its city, or another agency, in some year. */
  @Provide
  Arbitrary<List<SeriesCheck.Member>> folders() {
    Arbitrary<String> district = Arbitraries.of("洪泽区", "鼓楼区", "方正县", "平潭区");
    Arbitrary<String> city = Arbitraries.of("", "", "淮安市", "南京市", "福州市", "江苏省淮安市");
    Arbitrary<String> office = Arbitraries.of("人民政府", "教育局");
    Arbitrary<SeriesCheck.Member> member = Combinators.combine(
            city, district, office, Arbitraries.integers().between(2020, 2024))
        .as((c, d, o, y) -> new SeriesCheck.Member(
            PrintedReport.builder().edition(Edition.E2021).agency(c + d + o).year(y).build(),
            c + d + o + y + ".txt", ""));
    return member.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 300)
  void joinsLookedUpAreTheJoinsScanned(@ForAll("folders") List<SeriesCheck.Member> members) {
    List<AgencyGroup<SeriesCheck.Member>> groups = ReportSeries.groupByAgency(members, SeriesCheck.Member::report);
    assertEquals(scanned(groups, SeriesCheck.joins(groups)), SeriesCheck.withPlacePrefixes(groups));
  }

  /** The groups with the joins made, as before: every join scanned for each long name. */
  private static List<AgencyGroup<SeriesCheck.Member>> scanned(
      List<AgencyGroup<SeriesCheck.Member>> groups, Map<String, String> joinedInto) {
    Map<String, AgencyGroup<SeriesCheck.Member>> byKey = SeriesCheck.byKey(groups);
    List<AgencyGroup<SeriesCheck.Member>> out = new ArrayList<>();
    for (AgencyGroup<SeriesCheck.Member> g : groups) {
      if (!g.identified()) {
        out.add(g);
      } else if (joinedInto.containsKey(g.key())) {
        continue;
      } else if (joinedInto.containsValue(g.key())) {
        List<SeriesCheck.Member> all = new ArrayList<>(g.members());
        joinedInto.forEach((shortKey, longKey) -> {
          if (longKey.equals(g.key())) {
            all.addAll(byKey.get(shortKey).members());
          }
        });
        all.sort(Comparator.comparingInt(m -> m.report().year()));
        out.add(new AgencyGroup<>(g.key(), g.agency(), true, all));
      } else {
        out.add(g);
      }
    }
    return out;
  }
}
