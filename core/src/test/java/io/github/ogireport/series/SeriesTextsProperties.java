package io.github.ogireport.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A series' repeated-text warnings, made with each member's sections 一 and 五 reduced and hashed
 * once ({@link ReportSeries#check}), are those of comparing the texts of each pair of consecutive
 * years afresh with {@link TextReuse#share(String, String)}: the same pairs, sections and shares,
 * in the same order, with several reports of one year and texts shared between members.
 */
class SeriesTextsProperties {
  private static final List<String> PARAGRAPHS = List.of(
      "本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
      "全年主动公开政府信息2645条，政策解读29项，回应关切20次。",
      "政策解读形式不够丰富，政务公开渠道有限。",
      "无。",
      "加强组织领导，规范审核发布机制，不断创新工作方法，提升政务公开质效。",
      "一是丰富政策解读形式；二是加强重点政务信息管理；三是拓宽公开载体和渠道。");

  @Provide
  Arbitrary<List<PrintedReport>> series() {
    Arbitrary<String> text = Arbitraries.of(PARAGRAPHS).list().ofMaxSize(4).map(l -> String.join("", l));
    Arbitrary<Integer> year = Arbitraries.integers().between(2020, 2024);
    return Combinators.combine(year, text, text)
        .as((y, overview, problems) -> PrintedReport.builder()
            .edition(Edition.forReportYear(y))
            .agency("方正县教育局")
            .year(y)
            .narratives(Narratives.builder().overview(overview).problems(problems).build())
            .build())
        .list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 400)
  void repeatedTextIsFoundAsByComparingEachPairAfresh(@ForAll("series") List<PrintedReport> reports) {
    List<String> expected = new ArrayList<>();
    TreeMap<Integer, List<PrintedReport>> byYear = new TreeMap<>();
    // members by year, those of one year in the order given, as groupByAgency orders them
    for (PrintedReport r : reports) {
      byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
    }
    for (int year : byYear.keySet()) {
      List<PrintedReport> before = byYear.get(year - 1);
      if (before == null) {
        continue;
      }
      for (PrintedReport p : before) {
        for (PrintedReport c : byYear.get(year)) {
          expected.addAll(repeated(p, c, Section.ONE, p.narratives().overview(), c.narratives().overview()));
          expected.addAll(repeated(p, c, Section.FIVE, p.narratives().problems(), c.narratives().problems()));
        }
      }
    }
    List<String> actual = new ArrayList<>();
    for (SeriesFinding<PrintedReport> f : ReportSeries.check(reports).findings()) {
      if (f.kind() == SeriesFinding.Kind.REPEATED_TEXT) {
        actual.add(shown(f.previous().orElseThrow(), f.current().orElseThrow(), f.section().orElseThrow(),
            f.share().orElseThrow()));
      }
    }
    Statistics.label("warnings").collect(Math.min(actual.size(), 3));
    assertEquals(expected, actual);
  }

  private static List<String> repeated(PrintedReport p, PrintedReport c, Section section, String previous, String current) {
    if (TextReuse.reducedLength(current) < TextReuse.MIN_LENGTH) {
      return List.of();
    }
    double share = TextReuse.share(previous, current);
    return share > TextReuse.WARN_ABOVE ? List.of(shown(p, c, section, share)) : List.of();
  }

  private static String shown(PrintedReport p, PrintedReport c, Section section, double share) {
    return System.identityHashCode(p) + "→" + System.identityHashCode(c) + " " + section + " " + share;
  }
}
