package io.github.ogireport.benchmarks;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.validation.ReportValidator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading, validating, rendering and JSON of one real report (淮安市 2024, 3119 applications), with
 * {@link #baselineScanText()} as the baseline: one pass over the published text that counts its
 * digits. Compare every score with the baseline's score of the same run.
 *
 * <pre>{@code
 * scripts/bench.sh
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReportBenchmarks {
  private String text;
  private String json;
  private PrintedReport printed;

  /** Loads the report once. */
  @Setup
  public void load() {
    text = Samples.text("huaian-2024.txt");
    printed = ReportReader.readText(text).report();
    json = ReportJson.write(printed);
  }

  /**
   * The baseline: one pass over the text.
   *
   * @return the number of digits
   */
  @Benchmark
  public int baselineScanText() {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    return digits;
  }

  /**
   * Reading the published text into a printed report.
   *
   * @return the report
   */
  @Benchmark
  public PrintedReport readText() {
    return ReportReader.readText(text).report();
  }

  /**
   * Validating the printed report (every identity).
   *
   * @return the number of violations
   */
  @Benchmark
  public int validate() {
    return ReportValidator.violations(printed).size();
  }

  /**
   * Rendering the HTML page.
   *
   * @return the page
   */
  @Benchmark
  public String renderHtml() {
    return ReportRenderer.html(printed);
  }

  /**
   * Reading the JSON document back.
   *
   * @return the report
   */
  @Benchmark
  public PrintedReport readJson() {
    return ReportJson.readPrintedReport(json);
  }
}
