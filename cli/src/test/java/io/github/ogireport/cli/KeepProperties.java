package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.testkit.Samples;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the series checks keep of a report, made in an array over the edition's printable cells,
 * is what the report's builder made of it (kept as {@link SeriesCheck#keepByMap}).
 */
class KeepProperties {
  @Provide
  Arbitrary<PrintedReport> reports() {
    return printedAndRead();
  }

  /** Generated printed reports and the reports read from the samples. */
  static Arbitrary<PrintedReport> printedAndRead() {
    Arbitrary<PrintedReport> samples = Arbitraries.of(Samples.files())
        .map(f -> ReportReader.read(Samples.text(f)).report());
    return Arbitraries.oneOf(Reports.printedReports(), samples);
  }

  @Property(tries = 200)
  void keptFromTheArrayIsKeptFromTheMap(@ForAll("reports") PrintedReport report) {
    PrintedReport kept = SeriesCheck.keep(report);
    assertEquals(SeriesCheck.keepByMap(report), kept);
    assertEquals(SeriesCheck.keepByMap(report).cells().keySet().stream().toList(),
        kept.cells().keySet().stream().toList(), "the kept cells in the same order");
  }
}
