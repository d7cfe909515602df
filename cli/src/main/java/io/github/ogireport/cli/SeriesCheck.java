package io.github.ogireport.cli;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.series.AgencyGroup;
import io.github.ogireport.series.ReportSeries;
import io.github.ogireport.series.SeriesFinding;
import io.github.ogireport.series.SeriesVerdict;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reports of a run grouped by agency and checked across years with core's {@link
 * ReportSeries}. Of each report only what the series checks read is kept (the cells of the
 * cross-year identities, sections 一 and 五), not the whole report.
 */
final class SeriesCheck {
  private static final Set<CellRef> CROSS_YEAR_CELLS =
      Stream.of(Edition.values())
          .flatMap(e -> e.template().crossYearEquations().stream())
          .flatMap(q -> q.cells().stream())
          .collect(Collectors.toUnmodifiableSet());

  /**
   * One report of a series.
   *
   * @param report the report, with only what the series checks read
   * @param file the file's name as printed
   * @param page the report's page in the review site, or empty
   */
  record Member(PrintedReport report, String file, String page) {}

  private final List<Member> members = new ArrayList<>();

  /** Keeps what the series checks need of one report. */
  void add(PrintedReport report, String file, String page) {
    Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();
    report.cells().forEach((c, v) -> {
      if (CROSS_YEAR_CELLS.contains(c)) {
        cells.put(c, v);
      }
    });
    Narratives n = report.narratives();
    PrintedReport kept = PrintedReport.builder().from(report).cells(cells)
        .narratives(Narratives.builder().from(Narratives.empty())
            .overview(n.overview()).problems(n.problems()).build())
        .build();
    members.add(new Member(kept, file, page));
  }

  /** The verdicts of every agency with reports of two years or more, in the order first met. */
  List<SeriesVerdict<Member>> verdicts() {
    List<SeriesVerdict<Member>> out = new ArrayList<>();
    for (AgencyGroup<Member> g : ReportSeries.groupByAgency(members, Member::report)) {
      if (g.identified() && g.members().stream().map(m -> m.report().year()).distinct().count() >= 2) {
        out.add(ReportSeries.check(g, Member::report));
      }
    }
    return out;
  }

  static long count(SeriesVerdict<Member> v, SeriesFinding.Level level) {
    return v.findings(level).size();
  }

  static int firstYear(SeriesVerdict<Member> v) {
    return v.members().stream().mapToInt(m -> m.report().year()).min().orElseThrow();
  }

  static int lastYear(SeriesVerdict<Member> v) {
    return v.members().stream().mapToInt(m -> m.report().year()).max().orElseThrow();
  }

  /** A finding's message in one language. */
  static String message(SeriesFinding<Member> f, Lang l) {
    return l == Lang.zh ? f.messageZh() : f.messageEn();
  }
}
