package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.series.SeriesVerdict;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.testkit.Reports;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * What the checker keeps of each report in its spill file comes back as it went, and series
 * checked from the file give the verdicts of series checked from memory.
 */
class SpillProperties {
  @Provide
  Arbitrary<PrintedReport> reports() {
    return KeepProperties.printedAndRead();
  }

  @Property(tries = 200)
  void aKeptReportComesBackFromTheFileAsItWent(@ForAll("reports") PrintedReport report) throws IOException {
    PrintedReport kept = SeriesCheck.keep(report);
    byte[] document = Spill.encode(kept);
    assertNotNull(document, "a kept report the record carries");
    try (Spill spill = new Spill()) {
      Spill.At before = spill.write(Spill.encode(SeriesCheck.keep(report)));
      Spill.At at = spill.write(document);
      assertEquals(before.position() + before.length(), at.position(), "records one after another");
      PrintedReport back = spill.read(at);
      assertEquals(kept, back);
      assertEquals(kept.cells().keySet().stream().toList(), back.cells().keySet().stream().toList(),
          "the cells in the same order");
      assertEquals(kept, spill.read(before));
    }
  }

  @Example
  void everyKindOfCellAndAnyCharComeBack() throws IOException {
    for (Edition edition : Edition.values()) {
      EditionTemplate t = edition.template();
      PrintedCell[] cells = new PrintedCell[t.printableCells().size()];
      PrintedCell[] kinds = {
        new PrintedCell.Numeric(new Figure.Count(Long.MAX_VALUE)),
        new PrintedCell.Numeric(new Figure.Count(-3)),
        new PrintedCell.Blank("—"),
        new PrintedCell.Blank(""),
        new PrintedCell.Unreadable("1\uD8002"),
        new PrintedCell.NotRead("行未找到"),
      };
      int money = -1;
      for (int i = 0; i < cells.length; i++) {
        if (t.kind(t.printableCells().get(i)) == CellKind.MONEY) {
          money = i;
        } else {
          cells[i] = kinds[i % kinds.length];
        }
      }
      if (money >= 0) {
        cells[money] = new PrintedCell.Numeric(new Figure.Amount(Money.of(new BigDecimal("12.50"), MoneyUnit.WAN_YUAN)));
      }
      PrintedReport r = PrintedReport.of(edition, "甲\uDC00局", 2025, Optional.of(LocalDate.of(2026, 1, 31)),
          SeriesCheck.keptNarratives("一、总体情况\n\uD83D", ""), cells);
      PrintedReport undated = PrintedReport.of(edition, "乙局", 2019, Optional.empty(),
          SeriesCheck.keptNarratives("", "五"), new PrintedCell[cells.length]);
      try (Spill spill = new Spill()) {
        Spill.At at = spill.write(Spill.encode(r));
        Spill.At atUndated = spill.write(Spill.encode(undated));
        assertEquals(r, spill.read(at));
        assertEquals(undated, spill.read(atUndated));
      }
    }
  }

  @Property(tries = 25)
  void seriesFromTheFileGiveTheVerdictsOfSeriesInMemory(
      @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 0, max = 5) Integer> agencies,
      @ForAll @IntRange(min = 1, max = 3) int threads) throws IOException {
    List<PrintedReport> reports = Reports.validReports(Edition.E2021).sampleStream()
        .limit(agencies.size()).map(r -> r.toPrinted()).toList();
    SeriesCheck inMemory = new SeriesCheck();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (Spill spill = new Spill()) {
      SeriesCheck spilled = new SeriesCheck(spill);
      for (int i = 0; i < agencies.size(); i++) {
        // agencies drawn from six, years counting up with gaps, some repeating sections 一 and 五
        // of the report before
        PrintedReport r = PrintedReport.builder().from(reports.get(i))
            .agency("甲乙丙丁戊己".charAt(agencies.get(i)) + "区人民政府").year(2018 + i / 2 * 2 + i % 2)
            .build();
        if (i > 0 && agencies.get(i) % 2 == 0) {
          r = PrintedReport.builder().from(r).narratives(reports.get(i - 1).narratives()).build();
        }
        inMemory.add(r, i + ".txt", "p" + i);
        spilled.add(spilled.prepare(r), i + ".txt", "p" + i);
      }
      assertEquals(shown(inMemory.verdicts()), shown(spilled.verdicts(pool)));
    } finally {
      pool.shutdownNow();
    }
  }

  /** What the checker prints of verdicts. */
  private static List<String> shown(List<SeriesVerdict<SeriesCheck.Member>> verdicts) {
    return verdicts.stream()
        .map(v -> v.agency() + " " + SeriesCheck.names(v)
            + v.members().stream().map(m -> m.report().year() + " " + m.file() + " " + m.page()).toList()
            + v.findings().stream()
                .map(f -> f.kind() + " " + f.level() + " " + f.id() + " " + f.messageEn()).toList())
        .toList();
  }

  @Example
  void aReportTheRecordCannotCarryStaysInMemory() throws IOException {
    PrintedReport r = Reports.validReports(Edition.E2021).sample().toPrinted();
    PrintedReport withPreamble = PrintedReport.builder().from(SeriesCheck.keep(r))
        .narratives(Narratives.builder().from(SeriesCheck.keep(r).narratives()).preamble("前言").build())
        .build();
    assertNull(Spill.encode(withPreamble), "a text besides sections 一 and 五 is not carried");
    try (Spill spill = new Spill()) {
      SeriesCheck s = new SeriesCheck(spill);
      s.add(new SeriesCheck.Prepared(SeriesCheck.keep(r), null), "a.txt", "");
      PrintedReport next = PrintedReport.builder().from(r).year(r.year() + 1).build();
      s.add(s.prepare(next), "b.txt", "");
      var v = s.verdicts();
      assertEquals(1, v.size());
      assertNull(v.get(0).members().get(0).at(), "the first in memory");
      assertNotNull(v.get(0).members().get(1).at(), "the second in the file");
      assertEquals(SeriesCheck.keep(r), v.get(0).members().get(0).report());
    }
  }

  @Example
  void theFileIsMadeAtTheFirstWriteAndDeletedWhenClosed() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    PrintedReport kept = SeriesCheck.keep(Reports.validReports(Edition.E2021).sample().toPrinted());
    List<Path> before = spills(tmp);
    Spill spill = new Spill();
    assertEquals(before, spills(tmp), "nothing made before a write");
    spill.write(Spill.encode(kept));
    List<Path> during = spills(tmp);
    assertTrue(during.size() > before.size(), "a file made");
    spill.close();
    assertFalse(spills(tmp).stream().anyMatch(p -> !before.contains(p)), "the file deleted");
  }

  private static List<Path> spills(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("ogi-check-series-")).sorted().toList();
    }
  }
}
