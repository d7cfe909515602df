package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.series.AgencyGroup;
import io.github.ogireport.series.ReportSeries;
import io.github.ogireport.testkit.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: one agency printed with and without its city's name (洪泽区人民政府 2023, 淮安市洪泽区人民政府
 * 2024) is one series in a run; every case where the join could name two agencies stays apart.
 */
class PlacePrefixTest {
  private static final PrintedReport HUAIAN = ReportReader.readText(Samples.text("huaian-2024.txt")).report();

  /** The series of a run of reports given as "agency year" pairs: each group's agencies and years. */
  private static List<String> series(String... agencyYears) {
    List<SeriesCheck.Member> members = new ArrayList<>();
    for (String ay : agencyYears) {
      String[] parts = ay.split(" ");
      PrintedReport p = PrintedReport.builder().from(HUAIAN).agency(parts[0])
          .year(Integer.parseInt(parts[1])).build();
      members.add(new SeriesCheck.Member(p, ay, ""));
    }
    List<AgencyGroup<SeriesCheck.Member>> groups =
        SeriesCheck.withPlacePrefixes(ReportSeries.groupByAgency(members, SeriesCheck.Member::report));
    return groups.stream()
        .map(g -> g.agency() + ": " + g.members().stream().map(SeriesCheck.Member::file)
            .collect(Collectors.joining(", ")))
        .toList();
  }

  @Test
  void aNameWithAndWithoutItsCityIsOneSeriesNamedByTheLongName() {
    assertEquals(List.of("淮安市洪泽区人民政府: 洪泽区人民政府 2023, 淮安市洪泽区人民政府 2024", "淮安市人民政府: 淮安市人民政府 2024"),
        series("洪泽区人民政府 2023", "淮安市洪泽区人民政府 2024", "淮安市人民政府 2024"));
    assertEquals(List.of("江苏省淮安市洪泽区人民政府: 江苏省淮安市洪泽区人民政府 2022, 洪泽区人民政府 2023"),
        series("江苏省淮安市洪泽区人民政府 2022", "洪泽区人民政府 2023"), "province and city");
    assertEquals(List.of("黑龙江省方正县教育局: 方正县教育局 2020, 黑龙江省方正县教育局 2021"),
        series("方正县教育局 2020", "黑龙江省方正县教育局 2021"), "a province alone");
  }

  @Test
  void twoCandidatesForAShortNameKeepEveryGroupApart() {
    assertEquals(List.of("南京市鼓楼区人民政府: 南京市鼓楼区人民政府 2024", "福州市鼓楼区人民政府: 福州市鼓楼区人民政府 2024",
            "鼓楼区人民政府: 鼓楼区人民政府 2023"),
        series("南京市鼓楼区人民政府 2024", "福州市鼓楼区人民政府 2024", "鼓楼区人民政府 2023"));
  }

  @Test
  void aShortNameThatIsNoPlaceOrAPrefixThatIsNoHigherPlaceIsNotJoined() {
    assertEquals(List.of("教育局: 教育局 2023", "淮安市教育局: 淮安市教育局 2024"),
        series("教育局 2023", "淮安市教育局 2024"), "教育局 names no place");
    assertEquals(List.of("城市管理局: 城市管理局 2023", "淮安市城市管理局: 淮安市城市管理局 2024"),
        series("城市管理局 2023", "淮安市城市管理局 2024"), "城 is no place name");
    assertEquals(List.of("洪泽区人民政府: 洪泽区人民政府 2023", "中共淮安市委洪泽区人民政府: 中共淮安市委洪泽区人民政府 2024"),
        series("洪泽区人民政府 2023", "中共淮安市委洪泽区人民政府 2024"), "the prefix is not a place");
    assertEquals(List.of("洪泽区人民政府: 洪泽区人民政府 2023", "淮安市洪泽区人民政府: 淮安市洪泽区人民政府 2023"),
        series("洪泽区人民政府 2023", "淮安市洪泽区人民政府 2023"), "one year twice: two agencies");
  }
}
