package io.github.ogireport.benchmarks;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.rollup.RollUp;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Reports;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roll-up of many generated 2021-edition reports on one core (a sequential stream, the JVM
 * told it has one processor), next to {@link #baselineStream()}: the same stream reading one
 * number of each report. The reports are {@code distinct} valid reports from core's test kit
 * ({@link Reports#validReports(Edition)}), streamed round-robin {@code reports} times, so the heap
 * holds those only and the roll-up's own memory shows in {@code -prof gc}: the allocation per
 * operation stays flat as {@code reports} grows tenfold.
 *
 * <pre>{@code
 * scripts/bench.sh -f 1 -prof gc RollUpBenchmarks
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
public class RollUpBenchmarks {
  /** The number of reports summed per operation. */
  @Param({"20000", "200000"})
  public int reports;

  /**
   * The number of distinct generated reports, streamed round-robin: 64 fit in the processor's
   * caches, 1024 (about 20 MB of report objects) do not, which shows the cost of reading reports
   * from memory.
   */
  @Param({"64", "1024"})
  public int distinct;

  private AnnualReport[] built;
  private PrintedReport[] printed;

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * The processor time the benchmark thread spent in the roll-ups of one iteration, beside the
   * wall-clock score: on a shared machine other processes stretch the wall clock, not this.
   * Divide {@code cpuMicros} by {@code rollUps} for the processor time of one roll-up.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    /** Microseconds of processor time spent in roll-ups during the iteration. */
    public long cpuMicros;

    /** Roll-ups made during the iteration. */
    public long rollUps;

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      cpuMicros = 0;
      rollUps = 0;
    }

    RollUp time(java.util.function.Supplier<RollUp> rollUp) {
      long start = THREADS.getCurrentThreadCpuTime();
      RollUp sum = rollUp.get();
      cpuMicros += (THREADS.getCurrentThreadCpuTime() - start) / 1000;
      rollUps++;
      return sum;
    }
  }

  /** Generates the pool once and computes each report's totals (as any user's reports have). */
  @Setup
  public void generate() {
    built =
        Reports.validReports(Edition.E2021)
            .sampleStream()
            .limit(distinct)
            .toArray(AnnualReport[]::new);
    printed = new PrintedReport[distinct];
    for (int i = 0; i < distinct; i++) {
      built[i].section3().cells();
      built[i].section4().cells();
      printed[i] = built[i].toPrinted();
    }
  }

  /**
   * The baseline: the same stream, one number read from each report.
   *
   * @return the sum of the years
   */
  @Benchmark
  public long baselineStream() {
    return IntStream.range(0, reports).mapToLong(i -> built[i % distinct].year()).sum();
  }

  /**
   * The roll-up of reports built in code.
   *
   * @param cpu the processor-time counters
   * @return the roll-up
   */
  @Benchmark
  public RollUp rollUpBuilt(CpuTime cpu) {
    return cpu.time(
        () ->
            IntStream.range(0, reports)
                .mapToObj(i -> built[i % distinct])
                .collect(RollUp.summing(Edition.E2021)));
  }

  /**
   * The roll-up of the same reports as printed.
   *
   * @param cpu the processor-time counters
   * @return the roll-up
   */
  @Benchmark
  public RollUp rollUpPrinted(CpuTime cpu) {
    return cpu.time(
        () ->
            IntStream.range(0, reports)
                .mapToObj(i -> printed[i % distinct])
                .collect(RollUp.summingPrinted(Edition.E2021)));
  }
}
