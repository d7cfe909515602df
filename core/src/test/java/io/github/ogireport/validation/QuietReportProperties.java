package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.Reports;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast paths of {@link ReportValidator#violations(PrintedReport)} for a report with nothing
 * to say: in a report {@link Evaluator#quiet} calls quiet, the evaluator (without its shortcuts)
 * finds what the quoted figures' checks alone find (I10; nothing when section 一 is empty); the
 * validator finds with them what it finds without, on reports
 * that are quiet or miss being quiet by one thing; the current year is read from the clock only
 * when the answer may depend on it ({@link ReportValidator.YearClock}).
 */
class QuietReportProperties {

  /**
   * Valid reports, with section 一 emptied or not (quiet ones), and the same with one thing more:
   * a wrong quoted number, or one that a report must not have to be quiet.
   */
  @Provide
  Arbitrary<PrintedReport> nearlyQuiet() {
    return Combinators.combine(
            Reports.validReports().map(AnnualReport::toPrinted),
            Arbitraries.integers().between(-8, 17),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.longs().between(0, 3))
        .as(QuietReportProperties::nearlyQuiet);
  }

  private static PrintedReport nearlyQuiet(PrintedReport valid, int kind, int pick, long small) {
    // section 一 as generated (text that quotes no number) or emptied
    PrintedReport p = kind < -4 ? valid : narratives(valid, b -> b.overview(""));
    EditionTemplate t = p.edition().template();
    List<CellRef> counts =
        t.printableCells().stream().filter(c -> t.kind(c) != CellKind.MONEY).toList();
    CellRef count = counts.get(pick % counts.size());
    Optional<CellRef> fee = t.feeAmountCell();
    switch (kind) {
      case 4 -> {
        // a quoted number the tables do not give (I10)
        return narratives(p, b -> b.overview("本年度共受理政府信息公开申请" + (1_000_003 + small) + "件。"));
      }
      case 5 -> {
        return narratives(p, b -> b.problems(small % 2 == 0 ? "" : " \n　")); // I13
      }
      case 6 -> {
        return narratives(p, b -> b.otherMatters("　").processingFees(Optional.empty())); // I13
      }
      case 7 -> {
        // the fee neither given nor named: I11 when a trigger is above 0
        return narratives(p, b -> b.otherMatters("其他事项").processingFees(Optional.empty()));
      }
      case 8 -> {
        return fee.map(c -> p.withCell(c, money(BigDecimal.valueOf(1 + small), MoneyUnit.YUAN)))
            .orElse(p); // I12: in 元
      }
      case 9 -> {
        return fee.map(
                c ->
                    p.withCell(
                        c,
                        money(
                            t.feeAmountImplausibleAbove().add(BigDecimal.valueOf(small - 1)),
                            MoneyUnit.WAN_YUAN)))
            .orElse(p); // I12: at or above the amount no agency charges, in 万元
      }
      case 10 -> {
        return fee.map(c -> p.withCell(c, money(BigDecimal.valueOf(-1 - small, 2), MoneyUnit.WAN_YUAN)))
            .orElse(p); // I4 on money
      }
      case 11 -> {
        return p.withCell(count, PrintedCell.blank(small % 2 == 0 ? "" : "/"));
      }
      case 12 -> {
        return p.withCell(count, PrintedCell.unreadable("x" + small));
      }
      case 13 -> {
        // an equation that fails (a cell not printed, such as an alternative row's, printed)
        long was =
            p.cell(count).orElse(null) instanceof PrintedCell.Numeric n
                    && n.figure() instanceof Figure.Count k
                ? k.value()
                : 0;
        return p.withCell(count, PrintedCell.of(was + 1 + small));
      }
      case 14 -> {
        return p.withCell(count, PrintedCell.of(-1 - small)); // I4
      }
      case 15 -> {
        Map<CellRef, PrintedCell> cells = new LinkedHashMap<>(p.cells());
        cells.remove(count); // a cell not printed
        return PrintedReport.builder().from(p).cells(cells).build();
      }
      case 16 -> {
        PrintedReport out = p; // an alternative row printed
        for (TableDecl table : t.tables()) {
          for (AlternativeRow a : table.alternatives()) {
            for (CellRef c : t.printableGrid(table).get(a.row().key()).values()) {
              out = out.withCell(c, PrintedCell.of(small));
            }
          }
        }
        return out;
      }
      case 17 -> {
        // a count too large for the sums without overflow checks
        return p.withCell(count, PrintedCell.of((1L << 56) - 2 + small));
      }
      default -> {
        return p; // quiet
      }
    }
  }

  private static PrintedReport narratives(PrintedReport p, UnaryOperator<Narratives.Builder> change) {
    return PrintedReport.builder()
        .from(p)
        .narratives(change.apply(Narratives.builder().from(p.narratives())).build())
        .build();
  }

  private static PrintedCell money(BigDecimal amount, MoneyUnit unit) {
    return PrintedCell.of(Figure.money(Money.of(amount, unit)));
  }

  @Property(tries = 600)
  void inAQuietReportTheEvaluatorFindsWhatTheQuotedFiguresAloneFind(@ForAll("nearlyQuiet") PrintedReport report) {
    CompiledEdition compiled = CompiledEdition.of(report.edition());
    boolean quiet = Evaluator.quiet(report, compiled);
    Statistics.label("quiet").collect(quiet);
    Evaluator general = new Evaluator(report, compiled, false, false);
    List<Violation> found = general.evaluate();
    if (quiet) {
      assertEquals(found, new Evaluator(report, compiled, false, true).quotedFiguresOnly());
      assertFalse(general.negativeAmount());
    }
    // the validator with its shortcuts finds what it finds without
    new ValidationShortcutProperties().theShortcutsFindWhatTheGeneralPathFinds(report);
    Statistics.label("quiet")
        .coverage(
            c -> {
              c.check(true).percentage(p -> p >= 10);
              c.check(false).percentage(p -> p >= 30);
            });
  }

  /** Valid reports with up to three counts moved by a little, so that members of a family fail. */
  @Provide
  Arbitrary<PrintedReport> movedCounts() {
    return Combinators.combine(
            Reports.validReports().map(AnnualReport::toPrinted),
            Arbitraries.integers().between(0, 100_000).list().ofMaxSize(3),
            Arbitraries.longs().between(-3, 3))
        .as(
            (p, picks, by) -> {
              CompiledEdition c = CompiledEdition.of(p.edition());
              PrintedReport out = p;
              for (int pick : picks) {
                int i = c.familyTerms[pick % c.familyTerms.length];
                int f = 0;
                while (c.familyTermsEnd[f] <= pick % c.familyTerms.length) {
                  f++;
                }
                i += (pick / 7 % c.familyWidth[f]) * c.familyStride[f]; // a cell of any member
                if (out.printedGrid().isCount(i)) {
                  long was = out.printedGrid().count(i);
                  out = out.withCell(c.cells[i], PrintedCell.of(Math.max(0, was + by)));
                }
              }
              return out;
            });
  }

  @Property(tries = 400)
  void aFamilySummedEightMembersAtATimeTellsWhatEachMemberTells(
      @ForAll("movedCounts") PrintedReport report) {
    CompiledEdition c = CompiledEdition.of(report.edition());
    var grid = report.printedGrid();
    for (int f = 0, start = 0; f < c.familyWidth.length; start = c.familyTermsEnd[f++]) {
      if (!c.familyInLanes[f]) {
        continue;
      }
      boolean each = true; // each member summed by itself, found - expected
      for (int m = 0; m < c.familyWidth[f]; m++) {
        long d = 0;
        for (int k = start; k < c.familyTermsEnd[f]; k++) {
          long v = grid.count(c.familyTerms[k] + m * c.familyStride[f]);
          d += k < c.familyAddedEnd[f] ? v : -v;
        }
        each &= c.familyAtLeast[f] ? d >= 0 : d == 0;
      }
      Statistics.label("family holds").collect(each);
      assertEquals(
          each,
          Evaluator.eightHold(
              c.familyTerms,
              start,
              c.familyAddedEnd[f],
              c.familyTermsEnd[f],
              c.familyWidth[f],
              c.familyAtLeast[f],
              grid),
          "family " + f);
    }
  }

  @Example
  void theFamiliesOfMembersSideBySideAreSummedInLanes() {
    // 三's columns (I2) and 本年新收 + 上年结转 = 总计 + 结转下年度 (I1), column by column
    CompiledEdition c = CompiledEdition.of(Edition.E2021);
    int inLanes = 0;
    for (boolean b : c.familyInLanes) {
      inLanes += b ? 1 : 0;
    }
    assertEquals(2, inLanes);
  }

  /** A clock of years that a test moves. */
  private static final class Years implements java.util.function.IntSupplier {
    int year;
    int reads;

    Years(int year) {
      this.year = year;
    }

    @Override
    public int getAsInt() {
      reads++;
      return year;
    }
  }

  /** The first report year of the format. */
  private static final int FIRST =
      java.util.Arrays.stream(Edition.values()).mapToInt(Edition::firstReportYear).min().orElseThrow();

  /** Whether the YEAR check rejects a report year when the current year is {@code current}. */
  private static boolean rejected(int reportYear, int current) {
    return reportYear < FIRST || reportYear > current;
  }

  @Provide
  Arbitrary<List<int[]>> clockAndReportYears() {
    // steps of (years the clock moves forward, the report's year)
    return Combinators.combine(
            Arbitraries.integers().between(0, 1), Arbitraries.integers().between(2010, 2040))
        .as((forward, year) -> new int[] {forward, year})
        .list()
        .ofMinSize(1)
        .ofMaxSize(30);
  }

  @Property(tries = 300)
  void theYearClockTellsWhatTheClockTellsWhileTimeGoesForward(
      @ForAll("clockAndReportYears") List<int[]> steps,
      @ForAll @IntRange(min = 2018, max = 2030) int start) {
    Years clock = new Years(start);
    ReportValidator.YearClock years = new ReportValidator.YearClock(clock);
    for (int[] step : steps) {
      clock.year += step[0];
      int reportYear = step[1];
      int current = years.current(reportYear);
      assertEquals(rejected(reportYear, clock.year), rejected(reportYear, current), reportYear + " in " + clock.year);
      if (rejected(reportYear, current)) {
        assertEquals(clock.year, current, "the year a YEAR error states");
      }
    }
  }

  @Example
  void theClockIsReadOnlyForAYearAfterTheLatestSeenOrBeforeTheFirst() {
    Years clock = new Years(2026);
    ReportValidator.YearClock years = new ReportValidator.YearClock(clock);
    int reads = clock.reads;
    assertEquals(2026, years.current(2024));
    assertEquals(2026, years.current(2026));
    assertEquals(reads, clock.reads);
    clock.year = 2027;
    assertEquals(2027, years.current(2027));
    assertEquals(reads + 1, clock.reads);
    assertEquals(2027, years.current(2027));
    assertEquals(2027, years.current(2010));
    assertEquals(reads + 2, clock.reads);
    // Set back across a New Year, the clock is not read for a year already seen to have begun.
    clock.year = 2026;
    assertEquals(2027, years.current(2027));
    assertEquals(2026, years.current(2028));
  }
}
