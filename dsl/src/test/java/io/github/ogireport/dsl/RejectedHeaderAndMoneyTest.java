package io.github.ogireport.dsl;

import static io.github.ogireport.dsl.AnnualReports.wanYuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Severity;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.validation.Validated;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: what the builder used to accept without a word (negative money, an edition the year does
 * not use, year 3025) or threw on from {@code build()} (year 0, a blank agency) is now one violation
 * in the list, with its id and both messages, and nothing else changes.
 */
class RejectedHeaderAndMoneyTest {
  private static final int NOW = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

  /** A fixture report entered through the builder of its edition, under another header. */
  private static Validation<Seq<Violation>, Validated<AnnualReport>> rebuild(
      String fixture, String agency, int year, Map<CellRef, Figure> changed) {
    AnnualReport r = ReportJson.readAnnualReport(Fixtures.text(fixture));
    ReportBuilder<?> b =
        r.edition() == Edition.E2019
            ? AnnualReports.edition2019(agency, year)
                .section2(s -> Reentry.section2(r, s, changed))
                .section3(s -> Reentry.section3(r, s))
            : AnnualReports.edition2021(agency, year)
                .section2(s -> Reentry.section2(r, s, changed))
                .section3(s -> Reentry.section3(r, s));
    b.narratives(r.narratives());
    b.section4(s -> Reentry.section4(r, s));
    return b.build();
  }

  /** The one error of a rejected report (the seed report has warnings of its own, unchanged). */
  private static Violation single(Validation<Seq<Violation>, Validated<AnnualReport>> result) {
    assertTrue(result.isInvalid(), "rejected");
    Seq<Violation> errors = result.getError().filter(Violation::isError);
    assertEquals(1, errors.size(), () -> result.getError().mkString("\n"));
    return errors.head();
  }

  private static void assertViolation(Violation v, String id, String zh, String en) {
    assertEquals(id, v.identityId());
    assertEquals(Severity.ERROR, v.severity());
    assertEquals(zh, v.messageZh());
    assertEquals(en, v.messageEn());
  }

  @Test
  void theFixturesAsTheyAreAreValid() {
    assertTrue(rebuild("huaian-2024.json", "淮安市人民政府", 2024, Map.of()).isValid());
    assertTrue(rebuild("seed-fangzheng-edu-2020.json", "方正县教育局", 2020, Map.of()).isValid());
  }

  @Test
  void negativeMoneyInSectionTwo() {
    CellRef fees =
        Edition.E2021.template().cell(Article20Item.ITEM_8, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT);
    Violation v =
        single(
            rebuild(
                "huaian-2024.json", "淮安市人民政府", 2024, Map.of(fees, Figure.money(wanYuan("-3")))));
    assertViolation(
        v,
        "I4",
        fees + " 为负数 -3万元，金额不得小于0",
        fees + " is negative (-3万元); an amount of money is never below 0");
    assertEquals(List.of(fees), v.cells());
  }

  @Test
  void negativeMoneyInTheProcessingFees() {
    var result =
        AnnualReports.edition2021("某县教育局", 2024)
            .section2(s -> s.rules(0, 0, 0).normativeDocuments(0, 0, 0).licensing(0).penalties(0)
                .coercion(0).fees(wanYuan("0")))
            .section3(s -> s.remainingRowsZero())
            .section4(s -> s.remainingGroupsZero())
            .problems("无。")
            .otherMatters("本年度未收取信息处理费。")
            .processingFees(1, AnnualReports.yuan("-100"), AnnualReports.yuan("0"))
            .build();
    assertViolation(
        single(result),
        "I4",
        "信息处理费（amountCharged） 为负数 -100元，金额不得小于0",
        "信息处理费（amountCharged） is negative (-100元); an amount of money is never below 0");
  }

  @Test
  void a2021EditionReportFor2019() {
    assertViolation(
        single(rebuild("huaian-2024.json", "淮安市人民政府", 2019, Map.of())),
        "EDITION_YEAR",
        "2019年度报告应使用2019版格式，本报告使用2021版",
        "a report for 2019 uses the 2019 edition, this one the 2021 edition");
  }

  @Test
  void a2019EditionReportFor2025() {
    assertViolation(
        single(rebuild("seed-fangzheng-edu-2020.json", "方正县教育局", 2025, Map.of())),
        "EDITION_YEAR",
        "2025年度报告应使用2021版格式，本报告使用2019版",
        "a report for 2025 uses the 2021 edition, this one the 2019 edition");
  }

  @Test
  void year3025AndYear0() {
    assertViolation(
        single(rebuild("huaian-2024.json", "淮安市人民政府", 3025, Map.of())),
        "YEAR",
        "报告年度 3025 不在2019年（首版格式）至" + NOW + "年（当前年度）之间",
        "the report year 3025 is not from 2019 (the first edition of the format) to " + NOW
            + " (the current year)");
    assertViolation(
        single(rebuild("seed-fangzheng-edu-2020.json", "方正县教育局", 0, Map.of())),
        "YEAR",
        "报告年度 0 不在2019年（首版格式）至" + NOW + "年（当前年度）之间",
        "the report year 0 is not from 2019 (the first edition of the format) to " + NOW
            + " (the current year)");
  }

  @Test
  void aBlankAgency() {
    for (String agency : new String[] {"", " ", "\u3000"}) {
      assertViolation(
          single(rebuild("huaian-2024.json", agency, 2024, Map.of())),
          "AGENCY",
          "报告未写明发布机关",
          "the report names no agency");
    }
  }

  @Test
  void everyMistakeAtOnceEvenWhenARowWasNeverEntered() {
    var result =
        AnnualReports.edition2019(" ", 0)
            .section3(s -> s.remainingRowsZero())
            .section4(s -> s.remainingGroupsZero())
            .build();
    List<String> ids = result.getError().map(Violation::identityId).distinct().toJavaList();
    assertEquals(List.of("AGENCY", "YEAR", "NOT_ENTERED"), ids.subList(0, 3), ids::toString);
    InvalidReportException e =
        assertThrows(
            InvalidReportException.class,
            () -> AnnualReports.edition2019("", 0).section3(s -> s.remainingRowsZero()).buildOrThrow());
    assertTrue(e.getMessage().contains("the report names no agency"), e.getMessage());
  }
}
