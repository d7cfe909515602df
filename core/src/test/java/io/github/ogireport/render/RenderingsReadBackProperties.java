package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.ReadBack;
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
    return ReadBack.validReports(Edition.E2019);
  }

  @Provide
  Arbitrary<AnnualReport> valid2021() {
    return ReadBack.validReports(Edition.E2021);
  }

  @Property(tries = 60)
  void everyRenderingOfA2019ReportReadsBackCleanAndEqual(@ForAll("valid2019") AnnualReport report) {
    readsBackCleanAndEqual(report);
  }

  @Property(tries = 60)
  void everyRenderingOfA2021ReportReadsBackCleanAndEqual(@ForAll("valid2021") AnnualReport report) {
    readsBackCleanAndEqual(report);
  }

  private static void readsBackCleanAndEqual(AnnualReport report) {
    PrintedReport printed = report.toPrinted();
    assertEquals(List.of(), ReportValidator.violations(printed).toJavaList());
    Map<String, Function<PrintedReport, String>> renderers =
        Map.of(
            "html", ReportRenderer::html,
            "markdown", ReportRenderer::markdown,
            "text", ReportRenderer::text);
    renderers.forEach(
        (format, renderer) ->
            assertEquals(
                List.of(),
                ReadBack.differences(printed, ReportReader.read(renderer.apply(printed))),
                format));
  }
}
