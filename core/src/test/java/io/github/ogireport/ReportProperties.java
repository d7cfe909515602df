package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Section;
import io.github.ogireport.testkit.JsonSchemaCheck;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The properties every report of every declared edition has. {@code TestEditionProperties} runs
 * the same suite on an edition declared in the tests.
 */
class ReportProperties {

  @Provide
  Arbitrary<AnnualReport> valid() {
    return Reports.validReports();
  }

  @Provide
  Arbitrary<PrintedReport> printed() {
    return Reports.printedReports();
  }

  @Property(tries = 300)
  void aValidReportHasNoViolation(@ForAll("valid") AnnualReport report) {
    Seq<Violation> violations = ReportValidator.violations(report.toPrinted());
    assertTrue(violations.isEmpty(), () -> violations.mkString("\n"));
    assertTrue(ReportValidator.validate(report).isValid());
  }

  /** A valid report's printed view, one cell of section 三 or 四, and a non-zero change. */
  record Corruption(PrintedReport printed, CellRef cell, long delta) {}

  @Provide
  Arbitrary<Corruption> corruptions() {
    return valid()
        .flatMap(
            r -> {
              PrintedReport p = r.toPrinted();
              List<CellRef> cells =
                  p.cells().keySet().stream()
                      .filter(c -> c.section() == Section.THREE || c.section() == Section.FOUR)
                      .toList();
              Arbitrary<Long> delta =
                  Arbitraries.oneOf(
                          Arbitraries.longs().between(-1_000, 1_000),
                          Arbitraries.longs().between(-4_000_000_000_000_000_000L, 4_000_000_000_000_000_000L))
                      .filter(d -> d != 0);
              return Combinators.combine(Arbitraries.of(cells), delta)
                  .as((c, d) -> new Corruption(p, c, d));
            });
  }

  @Property(tries = 1000)
  void changingAnyCellOfSections3Or4IsCaughtAndLocated(@ForAll("corruptions") Corruption k) {
    long before = ((Figure.Count) ((PrintedCell.Numeric) k.printed().cells().get(k.cell())).figure()).value();
    PrintedReport broken = k.printed().withCell(k.cell(), PrintedCell.of(before + k.delta()));

    Seq<Violation> violations = ReportValidator.violations(broken);

    assertFalse(violations.isEmpty(), () -> "no violation after changing " + k.cell() + " by " + k.delta());
    for (Violation v : violations) {
      assertTrue(v.involves(k.cell()), () -> v + " does not involve the changed cell " + k.cell());
    }
    assertTrue(ReportValidator.validate(broken).isInvalid());
  }

  @Property(tries = 200)
  void aBuiltReportSurvivesJson(@ForAll("valid") AnnualReport report) {
    String json = ReportJson.write(report);
    AnnualReport read = ReportJson.readAnnualReport(json);
    assertEquals(report, read);
    assertEquals(json, ReportJson.write(read));
  }

  @Property(tries = 200)
  void aPrintedReportSurvivesJson(@ForAll("printed") PrintedReport report) {
    String json = ReportJson.write(report);
    PrintedReport read = ReportJson.readPrintedReport(json);
    assertEquals(report, read);
    assertEquals(json, ReportJson.write(read));
  }

  @Property(tries = 100)
  void everyBuiltDocumentConformsToItsSchema(@ForAll("valid") AnnualReport report) {
    var problems = JsonSchemaCheck.problems(report.edition(), ReportJson.toTree(report));
    assertTrue(problems.isEmpty(), problems::toString);
  }

  @Property(tries = 100)
  void everyPrintedDocumentConformsToItsSchema(@ForAll("printed") PrintedReport report) {
    var problems = JsonSchemaCheck.problems(report.edition(), ReportJson.toTree(report));
    assertTrue(problems.isEmpty(), problems::toString);
  }

}
