package io.github.ogireport.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.series.SeriesPairs.Pair;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A generated two-year series whose carry-over is changed in one column gives exactly the I5
 * violation on that column, within either edition and across the 2020 → 2021 edition change.
 */
class ReportSeriesProperties {

  @Provide
  Arbitrary<Pair> pairs() {
    return Arbitraries.oneOf(
        SeriesPairs.consistentPairs(Edition.E2019, Edition.E2019, 2020),
        SeriesPairs.consistentPairs(Edition.E2021, Edition.E2021, 2024),
        SeriesPairs.consistentPairs(Edition.E2019, Edition.E2021, 2021));
  }

  @Provide
  Arbitrary<Pair> editionChange() {
    return SeriesPairs.consistentPairs(Edition.E2019, Edition.E2021, 2021);
  }

  @Property(tries = 150)
  void aConsistentPairHasNoFinding(@ForAll("pairs") Pair pair) {
    SeriesVerdict<PrintedReport> verdict = ReportSeries.check(List.of(pair.current(), pair.previous()));
    List<SeriesFinding<PrintedReport>> crossYear =
        verdict.findings().stream().filter(f -> f.kind() == SeriesFinding.Kind.CROSS_YEAR).toList();
    assertEquals(List.of(), crossYear);
    assertEquals(List.of(pair.previous(), pair.current()), verdict.members());
  }

  @Property(tries = 200)
  void aChangedCarryOverGivesExactlyTheI5ViolationOnItsColumn(
      @ForAll("pairs") Pair pair,
      @ForAll Applicant column,
      @ForAll @IntRange(min = 1, max = 1000) int delta) {
    assertChangedCarryOver(pair, column, delta);
  }

  @Property(tries = 100)
  void theEditionChangeFrom2020To2021IsChecked(
      @ForAll("editionChange") Pair pair,
      @ForAll Applicant column,
      @ForAll @IntRange(min = 1, max = 1000) int delta) {
    assertEquals(Edition.E2019, pair.previous().edition());
    assertEquals(Edition.E2021, pair.current().edition());
    assertChangedCarryOver(pair, column, delta);
  }

  private static void assertChangedCarryOver(Pair pair, Applicant column, int delta) {
    CellRef carried = pair.current().edition().template().cell(ApplicationRow.CARRIED, column);
    CellRef carriedForward =
        pair.previous().edition().template().cell(ApplicationRow.CARRY_FORWARD, column);
    long before = SeriesPairs.count(pair.previous(), carriedForward).orElseThrow();
    long changed = before + delta;
    PrintedReport current = pair.current().withCell(carried, PrintedCell.of(changed));

    SeriesVerdict<PrintedReport> verdict = ReportSeries.check(List.of(pair.previous(), current));

    List<SeriesFinding<PrintedReport>> crossYear =
        verdict.findings().stream().filter(f -> f.kind() == SeriesFinding.Kind.CROSS_YEAR).toList();
    assertEquals(1, crossYear.size(), verdict.findings().toString());
    SeriesFinding<PrintedReport> f = crossYear.get(0);
    assertEquals("I5", f.id());
    assertEquals(SeriesFinding.Level.ERROR, f.level());
    assertEquals(pair.previous().year(), f.previousYear());
    assertEquals(current.year(), f.year());
    Violation v = f.violation().orElseThrow();
    assertTrue(v.involves(carried), v.toString());
    assertEquals(
        List.of(carriedForward.column(), carried.column()),
        v.cells().stream().map(CellRef::column).toList());
    assertEquals(BigDecimal.valueOf(before), v.expected().orElseThrow());
    assertEquals(BigDecimal.valueOf(changed), v.found().orElseThrow());
    assertTrue(verdict.hasErrors());
  }
}
