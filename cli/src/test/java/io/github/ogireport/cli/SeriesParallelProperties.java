package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Reports;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The series checked on the checker's threads give the verdicts, in the same order, that they
 * give checked one after another on the collecting thread.
 */
class SeriesParallelProperties {
  @Property(tries = 20)
  void seriesCheckedInParallelGiveTheSameVerdictsInTheSameOrder(
      @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 0, max = 5) Integer> agencies,
      @ForAll @IntRange(min = 1, max = 4) int threads) {
    List<PrintedReport> reports = Reports.validReports(Edition.E2021).sampleStream()
        .limit(agencies.size()).map(r -> r.toPrinted()).toList();
    SeriesCheck s = new SeriesCheck();
    for (int i = 0; i < agencies.size(); i++) {
      // agencies drawn from six, years counting up: some series of two years or more, some alone
      PrintedReport r = PrintedReport.builder().from(reports.get(i))
          .agency("甲乙丙丁戊己".charAt(agencies.get(i)) + "区人民政府").year(2020 + i).build();
      s.add(r, i + ".txt", "");
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      assertEquals(s.verdicts(), s.verdicts(pool));
    } finally {
      pool.shutdownNow();
    }
  }
}
