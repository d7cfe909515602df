package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.model.ReportHeader;
import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.Reports;
import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts of validation find what the general path finds: the same violations in the same
 * order with the same messages, on valid, blanked and corrupted reports, with money below 0, counts
 * that overflow a {@code long}, alternative rows printed and processing fees below 0; and the
 * header's shortcuts (blank names on a table, the current year cached) agree with what they stand
 * for; the equations summed in families tell what each equation summed by itself tells.
 */
class ValidationShortcutProperties {

  @Provide
  Arbitrary<PrintedReport> reports() {
    Arbitrary<PrintedReport> base =
        Arbitraries.oneOf(
            Reports.validReports().map(AnnualReport::toPrinted),
            Reports.printedReports(),
            Arbitraries.of(Edition.values()).flatMap(Reports::corruptedReports));
    return Combinators.combine(
            base,
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.longs().between(0, 3))
        .as(ValidationShortcutProperties::changed);
  }

  /** A report with one more change of a kind the shortcuts look out for. */
  private static PrintedReport changed(PrintedReport p, int kind, int pick, long small) {
    EditionTemplate t = p.edition().template();
    List<CellRef> all = t.printableCells();
    List<CellRef> money = all.stream().filter(c -> t.kind(c) == CellKind.MONEY).toList();
    List<CellRef> counts = all.stream().filter(c -> t.kind(c) != CellKind.MONEY).toList();
    switch (kind) {
      case 1 -> {
        if (money.isEmpty()) {
          return p;
        }
        CellRef c = money.get(pick % money.size());
        MoneyUnit unit = t.column(c).unit().orElse(MoneyUnit.WAN_YUAN);
        return p.withCell(
            c, PrintedCell.of(Figure.money(Money.of(BigDecimal.valueOf(-1 - small, 2), unit))));
      }
      case 2 -> {
        return p.withCell(counts.get(pick % counts.size()), PrintedCell.of(Long.MAX_VALUE - small));
      }
      case 3 -> {
        List<CellRef> alternative = new ArrayList<>();
        for (TableDecl table : t.tables()) {
          for (AlternativeRow a : table.alternatives()) {
            alternative.addAll(t.printableGrid(table).get(a.row().key()).values());
          }
        }
        PrintedReport out = p;
        for (int k = 0; k < alternative.size(); k++) {
          if ((pick >> k & 1) == 0) {
            out = out.withCell(alternative.get(k), PrintedCell.of(small));
          }
        }
        return out;
      }
      case 4 -> {
        return PrintedReport.builder()
            .from(p)
            .narratives(
                Narratives.builder()
                    .from(p.narratives())
                    .processingFees(
                        ProcessingFees.of(
                            small,
                            Money.of(BigDecimal.valueOf(pick % 3 - 1), MoneyUnit.YUAN),
                            Money.of(BigDecimal.valueOf(-small), MoneyUnit.YUAN)))
                    .build())
            .build();
      }
      case 5 -> {
        CellRef c = counts.get(pick % counts.size());
        return p.withCell(c, PrintedCell.of(-1 - small));
      }
      case 6 -> {
        // Around the largest count the equations are summed without overflow checks.
        CellRef c = counts.get(pick % counts.size());
        return p.withCell(c, PrintedCell.of((pick % 2 == 0 ? 1 : -1) * ((1L << 56) - 2 + small)));
      }
      default -> {
        return p;
      }
    }
  }

  @Property(tries = 400)
  void theShortcutsFindWhatTheGeneralPathFinds(@ForAll("reports") PrintedReport report) {
    assertEquals(
        ReportValidator.violations(report, false).map(Violation::toString).toJavaList(),
        ReportValidator.violations(report, true).map(Violation::toString).toJavaList());
    assertEquals(
        ReportValidator.violations(report, false).toJavaList(),
        ReportValidator.violations(report).toJavaList());
  }

  /**
   * A valid report with up to three counts of its equations moved by a little (or by a lot), so
   * that one equation of a family fails, or two, or none when the moves cancel out.
   */
  @Provide
  Arbitrary<PrintedReport> movedCounts() {
    return Combinators.combine(
            Reports.validReports().map(AnnualReport::toPrinted),
            Arbitraries.integers().between(0, 100_000).list().ofMaxSize(3),
            Arbitraries.longs().between(-3, 3),
            Arbitraries.of(0L, 1L << 40))
        .as(
            (p, picks, by, far) -> {
              CompiledEdition c = CompiledEdition.of(p.edition());
              PrintedReport out = p;
              for (int pick : picks) {
                int i = c.differenceTerms[pick % c.differenceTerms.length];
                if (out.printedGrid().isCount(i)) {
                  long was = out.printedGrid().count(i);
                  out = out.withCell(c.cells[i], PrintedCell.of(Math.max(0, was + by + far)));
                }
              }
              return out;
            });
  }

  /** Whether every equation holds, each summed by itself from its declared terms and signs. */
  private static boolean eachHolds(CompiledEdition c, PrintedReport report) {
    for (CompiledEdition.Eq e : c.equations) {
      long difference = 0; // found - expected
      for (int k = 0; k < e.cells().length; k++) {
        long v = e.signs()[k] * report.printedGrid().count(e.cells()[k]);
        difference += k < e.expectedCount() ? -v : v;
      }
      if (e.atLeast() ? difference < 0 : difference != 0) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 400)
  void theFamiliesOfEquationsTellWhatEachEquationTells(
      @ForAll("movedCounts") PrintedReport report) {
    CompiledEdition c = CompiledEdition.of(report.edition());
    assertEquals(eachHolds(c, report), Evaluator.familiesHold(c, report.printedGrid()));
    assertEquals(
        ReportValidator.violations(report, false).toJavaList(),
        ReportValidator.violations(report, true).toJavaList());
  }

  @Example
  void everyEquationIsInAFamilyMovedByItsStride() {
    for (Edition edition : Edition.values()) {
      CompiledEdition c = CompiledEdition.of(edition);
      int q = 0;
      int start = 0;
      for (int f = 0; f < c.familyWidth.length; f++) {
        for (int m = 0; m < c.familyWidth[f]; m++, q++) {
          int from = q == 0 ? 0 : c.termsEnd[q - 1];
          assertEquals(c.termsEnd[q] - from, c.familyTermsEnd[f] - start);
          assertEquals(c.addedEnd[q] - from, c.familyAddedEnd[f] - start);
          assertEquals(c.atLeast[q], c.familyAtLeast[f]);
          for (int k = start; k < c.familyTermsEnd[f]; k++) {
            assertEquals(
                c.familyTerms[k] + m * c.familyStride[f], c.differenceTerms[from + k - start]);
          }
        }
        start = c.familyTermsEnd[f];
      }
      assertEquals(c.equations.length, q);
    }
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<Character> blankish =
        Arbitraries.of(
            ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u001F', '\u0085', '\u00A0', '\u1680',
            '\u180E', '\u2000', '\u200A', '\u200B', '\u200C', '\u2028', '\u2029', '\u202F', '\u205F',
            '\u3000', '\uFEFF', '\uD835', '\uDFD8', 'a', '区', '\u0008', '\u2060');
    return Arbitraries.oneOf(
        blankish.list().ofMaxSize(6).map(ValidationShortcutProperties::join),
        Arbitraries.strings().ofMaxLength(6));
  }

  private static String join(List<Character> chars) {
    StringBuilder b = new StringBuilder();
    chars.forEach(b::append);
    return b.toString();
  }

  @Property(tries = 1000)
  void blankNamesAreTheHeadersBlankNames(@ForAll("names") String name) {
    assertEquals(ReportHeader.isBlankName(name), ReportValidator.BlankNames.isBlank(name), name);
  }

  @Property(tries = 1000)
  void blankTextsAreStringsBlankTexts(@ForAll("names") String text) {
    assertEquals(text.isBlank(), Evaluator.isBlank(text), text);
  }

  @Example
  void theCurrentYearIsChinasYear() {
    int before = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    int cached = ReportValidator.currentYear();
    int after = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    assertEquals(true, cached == before || cached == after, before + " " + cached + " " + after);
  }
}
