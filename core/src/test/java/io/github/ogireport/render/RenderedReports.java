package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.validation.ReportValidator;
import java.util.List;

/** What the renderers' tests expect of a rendering read back, said once. */
final class RenderedReports {
  private RenderedReports() {}

  /**
   * The report with a section 六 text that does not mention the fee when its facts state it, so
   * that only the renderer's own fee sentence can satisfy I11 on the report read back.
   *
   * @param report a valid report
   * @return the report, its section 六 text replaced when it states fee facts
   */
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

  /**
   * Asserts that a rendering read back is the report rendered: no reading problem, the same
   * edition, agency, year and cells, section 六 as printed, and no violation at all.
   *
   * @param printed the report rendered
   * @param read what the reader made of the rendering
   * @param format the rendering's format, for the messages
   */
  static void assertReadBackClean(PrintedReport printed, ReadResult read, String format) {
    PrintedReport back = read.report();
    assertEquals(List.of(), read.problems(), format);
    assertEquals(printed.edition(), back.edition(), format);
    assertEquals(printed.agency(), back.agency(), format);
    assertEquals(printed.year(), back.year(), format);
    assertEquals(printed.cells(), back.cells(), format);
    String sectionSix = String.join("\n", ReportWalk.otherMatters(printed));
    assertTrue(
        back.narratives().otherMatters().startsWith(sectionSix),
        () -> format + ": section 六 read as " + back.narratives().otherMatters());
    assertEquals(
        List.of(), ReportValidator.violations(back).map(Object::toString).toJavaList(), format);
  }
}
