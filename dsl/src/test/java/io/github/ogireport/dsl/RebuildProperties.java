package io.github.ogireport.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.validation.Validated;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid report, rebuilt through the DSL from its values, is the same report. */
class RebuildProperties {

  @Provide
  Arbitrary<AnnualReport> e2019() {
    return Reports.validReports(Edition.E2019);
  }

  @Provide
  Arbitrary<AnnualReport> e2021() {
    return Reports.validReports(Edition.E2021);
  }

  @Property(tries = 200)
  void a2019ReportRebuiltThroughTheDslIsEqual(@ForAll("e2019") AnnualReport report) {
    Report2019 b = AnnualReports.edition2019(report.agency(), report.year());
    b.section2(s -> Reentry.section2(report, s, Map.of()))
        .section3(s -> Reentry.section3(report, s));
    assertRebuilt(report, common(report, b));
  }

  @Property(tries = 200)
  void a2021ReportRebuiltThroughTheDslIsEqual(@ForAll("e2021") AnnualReport report) {
    Report2021 b = AnnualReports.edition2021(report.agency(), report.year());
    b.section2(s -> Reentry.section2(report, s, Map.of()))
        .section3(s -> Reentry.section3(report, s));
    assertRebuilt(report, common(report, b));
  }

  private static void assertRebuilt(
      AnnualReport report, Validation<Seq<Violation>, Validated<AnnualReport>> rebuilt) {
    assertTrue(rebuilt.isValid(), () -> rebuilt.getError().mkString("\n"));
    assertEquals(report, rebuilt.get().report());
  }

  private static <B extends ReportBuilder<B>> Validation<Seq<Violation>, Validated<AnnualReport>>
      common(AnnualReport report, B b) {
    report.publicationDate().ifPresent(b::publishedOn);
    b.narratives(report.narratives());
    b.section4(s -> Reentry.section4(report, s));
    return b.build();
  }
}
