package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
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
import io.github.ogireport.template.Severity;
import io.github.ogireport.testkit.Expected;
import io.github.ogireport.testkit.Fixtures;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One example per identity and check id, on the two real fixtures (淮安市 2024, 2021 edition, and
 * the seed 方正县教育局 2020, 2019 edition) with one deliberate change each: the exact violations
 * found, their cells, values and message text.
 */
class IdentityMessagesTest {
  private static final EditionTemplate T21 = Edition.E2021.template();
  private static final EditionTemplate T19 = Edition.E2019.template();

  private static PrintedReport huaian() {
    return ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json")).toPrinted();
  }

  private static PrintedReport seed() {
    return ReportJson.readAnnualReport(Fixtures.text("seed-fangzheng-edu-2020.json")).toPrinted();
  }

  private static PrintedReport set(PrintedReport r, CellRef cell, long value) {
    return r.withCell(cell, PrintedCell.of(value));
  }

  private static Seq<Violation> only(Seq<Violation> all, String id) {
    return all.filter(v -> v.identityId().equals(id));
  }

  private static void assertSingle(
      Seq<Violation> violations,
      String id,
      Severity severity,
      String zh,
      String en,
      Optional<BigDecimal> expected,
      Optional<BigDecimal> found) {
    assertEquals(1, violations.size(), () -> violations.mkString("\n"));
    Violation v = violations.head();
    assertEquals(id, v.identityId());
    assertEquals(severity, v.severity());
    assertEquals(zh, v.messageZh());
    assertEquals(en, v.messageEn());
    assertEquals(expected, v.expected());
    assertEquals(found, v.found());
  }

  private static Optional<BigDecimal> n(String v) {
    return Optional.of(new BigDecimal(v));
  }

  @Test
  void i1() {
    CellRef cf = T21.cell(ApplicationRow.CARRY_FORWARD, Applicant.NATURAL_PERSON);
    CellRef cfTotal = T21.cell(ApplicationRow.CARRY_FORWARD, Applicant.TOTAL);
    PrintedReport r = set(set(huaian(), cf, 100), cfTotal, 100);
    Seq<Violation> everything = ReportValidator.violations(r);
    Seq<Violation> all = only(everything, "I1");
    assertEquals(2, all.size(), everything::mkString);
    // section 一 quotes 103 carried forward, which the changed table no longer says
    assertEquals(List.of("I10"), everything.removeAll(all).map(Violation::identityId).toJavaList());
    assertSingle(
        all.take(1),
        "I1",
        Severity.ERROR,
        "（自然人）一、本年新收政府信息公开申请数量加二、上年结转政府信息公开申请数量为 3035，（七）总计加四、结转下年度继续办理为 3032，两者应相等",
        "(自然人) 一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 = 3035, but （七）总计 + 四、结转下年度继续办理 = 3032",
        n("3035"),
        n("3032"));
    assertEquals(
        List.of(
            T21.cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON),
            T21.cell(ApplicationRow.CARRIED, Applicant.NATURAL_PERSON),
            T21.cell(ApplicationRow.TOTAL, Applicant.NATURAL_PERSON),
            cf),
        all.head().cells());
    assertEquals("总计", all.get(1).messageEn().substring(1, 3));
  }

  @Test
  void i2AndNoCascadeIntoI1() {
    PrintedReport r =
        set(
            set(huaian(), T21.cell(ApplicationRow.TOTAL, Applicant.NATURAL_PERSON), 2930),
            T21.cell(ApplicationRow.TOTAL, Applicant.TOTAL),
            3048);
    Seq<Violation> everything = ReportValidator.violations(r);
    Seq<Violation> all = only(everything, "I2");
    assertEquals(2, all.size(), everything::mkString);
    // no I1 (its 总计 cells are the echo of I2); section 一 quotes 3050 answered
    assertEquals(List.of("I10"), everything.removeAll(all).map(Violation::identityId).toJavaList());
    assertSingle(
        all.take(1),
        "I2",
        Severity.ERROR,
        "（七）总计（自然人）印为 2930，各项之和为 2932",
        "（七）总计 (自然人) printed 2930, parts sum to 2932",
        n("2932"),
        n("2930"));
  }

  @Test
  void i3AndNoCascadeIntoI1() {
    PrintedReport r = set(huaian(), T21.cell(ApplicationRow.NEW, Applicant.TOTAL), 3120);
    Seq<Violation> everything = ReportValidator.violations(r);
    // no I1 on 总计 (the echo of I3); section 一 quotes 3119 received, now I10
    assertEquals(List.of("I3", "I10"), everything.map(Violation::identityId).toJavaList());
    assertSingle(
        only(everything, "I3"),
        "I3",
        Severity.ERROR,
        "一、本年新收政府信息公开申请数量 总计印为 3120，各项之和为 3119",
        "一、本年新收政府信息公开申请数量 总计 printed 3120, parts sum to 3119",
        n("3119"),
        n("3120"));
  }

  @Test
  void i4() {
    CellRef licensing =
        T21.cell(Article20Item.ITEM_5, DisclosureRow.LICENSING, DisclosureColumn.DECISIONS);
    assertSingle(
        ReportValidator.violations(set(huaian(), licensing, -5)),
        "I4",
        Severity.ERROR,
        "二 第二十条第（五）项 行政许可 / 本年处理决定数量 为负数 -5，数量不得小于0",
        "二 第二十条第（五）项 行政许可 / 本年处理决定数量 is negative (-5); counts are never below 0",
        Optional.empty(),
        n("-5"));
  }

  @Test
  void i5() {
    PrintedReport previous = huaian();
    PrintedReport current = PrintedReport.builder().from(huaian()).year(2025).build();
    Seq<Violation> all = only(ReportValidator.crossYearViolations(previous, current), "I5");
    assertEquals(2, all.size(), all::mkString);
    assertSingle(
        all.take(1),
        "I5",
        Severity.ERROR,
        "（自然人）上一年度四、结转下年度继续办理为 103，二、上年结转政府信息公开申请数量为 34，两者应相等",
        "(自然人) last year's 四、结转下年度继续办理 = 103, but 二、上年结转政府信息公开申请数量 = 34",
        n("103"),
        n("34"));
    assertTrue(ReportValidator.validatePair(previous, current).isInvalid());
  }

  @Test
  void i6OnTheHongze2023Report() {
    PrintedReport hongze =
        PrintedReport.builder()
            .edition(Edition.E2021)
            .agency("洪泽区人民政府")
            .year(2023)
            .narratives(Narratives.builder().problems("……").otherMatters("……").build())
            .cells(Expected.load("hongze-2023.json").cells(Edition.E2021))
            .build();
    Seq<Violation> all = ReportValidator.violations(hongze);
    Seq<Violation> errors = all.filter(Violation::isError);
    assertEquals(2, errors.size(), errors::mkString);
    // The single （六）其他处理 row is read where the 2021 rows would be: one warning, nothing else.
    assertEquals(List.of("LEGACY_ROW"), all.filter(v -> !v.isError()).map(Violation::identityId).toJavaList());
    assertEquals(
        "2021版报告仍印有旧版格式的（六）其他处理行（读作所替代各行之和）",
        all.filter(v -> !v.isError()).head().messageZh());
    assertSingle(
        errors.take(1),
        "I6",
        Severity.ERROR,
        "行政复议 总计印为 0，各项之和为 11",
        "行政复议 总计 printed 0, parts sum to 11",
        n("11"),
        n("0"));
    assertEquals("复议后起诉 总计 printed 0, parts sum to 5", errors.get(1).messageEn());
    assertTrue(
        errors.get(1).involves(T21.cell(ReviewGroup.LITIGATION_AFTER_RECONSIDERATION, ReviewOutcome.TOTAL)));
  }

  @Test
  void i7() {
    PrintedReport previous = huaian();
    PrintedReport current =
        PrintedReport.builder()
            .from(huaian())
            .year(2025)
            .cells(huaian().cells())
            .build();
    Seq<Violation> all = only(ReportValidator.crossYearViolations(previous, current), "I7");
    assertEquals(2, all.size(), all::mkString);
    assertSingle(
        all.take(1),
        "I7",
        Severity.WARNING,
        "（规章）上一年度现行有效件数加本年制发件数减本年废止件数为 12，现行有效件数为 11，两者应相等",
        "(规章) last year's 现行有效件数 + 本年制发件数 − 本年废止件数 = 12, but 现行有效件数 = 11",
        n("12"),
        n("11"));
  }

  @Test
  void i8() {
    CellRef change =
        T19.cell(Article20Item.ITEM_5, DisclosureRow.LICENSING, DisclosureColumn.CHANGE);
    PrintedReport previous =
        PrintedReport.builder().from(set(seed(), change, 2)).year(2019).build();
    assertSingle(
        ReportValidator.crossYearViolations(previous, seed()),
        "I8",
        Severity.WARNING,
        "（第二十条第（五）项 行政许可）上一年度上一年项目数量加上一年度本年增/减为 8，上一年项目数量为 6，两者应相等",
        "(第二十条第（五）项 行政许可) last year's 上一年项目数量 + last year's 本年增/减 = 8, but 上一年项目数量 = 6",
        n("8"),
        n("6"));
  }

  @Test
  void i9() {
    CellRef published =
        T19.cell(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.PUBLISHED);
    Seq<Violation> all = ReportValidator.violations(set(seed(), published, 3));
    assertSingle(
        only(all, "I9"),
        "I9",
        Severity.WARNING,
        "（规章）本年新公开数量为 3，对外公开总数量为 0，后者不应小于前者",
        "(规章) 对外公开总数量 = 0 is less than 本年新公开数量 = 3",
        n("3"),
        n("0"));
  }

  @Test
  void i10() {
    PrintedReport r = huaian();
    String overview = r.narratives().overview().replace("政府信息公开申请 3119 件", "政府信息公开申请 3100 件");
    r = PrintedReport.builder().from(r).narratives(Narratives.builder().from(r.narratives()).overview(overview).build()).build();
    assertSingle(
        ReportValidator.violations(r),
        "I10",
        Severity.WARNING,
        "一、总体情况称收到申请 3100 件，表格为 3119 件",
        "一、总体情况 quotes 收到申请 as 3100, the tables say 3119",
        n("3119"),
        n("3100"));
  }

  @Test
  void i11() {
    PrintedReport r = huaian();
    Narratives without =
        Narratives.builder()
            .from(r.narratives())
            .processingFees(Optional.empty())
            .otherMatters("无。")
            .build();
    assertSingle(
        ReportValidator.violations(PrintedReport.builder().from(r).narratives(without).build()),
        "I11",
        Severity.WARNING,
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 为 6，但六、其他需要报告的事项未报告信息处理费",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 is 6, but section 六 does not report the 信息处理费",
        Optional.empty(),
        n("6"));
  }

  @Test
  void i12() {
    CellRef fee = T21.cell(Article20Item.ITEM_8, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT);
    PrintedReport r = huaian().withCell(fee, PrintedCell.of(Figure.money(Money.parse("961716000"))));
    assertSingle(
        ReportValidator.violations(r),
        "I12",
        Severity.WARNING,
        "本年收费金额（单位：万元） 961716000 看似以元而非万元为单位（合 96171.6 万元）",
        "本年收费金额（单位：万元） 961716000 looks like 元, not 万元 (96171.6 万元)",
        n("96171.6"),
        n("961716000"));
  }

  @Test
  void i13() {
    PrintedReport r = seed();
    Narratives empty = Narratives.builder().from(r.narratives()).problems(" \n").build();
    Seq<Violation> all =
        only(ReportValidator.violations(PrintedReport.builder().from(r).narratives(empty).build()), "I13");
    assertSingle(
        all,
        "I13",
        Severity.WARNING,
        "五、存在的主要问题及改进情况 为空",
        "五、存在的主要问题及改进情况 is empty",
        Optional.empty(),
        Optional.empty());
    assertTrue(all.head().cells().isEmpty());
  }

  @Test
  void incompleteForAMissingRow() {
    CellRef granted = T21.cell(ApplicationRow.GRANTED, Applicant.RESEARCH_INSTITUTION);
    PrintedReport r = huaian();
    java.util.Map<CellRef, PrintedCell> cells = new java.util.LinkedHashMap<>(r.cells());
    cells.remove(granted);
    assertSingle(
        ReportValidator.violations(PrintedReport.builder().from(r).cells(cells).build()),
        "INCOMPLETE",
        Severity.WARNING,
        "三 （一）予以公开 / 科研机构 未印出，模板要求填写数字",
        "三 （一）予以公开 / 科研机构 is not printed; the template expects a number",
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void missingTotalStatesWhatThePartsGiveAndSkipsTheIdentitiesReadingIt() {
    CellRef total = T21.cell(ApplicationRow.NEW, Applicant.TOTAL);
    PrintedReport r = huaian().withCell(total, PrintedCell.blank("/"));
    Seq<Violation> all = ReportValidator.violations(r);
    assertSingle(
        all,
        "MISSING_TOTAL",
        Severity.WARNING,
        "三 一、本年新收政府信息公开申请数量 / 总计 未填写，各项之和为 3119",
        "total 三 一、本年新收政府信息公开申请数量 / 总计 is blank; its parts sum to 3119",
        n("3119"),
        Optional.empty());
    assertTrue(ReportValidator.validate(r).isValid());
  }

  @Test
  void unreadableStopsTheIdentitiesReadingTheCell() {
    CellRef cell = T21.cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON);
    PrintedReport r = huaian().withCell(cell, PrintedCell.unreadable("30O1"));
    assertSingle(
        ReportValidator.violations(r),
        "UNREADABLE",
        Severity.WARNING,
        "三 一、本年新收政府信息公开申请数量 / 自然人 的内容“30O1”无法识别为数字",
        "三 一、本年新收政府信息公开申请数量 / 自然人 holds \"30O1\", which cannot be read as a number",
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aBlankPartCountsAsZero() {
    CellRef part = T21.cell(ApplicationRow.NOT_PROCESSED_3, Applicant.NATURAL_PERSON);
    PrintedReport r = huaian().withCell(part, PrintedCell.blank("—"));
    Seq<Violation> all = ReportValidator.violations(r);
    assertEquals(List.of("INCOMPLETE"), all.map(Violation::identityId).toJavaList(), all::mkString);
  }

  @Test
  void notEnteredInAReportBeingBuilt() {
    EditionTemplate t = T21;
    java.util.Map<CellRef, PrintedCell> entries = new java.util.LinkedHashMap<>();
    huaian().cells().forEach((c, p) -> {
      if (!t.isDerived(c) && !c.row().equals(ApplicationRow.UNABLE_2.name())) {
        entries.put(c, p);
      }
    });
    PrintedReport r = PrintedReport.builder().from(huaian()).cells(entries).build();
    Seq<Violation> all = ReportValidator.entryViolations(r);
    assertSingle(
        all,
        "NOT_ENTERED",
        Severity.ERROR,
        "三 2.没有现成信息需要另行制作 未录入（可明确录入0）",
        "三 2.没有现成信息需要另行制作 was never entered (enter it, with zeros if need be)",
        Optional.empty(),
        Optional.empty());
    assertEquals(6, all.head().cells().size());
    // With the row entered, the derived totals make every identity hold again.
    entries.putAll(
        java.util.Map.of(
            T21.cell(ApplicationRow.UNABLE_2, Applicant.NATURAL_PERSON), PrintedCell.of(11),
            T21.cell(ApplicationRow.UNABLE_2, Applicant.COMMERCIAL_ENTERPRISE), PrintedCell.of(0),
            T21.cell(ApplicationRow.UNABLE_2, Applicant.RESEARCH_INSTITUTION), PrintedCell.of(0),
            T21.cell(ApplicationRow.UNABLE_2, Applicant.PUBLIC_INTEREST_ORGANIZATION), PrintedCell.of(0),
            T21.cell(ApplicationRow.UNABLE_2, Applicant.LEGAL_SERVICE_INSTITUTION), PrintedCell.of(0),
            T21.cell(ApplicationRow.UNABLE_2, Applicant.OTHER_ORGANIZATION), PrintedCell.of(0)));
    PrintedReport complete = PrintedReport.builder().from(huaian()).cells(entries).build();
    assertTrue(ReportValidator.entryViolations(complete).isEmpty());
  }

  @Test
  void i4OnANegativeAmountOfMoney() {
    CellRef fees = T21.cell(Article20Item.ITEM_8, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT);
    assertSingle(
        ReportValidator.violations(
            huaian().withCell(fees, PrintedCell.of(Figure.money(Money.wanYuan("-3"))))),
        "I4",
        Severity.ERROR,
        fees + " 为负数 -3万元，金额不得小于0",
        fees + " is negative (-3万元); an amount of money is never below 0",
        Optional.empty(),
        n("-3"));
    PrintedReport collected =
        PrintedReport.builder()
            .from(huaian())
            .narratives(
                Narratives.builder()
                    .from(huaian().narratives())
                    .processingFees(
                        io.github.ogireport.model.ProcessingFees.builder()
                            .amountCollected(Money.yuan("-100"))
                            .build())
                    .build())
            .build();
    assertSingle(
        ReportValidator.violations(collected),
        "I4",
        Severity.ERROR,
        "信息处理费（amountCollected） 为负数 -100元，金额不得小于0",
        "信息处理费（amountCollected） is negative (-100元); an amount of money is never below 0",
        Optional.empty(),
        n("-100"));
  }

  @Test
  void yearOutOfRange() {
    for (int year : new int[] {0, 2018, 3025}) {
      PrintedReport r = PrintedReport.builder().from(huaian()).year(year).build();
      int current = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
      assertSingle(
          ReportValidator.violations(r),
          "YEAR",
          Severity.ERROR,
          "报告年度 " + year + " 不在2019年（首版格式）至" + current + "年（当前年度）之间",
          "the report year " + year + " is not from 2019 (the first edition of the format) to "
              + current + " (the current year)",
          Optional.empty(),
          n(Integer.toString(year)));
    }
  }

  @Test
  void blankAgency() {
    for (String agency : new String[] {"", "  ", "\u3000\t", "\u00a0\u200b"}) {
      assertSingle(
          ReportValidator.violations(PrintedReport.builder().from(huaian()).agency(agency).build()),
          "AGENCY",
          Severity.ERROR,
          "报告未写明发布机关",
          "the report names no agency",
          Optional.empty(),
          Optional.empty());
    }
  }

  @Test
  void editionYearIsAWarningForAPublishedReport() {
    assertSingle(
        ReportValidator.violations(PrintedReport.builder().from(huaian()).year(2019).build()),
        "EDITION_YEAR",
        Severity.WARNING,
        "2019年度报告应使用2019版格式，本报告使用2021版",
        "a report for 2019 uses the 2019 edition, this one the 2021 edition",
        Optional.empty(),
        Optional.empty());
    // The seed report has warnings of its own; only EDITION_YEAR is new.
    assertEquals(
        ReportValidator.violations(seed()).map(Violation::identityId).append("EDITION_YEAR").sorted(),
        ReportValidator.violations(PrintedReport.builder().from(seed()).year(2025).build())
            .map(Violation::identityId)
            .sorted());
    assertSingle(
        only(
            ReportValidator.violations(PrintedReport.builder().from(seed()).year(2025).build()),
            "EDITION_YEAR"),
        "EDITION_YEAR",
        Severity.WARNING,
        "2025年度报告应使用2021版格式，本报告使用2019版",
        "a report for 2025 uses the 2021 edition, this one the 2019 edition",
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void editionYearIsAnErrorForAReportBuiltInCode() {
    PrintedReport entries = PrintedReport.builder().from(huaian()).year(2020).build();
    assertSingle(
        ReportValidator.entryViolations(entries),
        "EDITION_YEAR",
        Severity.ERROR,
        "2020年度报告应使用2019版格式，本报告使用2021版",
        "a report for 2020 uses the 2019 edition, this one the 2021 edition",
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void nothingToCheckWhenNoNumberIsReadable() {
    java.util.Map<CellRef, PrintedCell> unreadable = new java.util.LinkedHashMap<>();
    huaian().cells().keySet().forEach(c -> unreadable.put(c, PrintedCell.unreadable("?")));
    PrintedReport r = PrintedReport.builder().from(huaian()).cells(unreadable).build();
    Seq<Violation> all = ReportValidator.violations(r);
    assertSingle(
        only(all, "NOTHING_TO_CHECK"),
        "NOTHING_TO_CHECK",
        Severity.WARNING,
        "报告没有可识别的数字，无从核对",
        "the report has no readable number: nothing to check",
        Optional.empty(),
        Optional.empty());
    assertEquals(Verdict.NOTHING_TO_CHECK, Verdict.of(all));
    assertTrue(ReportValidator.validate(r).isValid(), "no error: the verdict says what it is");
  }

  @Test
  void nothingToCheckWhenSectionThreePrintsNoTotal() {
    PrintedReport r = huaian();
    for (CellRef c : T21.cells()) {
      if (c.section() == io.github.ogireport.template.Section.THREE && T21.isDerived(c)) {
        r = r.withCell(c, PrintedCell.blank());
      }
    }
    Seq<Violation> all = ReportValidator.violations(r);
    assertEquals(0, all.count(Violation::isError), all::mkString);
    assertSingle(
        only(all, "NOTHING_TO_CHECK"),
        "NOTHING_TO_CHECK",
        Severity.WARNING,
        "三、收到和处理政府信息公开申请情况没有印出任何总计，无从核对",
        "section 三 (三、收到和处理政府信息公开申请情况) prints no total: nothing to check",
        Optional.empty(),
        Optional.empty());
    assertEquals(Verdict.NOTHING_TO_CHECK, Verdict.of(all));
    assertEquals(Verdict.CLEAN, Verdict.of(ReportValidator.violations(huaian())));
  }

  @Test
  void sameAgency() {
    // Issue 11: 方正县教育局 2020 with 平潭 2021 was compared as one agency's two years.
    PrintedReport pingtan = PrintedReport.builder().from(huaian()).agency("平潭综合实验区").year(2021).build();
    assertSingle(
        ReportValidator.crossYearViolations(seed(), pingtan),
        "SAME_AGENCY",
        Severity.ERROR,
        "上一年度报告的机关为“方正县教育局”，本年度为“平潭综合实验区”，跨年度核对只比较同一机关的报告",
        "last year's report is of \"方正县教育局\", this year's of \"平潭综合实验区\"; a cross-year"
            + " check compares the reports of one agency",
        Optional.empty(),
        Optional.empty());
    assertTrue(ReportValidator.validatePair(seed(), pingtan).isInvalid());
    // A name with and without its city is one agency (the 洪泽区 reports of 2023 and 2024).
    PrintedReport hongze2023 = PrintedReport.builder().from(huaian()).agency("洪泽区人民政府").year(2023).build();
    PrintedReport hongze2024 = PrintedReport.builder().from(huaian()).agency("淮安市洪泽区 人民政府").build();
    assertEquals(
        List.of(), only(ReportValidator.crossYearViolations(hongze2023.withCell(
            T21.cell(ApplicationRow.CARRY_FORWARD, Applicant.NATURAL_PERSON), PrintedCell.of(0)), hongze2024),
            "SAME_AGENCY").toJavaList());
  }

  @Test
  void everyDeclaredIdentityHasAnExampleHere() {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (Edition e : Edition.values()) {
      e.template().identities().forEach(i -> ids.add(i.id()));
    }
    assertEquals(
        new java.util.TreeSet<>(
            List.of(
                "I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10", "I11", "I12", "I13",
                "INCOMPLETE", "MISSING_TOTAL", "UNREADABLE", "NOT_ENTERED", "LEGACY_ROW", "YEAR",
                "AGENCY", "EDITION_YEAR", "NOTHING_TO_CHECK", "SAME_AGENCY")),
        ids);
  }
}
