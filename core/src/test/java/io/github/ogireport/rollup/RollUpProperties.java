package io.github.ogireport.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The roll-up of valid reports satisfies every identity of their edition, and the roll-up of a list
 * is the roll-up of the roll-ups of any partition of it, in parallel as in sequence.
 */
class RollUpProperties {

  /** Reports of one edition, with cut points that partition the list. */
  record Partitioned<T>(Edition edition, List<T> reports, List<Integer> cuts) {
    List<List<T>> chunks() {
      List<List<T>> out = new ArrayList<>();
      int from = 0;
      for (int cut : cuts.stream().map(c -> Math.min(c, reports.size())).sorted().toList()) {
        out.add(reports.subList(from, Math.max(from, cut)));
        from = Math.max(from, cut);
      }
      out.add(reports.subList(from, reports.size()));
      return out;
    }
  }

  @Provide
  Arbitrary<Partitioned<AnnualReport>> built() {
    return Arbitraries.of(Edition.values())
        .flatMap(
            e ->
                Combinators.combine(
                        Reports.validReports(e).list().ofMinSize(1).ofMaxSize(10),
                        Arbitraries.integers().between(0, 10).list().ofMaxSize(4))
                    .as((reports, cuts) -> new Partitioned<>(e, reports, cuts)));
  }

  @Provide
  Arbitrary<Partitioned<PrintedReport>> printed() {
    return Arbitraries.of(Edition.values())
        .flatMap(
            e ->
                Combinators.combine(
                        Reports.printedReports()
                            .filter(p -> p.edition() == e)
                            .list()
                            .ofMaxSize(10),
                        Arbitraries.integers().between(0, 10).list().ofMaxSize(4))
                    .as((reports, cuts) -> new Partitioned<>(e, reports, cuts)));
  }

  @Property(tries = 60)
  void theRollUpOfValidReportsSatisfiesEveryIdentity(
      @ForAll("built") Partitioned<AnnualReport> p) {
    RollUp sum = p.reports().stream().collect(RollUp.summing(p.edition()));
    AnnualReport first = p.reports().get(0);
    PrintedReport regional =
        PrintedReport.builder()
            .from(sum.toPrinted("某市（汇总）", first.year()))
            .narratives(first.narratives())
            .build();

    // I12 is a plausibility bound on one agency's fee (below 10,000,000 万元), not an identity a
    // sum keeps; a 2019 采购总金额 printed with a unit by some parts and without by others has no
    // known sum and is printed unreadable. Every other identity and completeness check must hold.
    List<Violation> violations =
        ReportValidator.violations(regional)
            .filter(v -> !v.identityId().equals("I12"))
            .filter(
                v ->
                    !(v.identityId().equals("UNREADABLE")
                        && v.cells().stream().allMatch(c -> sum.cell(c).unitsDiffer())))
            .toJavaList();
    assertEquals(List.of(), violations);
    for (CellSum c : sum.cells()) {
      assertEquals(p.reports().size(), c.printed(), c.toString());
    }
    assertEquals(p.reports().size(), sum.parts());
  }

  @Property(tries = 40)
  void builtAndPrintedReportsRollUpAlike(@ForAll("built") Partitioned<AnnualReport> p) {
    RollUp built = p.reports().stream().collect(RollUp.summing(p.edition()));
    RollUp printed =
        p.reports().stream().map(AnnualReport::toPrinted).collect(RollUp.summingPrinted(p.edition()));
    assertEquals(built, printed);
  }

  @Property(tries = 60)
  void aPartitionsRollUpsAddUpToTheRollUpOfAllBuilt(@ForAll("built") Partitioned<AnnualReport> p) {
    assertPartitionInvariant(p, RollUp.summing(p.edition()));
  }

  @Property(tries = 80)
  void aPartitionsRollUpsAddUpToTheRollUpOfAllPrinted(
      @ForAll("printed") Partitioned<PrintedReport> p) {
    assertPartitionInvariant(p, RollUp.summingPrinted(p.edition()));
  }

  @Provide
  Arbitrary<List<AnnualReport>> reports2021() {
    return Reports.validReports(Edition.E2021).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 30)
  void mappedOnto2019TheThreeOtherRowsAddIntoOne(@ForAll("reports2021") List<AnnualReport> reports) {
    RollUp own = reports.stream().collect(RollUp.summing(Edition.E2021));
    RollUp mapped =
        reports.stream().collect(RollUp.summing(EditionMapping.otherHandlingOnto2019()));
    EditionTemplate t21 = Edition.E2021.template();
    TableDecl applications = t21.applications();
    for (CellSum c : mapped.cells()) {
      CellRef cell = c.cell();
      if (cell.section() == Section.TWO) {
        assertEquals(reports.size(), c.unmapped(), c.toString());
        assertEquals(Optional.empty(), c.sum());
        continue;
      }
      Optional<AlternativeRow> alternative = applications.alternative(cell.row());
      if (cell.table().equals(applications.key()) && alternative.isPresent()) {
        long expected = 0;
        for (String row : alternative.get().replaces()) {
          CellRef part = t21.findCell(cell.table(), row, cell.column()).orElseThrow();
          expected += ((Figure.Count) own.cell(part).sum().orElseThrow()).value();
        }
        assertEquals(Optional.of(Figure.count(expected)), c.sum(), c.toString());
      } else {
        CellRef same = t21.findCell(cell.table(), cell.row(), cell.column()).orElseThrow();
        assertEquals(own.cell(same).sum(), c.sum(), c.toString());
      }
      assertEquals(reports.size(), c.printed(), c.toString());
    }
  }

  private static <T> void assertPartitionInvariant(
      Partitioned<T> p, Collector<T, ?, RollUp> collector) {
    RollUp all = p.reports().stream().collect(collector);
    RollUp ofParts =
        p.chunks().stream()
            .map(chunk -> chunk.stream().collect(collector))
            .reduce(RollUp.empty(all.mapping()), RollUp::plus);
    assertEquals(all, ofParts);
    assertEquals(all, p.reports().parallelStream().collect(collector));
    List<T> reversed = new ArrayList<>(p.reports());
    java.util.Collections.reverse(reversed);
    assertEquals(all, reversed.stream().collect(collector));
    for (CellSum c : all.cells()) {
      assertEquals(
          p.reports().size(), c.printed() + c.blank() + c.unreadable() + c.unmapped(), c.toString());
    }
  }
}
