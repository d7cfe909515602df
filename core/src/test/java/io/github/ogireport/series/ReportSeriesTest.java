package io.github.ogireport.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportSeriesTest {
  private static final String OVERVIEW_2023 =
      "2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实政府信息公开条例，"
          + "共受理政府信息公开申请12件，均按时答复，主动公开政府信息356条。";
  private static final String OVERVIEW_2024 =
      "2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实政府信息公开条例，"
          + "共受理政府信息公开申请15件，均按时答复，主动公开政府信息402条。";
  private static final String OTHER_OVERVIEW =
      "本年度围绕优化营商环境推进重点领域信息公开，新建政策解读专栏，组织专题培训两次，"
          + "依申请公开办理流程进一步规范，答复质量明显提升。";

  private static PrintedReport report(String agency, int year, String overview) {
    return PrintedReport.builder()
        .edition(Edition.forReportYear(year))
        .agency(agency)
        .year(year)
        .narratives(Narratives.builder().overview(overview).problems("无。").build())
        .build();
  }

  @Test
  void namesDifferingInWidthAndSpacesAreOneAgencyPrefixesAreNot() {
    assertEquals("方正县教育局(试点)", AgencyNames.key(" 方正县\u3000教育局（试点）\n"));
    assertEquals(AgencyNames.key("ABC区政府"), AgencyNames.key("ＡＢＣ区政府"));
    assertEquals("淮安市洪泽区人民政府", AgencyNames.key("淮安市洪泽区人民政府"));
    assertEquals(Optional.empty(), AgencyNames.identifiedKey(ReportReader.UNKNOWN_AGENCY));
    assertEquals(Optional.empty(), AgencyNames.identifiedKey(" \u3000"));
  }

  @Test
  void groupsByNormalisedAgencyOrderedByYearInFirstSeenOrder() {
    PrintedReport a2024 = report("洪泽区人民政府", 2024, "");
    PrintedReport b2023 = report("方正县 教育局", 2023, "");
    PrintedReport a2022 = report("洪泽区人民政府 ", 2022, "");
    PrintedReport c2024 = report("淮安市洪泽区人民政府", 2024, "");
    PrintedReport b2022 = report("方正县教育局", 2022, "");

    List<AgencyGroup<PrintedReport>> groups =
        ReportSeries.groupByAgency(List.of(a2024, b2023, a2022, c2024, b2022), r -> r);

    assertEquals(
        List.of("洪泽区人民政府", "方正县教育局", "淮安市洪泽区人民政府"),
        groups.stream().map(AgencyGroup::key).toList());
    assertEquals(List.of(a2022, a2024), groups.get(0).members());
    assertEquals("方正县 教育局", groups.get(1).agency());
    assertEquals(List.of(b2022, b2023), groups.get(1).members());
    assertEquals(List.of(c2024), groups.get(2).members());
  }

  @Test
  void reportsWithoutAnIdentifiedAgencyAreNeverGroupedTogether() {
    PrintedReport u1 = report(ReportReader.UNKNOWN_AGENCY, 2022, "");
    PrintedReport u2 = report(ReportReader.UNKNOWN_AGENCY, 2023, "");

    List<AgencyGroup<PrintedReport>> groups = ReportSeries.groupByAgency(List.of(u1, u2), r -> r);

    assertEquals(2, groups.size());
    assertFalse(groups.get(0).identified());
    assertEquals(List.of(u1), groups.get(0).members());
    assertEquals(List.of(u2), groups.get(1).members());
  }

  @Test
  void aMissingYearBreaksTheChainWithANote() {
    SeriesVerdict<PrintedReport> v =
        ReportSeries.check(
            List.of(report("某局", 2020, ""), report("某局", 2023, ""), report("某局", 2024, "")));

    assertEquals(1, v.findings().size(), v.findings().toString());
    SeriesFinding<PrintedReport> note = v.findings().get(0);
    assertEquals(SeriesFinding.Kind.MISSING_YEARS, note.kind());
    assertEquals(SeriesFinding.Level.NOTE, note.level());
    assertEquals(2020, note.previousYear());
    assertEquals(2023, note.year());
    assertEquals("no report for 2021–2022: 2020 and 2023 are not checked against each other",
        note.messageEn());
    assertFalse(v.hasErrors());
    assertEquals("某局: 3 reports, 0 errors, 0 warnings, 1 note", v.summary());
  }

  @Test
  void aDuplicatedYearIsNotedAndEachCopyIsCompared() {
    PrintedReport first = report("某局", 2024, OVERVIEW_2024);
    PrintedReport second = report("某局", 2024, OVERVIEW_2024);
    SeriesVerdict<PrintedReport> v =
        ReportSeries.check(List.of(report("某局", 2023, OVERVIEW_2023), first, second));

    assertEquals(SeriesFinding.Kind.DUPLICATE_YEAR, v.findings().get(0).kind());
    List<SeriesFinding<PrintedReport>> repeated =
        v.findings().stream().filter(f -> f.kind() == SeriesFinding.Kind.REPEATED_TEXT).toList();
    assertEquals(List.of(first, second), repeated.stream().map(f -> f.current().orElseThrow()).toList());
  }

  @Test
  void overviewRepeatedWithNewNumbersIsAWarning() {
    SeriesVerdict<PrintedReport> v =
        ReportSeries.check(List.of(report("某局", 2023, OVERVIEW_2023), report("某局", 2024, OVERVIEW_2024)));

    assertEquals(1, v.findings().size(), v.findings().toString());
    SeriesFinding<PrintedReport> w = v.findings().get(0);
    assertEquals(SeriesFinding.Kind.REPEATED_TEXT, w.kind());
    assertEquals(SeriesFinding.Level.WARNING, w.level());
    assertEquals(Optional.of(Section.ONE), w.section());
    assertEquals(1.0, w.share().orElseThrow());
    assertEquals("2024年一、总体情况有100%与2023年相同", w.messageZh());
  }

  @Test
  void aNewOverviewAndAShortSectionFiveAreNotWarnedAbout() {
    SeriesVerdict<PrintedReport> v =
        ReportSeries.check(List.of(report("某局", 2023, OVERVIEW_2023), report("某局", 2024, OTHER_OVERVIEW)));

    assertEquals(List.of(), v.findings());
  }

  @Test
  void textReuseCountsOnlyTheRepeatedPart() {
    String half = OVERVIEW_2023.substring(0, 30);
    double share = TextReuse.share(OVERVIEW_2023, half + OTHER_OVERVIEW);
    assertTrue(share > 0.2 && share < 0.5, String.valueOf(share));
    assertEquals(0.0, TextReuse.share("", OVERVIEW_2023));
    assertEquals(0.0, TextReuse.share(OVERVIEW_2023, "无"));
  }

  @Test
  void aSeriesOfSeveralAgenciesIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportSeries.check(List.of(report("甲局", 2023, ""), report("乙局", 2024, ""))));
    assertEquals("a series is one agency's reports; got the agencies [甲局, 乙局]", e.getMessage());
  }
}
