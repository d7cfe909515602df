package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.testkit.Samples;
import io.vavr.collection.Seq;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 9, on the real samples: two agencies are not compared across years, and a report
 * that proves nothing is not clean.
 */
class PairAndVerdictTest {
  private static PrintedReport sample(String file) {
    return ReportReader.read(Samples.text(file)).report();
  }

  @Test
  void fangzheng2020AndPingtan2021AreNotComparedAsOneAgency() {
    PrintedReport fangzheng = sample("seed-fangzheng-edu-2020.txt");
    PrintedReport pingtan = sample("pingtan-2021.txt");
    Seq<Violation> found = ReportValidator.crossYearViolations(fangzheng, pingtan);
    assertEquals(List.of("SAME_AGENCY"), found.map(Violation::identityId).toJavaList());
    assertEquals(
        "last year's report is of \"方正县教育局\", this year's of \"平潭综合实验区\"; a cross-year check"
            + " compares the reports of one agency",
        found.head().messageEn());
    assertTrue(ReportValidator.validatePair(fangzheng, pingtan).isInvalid());
  }

  @Test
  void theHongzeReportsOfTwoYearsAreOneAgency() {
    PrintedReport y2023 = sample("hongze-2023.txt");
    PrintedReport y2024 = sample("hongze-2024.txt");
    assertTrue(
        ReportValidator.crossYearViolations(y2023, y2024)
            .forAll(v -> !v.identityId().equals("SAME_AGENCY")));
  }

  @Test
  void aSampleWithEveryCellUnreadableHasNothingToCheck() {
    PrintedReport read = sample("hongze-2024.txt");
    Map<CellRef, PrintedCell> unreadable = new LinkedHashMap<>();
    read.cells().keySet().forEach(c -> unreadable.put(c, PrintedCell.unreadable("■")));
    Seq<Violation> found =
        ReportValidator.violations(PrintedReport.builder().from(read).cells(unreadable).build());
    assertEquals(0, found.count(Violation::isError), found::mkString);
    assertEquals(Verdict.NOTHING_TO_CHECK, Verdict.of(found));
  }

  @Test
  void aSampleWithEveryTotalBlankHasNothingToCheck() {
    PrintedReport read = sample("huaian-2024.txt");
    Map<CellRef, PrintedCell> blanks = new LinkedHashMap<>(read.cells());
    blanks.replaceAll(
        (c, p) -> read.edition().template().isDerived(c) ? PrintedCell.blank() : p);
    Seq<Violation> found =
        ReportValidator.violations(PrintedReport.builder().from(read).cells(blanks).build());
    assertEquals(0, found.count(Violation::isError), found::mkString);
    assertEquals(Verdict.NOTHING_TO_CHECK, Verdict.of(found));
    assertEquals(Verdict.CLEAN, Verdict.of(ReportValidator.violations(read)));
  }
}
