package io.github.ogireport.testkit;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.render.ReportWalk;
import io.github.ogireport.template.Edition;
import io.github.ogireport.validation.ReportValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitrary;

/**
 * What a rendering of a report, read back by the library's readers, must be: the report rendered,
 * with no reading problem and no violation. For tests of renderers (the library's own, or one of
 * yours on {@link ReportWalk}).
 *
 * <pre>{@code
 * PrintedReport printed = ReadBack.feesInFactsOnly(report).toPrinted();
 * assertEquals(List.of(), ReadBack.differences(printed, ReportReader.read(render(printed))));
 * }</pre>
 */
public final class ReadBack {
  private ReadBack() {}

  /**
   * Valid reports of an edition, each with its 信息处理费 facts stated in the facts only ({@link
   * #feesInFactsOnly}): the reports a read-back property renders.
   *
   * @param edition the edition
   * @return valid reports of that edition, ready to be rendered and read back
   */
  public static Arbitrary<AnnualReport> validReports(Edition edition) {
    return Reports.validReports(edition).map(ReadBack::feesInFactsOnly);
  }

  /**
   * The report with a section 六 text that does not mention the fee when its 信息处理费 facts state
   * something, so that only a renderer's own fee sentence can satisfy I11 on the report read back.
   *
   * @param report a report
   * @return the report, its section 六 text replaced when its fee facts state something
   */
  public static AnnualReport feesInFactsOnly(AnnualReport report) {
    Narratives n = report.narratives();
    boolean stated =
        n.processingFees()
            .filter(
                f ->
                    f.noticesIssued().isPresent()
                        || f.amountCharged().isPresent()
                        || f.amountCollected().isPresent())
            .isPresent();
    return stated
        ? AnnualReport.builder()
            .from(report)
            .narratives(Narratives.builder().from(n).otherMatters("本年度无其他需要报告的事项。").build())
            .build()
        : report;
  }

  /**
   * How a rendering read back differs from the report rendered: each reading problem; a different
   * edition, agency, year or set of cells; section 六 not read as printed ({@link
   * ReportWalk#otherMatters}); each violation of the report read back.
   *
   * @param printed the report rendered
   * @param read what a reader made of the rendering
   * @return the differences, one line each; empty when the rendering reads back clean
   */
  public static List<String> differences(PrintedReport printed, ReadResult read) {
    Objects.requireNonNull(printed, "printed");
    PrintedReport back = read.report();
    List<String> out = new ArrayList<>();
    read.problems().forEach(p -> out.add("reading problem: " + p));
    same(out, "edition", printed.edition(), back.edition());
    same(out, "agency", printed.agency(), back.agency());
    same(out, "year", printed.year(), back.year());
    same(out, "cells", printed.cells(), back.cells());
    String sectionSix = String.join("\n", ReportWalk.otherMatters(printed));
    if (!back.narratives().otherMatters().startsWith(sectionSix)) {
      out.add("section 六: printed " + sectionSix + ", read " + back.narratives().otherMatters());
    }
    ReportValidator.violations(back).forEach(v -> out.add("violation: " + v));
    return out;
  }

  private static void same(List<String> out, String what, Object printed, Object read) {
    if (!printed.equals(read)) {
      out.add(what + ": printed " + printed + ", read " + read);
    }
  }
}
