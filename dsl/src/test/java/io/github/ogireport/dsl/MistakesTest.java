package io.github.ogireport.dsl;

import static io.github.ogireport.dsl.AnnualReports.wanYuan;
import static io.github.ogireport.dsl.AnnualReports.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.testkit.Fixtures;
import java.util.EnumMap;
import java.util.Map;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The 淮安市 2024 report entered with three deliberate mistakes: a wrong 结转下年度 count (自然人 100
 * instead of 103), a negative count (尚未审结 of 行政复议 entered as -37), and a row never entered
 * (行政强制 of section 二). Every mistake is named, and nothing else is.
 */
class MistakesTest {
  private static final EditionTemplate T = Edition.E2021.template();

  /** The 淮安市 2024 fixture, entered through the builder with the given changes. */
  static Report2021 huaian(long carriedForward, long pending, boolean coercion) {
    AnnualReport fixture = ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json"));
    return AnnualReports.edition2021("淮安市人民政府", 2024)
        .problems("政策解读质量仍需提升。")
        .otherMatters("全年收取政府信息公开信息处理费 3940 元。")
        .processingFees(ProcessingFees.builder().amountCollected(yuan("3940")).build())
        .section2(
            s -> {
              s.rules(1, 0, 11).normativeDocuments(8, 26, 66).licensing(447228).penalties(3985758);
              if (coercion) {
                s.coercion(88283);
              }
              s.fees(wanYuan("96171.6"));
            })
        .section3(
            s -> {
              for (RowDecl r : T.applications().rows()) {
                ApplicationRow row = ApplicationRow.valueOf(r.key());
                if (!r.derived() && row != ApplicationRow.CARRY_FORWARD) {
                  s.row(row, counts(fixture, row));
                }
              }
              s.carriedForward().naturalPerson(carriedForward).commercialEnterprise(0)
                  .researchInstitution(0).publicInterestOrganization(0)
                  .legalServiceInstitution(0).otherOrganization(0);
            })
        .section4(
            s ->
                s.reconsideration().upheld(72).corrected(64).otherOutcome(178).pending(pending)
                    .directLitigation().upheld(13).corrected(4).otherOutcome(8).pending(1)
                    .litigationAfterReconsideration().counts(OutcomeCounts.of(12, 1, 1, 6)));
  }

  private static ApplicantCounts counts(AnnualReport report, ApplicationRow row) {
    Map<Applicant, Long> m = new EnumMap<>(Applicant.class);
    for (Applicant a : Applicant.values()) {
      if (a != Applicant.TOTAL) {
        m.put(a, report.section3().get(row, a));
      }
    }
    return ApplicantCounts.from(m);
  }

  @Test
  void theCorrectReportIsValid() {
    var result = huaian(103, 37, true).build();
    assertTrue(result.isValid(), () -> result.getError().mkString("\n"));
    assertTrue(result.get().warnings().isEmpty(), () -> result.get().warnings().toString());
    assertEquals(3119, result.get().report().section3().get(ApplicationRow.NEW, Applicant.TOTAL));
  }

  @Test
  void threeMistakesAreEachNamedAndNothingElse() {
    CellRef carriedForward = T.cell(ApplicationRow.CARRY_FORWARD, Applicant.NATURAL_PERSON);
    CellRef pending = T.cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.PENDING);
    CellRef coercion =
        T.cell(Article20Item.ITEM_6, DisclosureRow.COERCION, DisclosureColumn.DECISIONS);

    var result = huaian(100, -37, false).build();

    assertTrue(result.isInvalid());
    Seq<Violation> violations = result.getError();
    for (Violation v : violations) {
      assertTrue(
          v.involves(carriedForward)
              || v.involves(T.cell(ApplicationRow.CARRY_FORWARD, Applicant.TOTAL))
              || v.involves(pending)
              || v.involves(coercion),
          () -> "unrelated: " + v);
    }
    assertEquals(
        Set.of("I1", "I4", "NOT_ENTERED"),
        violations.map(Violation::identityId).toJavaSet(),
        violations::mkString);
    assertTrue(violations.exists(v -> v.identityId().equals("I1") && v.involves(carriedForward)));
    assertTrue(violations.exists(v -> v.identityId().equals("I4") && v.involves(pending)));
    assertTrue(violations.exists(v -> v.identityId().equals("NOT_ENTERED") && v.involves(coercion)));
  }

  @Test
  void buildOrThrowNamesAllThreeMistakesOnTheirOwnLines() {
    InvalidReportException e =
        assertThrows(InvalidReportException.class, () -> huaian(100, -37, false).buildOrThrow());
    List<String> lines = e.getMessage().lines().toList();
    assertEquals("淮安市人民政府 2024: 4 errors, 0 warnings", lines.get(0));
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("  I1 error: （自然人）一、本年新收政府信息公开申请数量加二、上年结转政府信息公开申请数量为 3035，（七）总计加四、结转下年度继续办理为 3032")),
        e::getMessage);
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("  I4 error: 四 行政复议 / 尚未审结 为负数 -37")),
        e::getMessage);
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("  NOT_ENTERED error: 二 第二十条第（六）项 行政强制 未录入")),
        e::getMessage);
    assertEquals(4, e.violations().size());
  }

  @Test
  void aRowOfTheOtherEditionIsRefusedWhenPassedAsAValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AnnualReports.edition2019("某局", 2020)
                    .section3(s -> s.row(ApplicationRow.OTHER_2, ApplicantCounts.zeros())));
    assertTrue(e.getMessage().contains("the 2019 edition has no cell APPLICATIONS/OTHER_2"), e.getMessage());
  }

  @Test
  void aCellEnteredTwiceIsRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AnnualReports.edition2021("某局", 2024).section3(s -> s.carriedOver().zeros().carriedOver().zeros()));
    assertTrue(e.getMessage().endsWith("is entered twice"), e.getMessage());
  }
}
