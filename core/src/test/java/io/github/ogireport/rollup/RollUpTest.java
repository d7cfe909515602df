package io.github.ogireport.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
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
import io.github.ogireport.template.Section;
import io.github.ogireport.testkit.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RollUpTest {
  private static final EditionTemplate T19 = Edition.E2019.template();
  private static final EditionTemplate T21 = Edition.E2021.template();

  private static PrintedReport report(Edition e, String agency, Map<CellRef, PrintedCell> cells) {
    return PrintedReport.builder()
        .edition(e)
        .agency(agency)
        .year(e == Edition.E2019 ? 2020 : 2024)
        .cells(cells)
        .build();
  }

  private static CellRef newNatural(EditionTemplate t) {
    return t.cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON);
  }

  @Test
  void blankAndUnreadablePartsAreCountedNotAddedAsZero() {
    CellRef cell = newNatural(T21);
    RollUp sum =
        Stream.of(
                report(Edition.E2021, "甲", Map.of(cell, PrintedCell.of(3))),
                report(Edition.E2021, "乙", Map.of(cell, PrintedCell.blank("/"))),
                report(Edition.E2021, "丙", Map.of()),
                report(Edition.E2021, "丁", Map.of(cell, PrintedCell.of(4))))
            .collect(RollUp.summingPrinted(Edition.E2021));

    CellSum s = sum.cell(cell);
    assertEquals(Optional.of(Figure.count(7)), s.sum());
    assertEquals(2, s.printed());
    assertEquals(2, s.blank());
    assertEquals(PrintedCell.of(7), s.toPrinted());
    CellSum none = sum.cell(T21.cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON));
    assertEquals(Optional.empty(), none.sum());
    assertEquals(4, none.blank());
    assertEquals(PrintedCell.blank(), none.toPrinted());

    RollUp withUnreadable =
        Stream.of(
                report(Edition.E2021, "甲", Map.of(cell, PrintedCell.of(3))),
                report(Edition.E2021, "乙", Map.of(cell, PrintedCell.unreadable("64002047"))))
            .collect(RollUp.summingPrinted(Edition.E2021));
    CellSum u = withUnreadable.cell(cell);
    assertFalse(u.isKnown());
    assertEquals(Optional.empty(), u.sum());
    assertEquals(1, u.unreadable());
    assertEquals(PrintedCell.unreadable("合计不详：1份未读出"), u.toPrinted());

    RollUp withNotRead =
        Stream.of(
                report(Edition.E2021, "甲", Map.of(cell, PrintedCell.of(3))),
                report(Edition.E2021, "乙", Map.of(cell, PrintedCell.notRead("row not found"))))
            .collect(RollUp.summingPrinted(Edition.E2021));
    assertEquals(1, withNotRead.cell(cell).unreadable());
    assertEquals(Optional.empty(), withNotRead.cell(cell).sum());
  }

  @Test
  void mixingEditionsIsAClearError() {
    Stream<PrintedReport> mixed =
        Stream.of(report(Edition.E2019, "甲", Map.of()), report(Edition.E2021, "乙", Map.of()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> mixed.collect(RollUp.summingPrinted(Edition.E2019)));
    assertEquals(
        "a report of the 2021 edition (乙, 2024) cannot be added to a roll-up of the 2019 edition:"
            + " the editions' tables differ; to add 2021 reports into a 2019 roll-up, map them"
            + " explicitly with EditionMapping.otherHandlingOnto2019()",
        e.getMessage());
  }

  @Test
  void the2021OtherHandlingRowsAddIntoThe2019RowWhenMappedExplicitly() {
    Applicant a = Applicant.NATURAL_PERSON;
    PrintedReport r2019 =
        report(Edition.E2019, "甲", Map.of(T19.cell(ApplicationRow.OTHER, a), PrintedCell.of(4),
            newNatural(T19), PrintedCell.of(10)));
    PrintedReport r2021 =
        report(
            Edition.E2021,
            "乙",
            Map.of(
                T21.cell(ApplicationRow.OTHER_1, a), PrintedCell.of(1),
                T21.cell(ApplicationRow.OTHER_2, a), PrintedCell.blank(),
                T21.cell(ApplicationRow.OTHER_3, a), PrintedCell.of(3),
                newNatural(T21), PrintedCell.of(20)));
    // A 2021 report that still prints the old single row.
    CellRef legacyOther = T21.findCell(EditionTemplate.APPLICATIONS, "OTHER", a.name()).orElseThrow();
    PrintedReport legacy = report(Edition.E2021, "丙", Map.of(legacyOther, PrintedCell.of(5)));

    RollUp sum =
        Stream.of(r2019, r2021, legacy)
            .collect(RollUp.summingPrinted(EditionMapping.otherHandlingOnto2019()));

    assertEquals(Edition.E2019, sum.edition());
    CellSum other = sum.cell(T19.cell(ApplicationRow.OTHER, a));
    assertEquals(Optional.of(Figure.count(13)), other.sum());
    assertEquals(3, other.printed());
    assertEquals(Optional.of(Figure.count(30)), sum.cell(newNatural(T19)).sum());
    CellSum procurement =
        sum.cell(T19.cell(Article20Item.ITEM_9, DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS));
    assertEquals(2, procurement.unmapped(), procurement.toString());
    assertFalse(procurement.isKnown());
  }

  @Test
  void aLegacyRowInA2021RollUpLeavesTheThreeRowsUnknown() {
    Applicant a = Applicant.NATURAL_PERSON;
    CellRef legacyOther = T21.findCell(EditionTemplate.APPLICATIONS, "OTHER", a.name()).orElseThrow();
    RollUp sum =
        Stream.of(
                report(Edition.E2021, "甲", Map.of(T21.cell(ApplicationRow.OTHER_1, a), PrintedCell.of(1))),
                report(Edition.E2021, "乙", Map.of(legacyOther, PrintedCell.of(5))))
            .collect(RollUp.summingPrinted(Edition.E2021));

    CellSum other1 = sum.cell(T21.cell(ApplicationRow.OTHER_1, a));
    assertEquals(1, other1.printed());
    assertEquals(1, other1.unreadable());
    assertEquals(Optional.empty(), other1.sum());
  }

  @Test
  void moneyInYuanAndWanYuanIsReconciledExactly() {
    CellRef fee = T21.cell(Article20Item.ITEM_8, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT);
    RollUp sum =
        Stream.of(
                report(Edition.E2021, "甲", Map.of(fee, PrintedCell.of(Figure.money(Money.wanYuan("12.5"))))),
                report(Edition.E2021, "乙", Map.of(fee, PrintedCell.of(Figure.money(Money.yuan("3.07"))))),
                report(Edition.E2021, "丙", Map.of(fee, PrintedCell.of(Figure.money(Money.parse("0.25"))))))
            .collect(RollUp.summingPrinted(Edition.E2021));
    Money m = ((Figure.Amount) sum.cell(fee).sum().orElseThrow()).money();
    assertEquals(Money.wanYuan("12.750307"), m);

    CellRef amount =
        T19.cell(Article20Item.ITEM_9, DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT);
    RollUp stated =
        Stream.of(
                report(Edition.E2019, "甲", Map.of(amount, PrintedCell.of(Figure.money(Money.yuan("17920154.55"))))),
                report(Edition.E2019, "乙", Map.of(amount, PrintedCell.of(Figure.money(Money.wanYuan("1.5"))))))
            .collect(RollUp.summingPrinted(Edition.E2019));
    assertEquals(
        Optional.of(Figure.money(Money.yuan("17935154.55"))), stated.cell(amount).sum());

    RollUp mixed =
        Stream.of(
                report(Edition.E2019, "甲", Map.of(amount, PrintedCell.of(Figure.money(Money.yuan("10"))))),
                report(Edition.E2019, "乙", Map.of(amount, PrintedCell.of(Figure.money(Money.parse("5"))))))
            .collect(RollUp.summingPrinted(Edition.E2019));
    assertTrue(mixed.cell(amount).unitsDiffer());
    assertEquals(PrintedCell.unreadable("合计不详：单位不一致"), mixed.cell(amount).toPrinted());
  }

  @Test
  void aCountBeyondTheRangeOfLongIsAnError() {
    CellRef cell = newNatural(T21);
    ArithmeticException e =
        assertThrows(
            ArithmeticException.class,
            () ->
                Stream.of(
                        report(Edition.E2021, "甲", Map.of(cell, PrintedCell.of(Long.MAX_VALUE))),
                        report(Edition.E2021, "乙", Map.of(cell, PrintedCell.of(1))))
                    .collect(RollUp.summingPrinted(Edition.E2021)));
    assertEquals(
        "the roll-up of " + cell + " exceeds the range of a count (" + Long.MAX_VALUE + ")",
        e.getMessage());
  }

  @Test
  void aRegionalReportIsComparedWithTheSumOfItsParts() {
    PrintedReport huaian = ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json")).toPrinted();
    RollUp twice = Stream.of(huaian, huaian).collect(RollUp.summingPrinted(huaian.edition()));
    PrintedReport doubled = twice.toPrinted("淮安市（汇总）", 2024);

    assertEquals(List.of(), twice.compare(doubled));

    CellRef cell = T21.cell(ApplicationRow.NEW, Applicant.TOTAL);
    long sum = ((Figure.Count) twice.cell(cell).sum().orElseThrow()).value();
    PrintedReport wrong = doubled.withCell(cell, PrintedCell.of(sum - 1));
    List<CellDifference> differences = twice.compare(wrong);
    assertEquals(1, differences.size());
    CellDifference d = differences.get(0);
    assertEquals(cell, d.cell());
    assertEquals(BigDecimal.valueOf(sum - 1), d.found());
    assertEquals(BigDecimal.valueOf(sum), d.expected());
    assertEquals(
        "the regional report prints " + (sum - 1) + ", its parts sum to " + sum, d.messageEn());

    PrintedReport blank = doubled.withCell(cell, PrintedCell.blank());
    assertEquals(
        "汇总报告未印数字，各组成部分之和为 " + sum, twice.compare(blank).get(0).messageZh());
    assertThrows(
        IllegalArgumentException.class,
        () -> twice.compare(report(Edition.E2019, "甲", Map.of())));
  }

  @Test
  void theRegionalTableHasEveryCellOfTheEdition() {
    PrintedReport huaian = ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json")).toPrinted();
    RollUp one = Stream.of(huaian).collect(RollUp.summingPrinted(huaian.edition()));
    assertEquals(T21.cells(), one.cells().stream().map(CellSum::cell).toList());
    for (CellRef c : T21.cells()) {
      PrintedCell printed = huaian.cell(c).orElse(PrintedCell.blank());
      PrintedCell summed = one.cell(c).toPrinted();
      if (printed instanceof PrintedCell.Blank) {
        assertEquals(PrintedCell.blank(), summed, c.toString());
      } else {
        assertEquals(printed, summed, c.toString());
      }
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> one.cell(T19.cell(ApplicationRow.OTHER, Applicant.TOTAL)));
    assertEquals(Section.TWO, one.cells().get(0).cell().section());
  }
}
