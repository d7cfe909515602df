package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionDeclaration;
import io.github.ogireport.testedition.TestEdition;
import io.github.ogireport.testkit.Reports;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The generic property suite ({@link ReportProperties}: no violation on valid reports, every changed
 * number of sections 三 and 四 caught and located, JSON round trips, schema conformance) on the test
 * edition only, declared for this class's duration.
 */
class TestEditionProperties extends ReportProperties {
  private static Edition edition;

  @BeforeContainer
  static void declare() {
    edition = TestEdition.declare();
  }

  @AfterContainer
  static void withdraw() {
    EditionDeclaration.withdraw(edition);
  }

  @Property(tries = 20)
  void theSuiteRunsOnTheTestEdition(
      @ForAll("valid") AnnualReport report, @ForAll("printed") PrintedReport printed) {
    assertEquals(edition, report.edition());
    assertEquals(edition, printed.edition());
    assertEquals(
        java.util.List.of("LICENSING", "OTHER_SERVICES"),
        report.edition().template().table("ITEM_5").orElseThrow().rows().stream()
            .map(r -> r.key())
            .toList());
    assertTrue(report.section2().stream().anyMatch(t -> t.cells().keySet().stream()
        .anyMatch(c -> c.row().equals("OTHER_SERVICES"))));
  }

  @Override
  @Provide
  Arbitrary<AnnualReport> valid() {
    return Reports.validReports(edition);
  }

  @Override
  @Provide
  Arbitrary<PrintedReport> printed() {
    return Arbitraries.oneOf(Reports.printedReports(edition), Reports.corruptedReports(edition));
  }
}
