package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.validation.ReportValidator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the library publishes passes the library's own checks: every valid report, of either
 * edition, rendered as HTML, Markdown and text and read back by {@link ReportReader}, is the same
 * report, with no reading problem and no violation (warnings included).
 *
 * <p>When a report states 信息处理费 facts, its section 六 text is replaced by one that does not
 * mention the fee, so that only the renderers' own sentence can satisfy the I11 check on the read
 * back report.
 */
class RenderingsReadBackProperties {

  @Provide
  Arbitrary<AnnualReport> valid2019() {
    return Reports.validReports(Edition.E2019).map(RenderingsReadBackProperties::feesInFactsOnly);
  }

  @Provide
  Arbitrary<AnnualReport> valid2021() {
    return Reports.validReports(Edition.E2021).map(RenderingsReadBackProperties::feesInFactsOnly);
  }

  @Property(tries = 60)
  void everyRenderingOfA2019ReportReadsBackCleanAndEqual(@ForAll("valid2019") AnnualReport report) {
    readsBackCleanAndEqual(report);
  }

  @Property(tries = 60)
  void everyRenderingOfA2021ReportReadsBackCleanAndEqual(@ForAll("valid2021") AnnualReport report) {
    readsBackCleanAndEqual(report);
  }

  /** The report with a fee-free section 六 text when its facts state the fee. */
  static AnnualReport feesInFactsOnly(AnnualReport report) {
    Narratives n = report.narratives();
    boolean stated =
        n.processingFees()
            .flatMap(f -> ReportWalk.feeSentence(report.edition().template(), f))
            .isPresent();
    return stated
        ? AnnualReport.builder()
            .from(report)
            .narratives(Narratives.builder().from(n).otherMatters("本年度无其他需要报告的事项。").build())
            .build()
        : report;
  }

  private static void readsBackCleanAndEqual(AnnualReport report) {
    assertEquals(List.of(), ReportValidator.violations(report.toPrinted()).toJavaList());
    PrintedReport printed = report.toPrinted();
    Map<String, Function<PrintedReport, String>> renderers =
        Map.of(
            "html", ReportRenderer::html,
            "markdown", ReportRenderer::markdown,
            "text", ReportRenderer::text);
    renderers.forEach(
        (format, renderer) -> {
          String rendering = renderer.apply(printed);
          ReadResult read = ReportReader.read(rendering);
          PrintedReport back = read.report();
          assertEquals(List.of(), read.problems(), format);
          assertEquals(printed.edition(), back.edition(), format);
          assertEquals(printed.agency(), back.agency(), format);
          assertEquals(printed.year(), back.year(), format);
          assertEquals(printed.cells(), back.cells(), format);
          String sectionSix = String.join("\n", ReportWalk.otherMatters(printed));
          assertEquals(
              true,
              back.narratives().otherMatters().startsWith(sectionSix),
              () -> format + ": section 六 read as " + back.narratives().otherMatters());
          assertEquals(
              List.of(),
              ReportValidator.violations(back).map(Object::toString).toJavaList(),
              format);
        });
  }
}
