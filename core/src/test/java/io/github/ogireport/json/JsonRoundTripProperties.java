package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.validation.ReportValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Printed reports with blank cells (empty or with a mark), unreadable cells, cells not printed, and
 * (2021) the （六）其他处理 row of the earlier edition printed in place of its rows: written as JSON
 * and read back, each is the same report with the same violations.
 */
class JsonRoundTripProperties {

  @Provide
  Arbitrary<PrintedReport> printed2019() {
    return printed(Edition.E2019);
  }

  @Provide
  Arbitrary<PrintedReport> printed2021() {
    return printed(Edition.E2021);
  }

  @Property(tries = 1000)
  void a2019PrintedReportRoundTrips(@ForAll("printed2019") PrintedReport report) {
    assertRoundTrip(report);
  }

  @Property(tries = 1000)
  void a2021PrintedReportRoundTrips(@ForAll("printed2021") PrintedReport report) {
    assertRoundTrip(report);
  }

  private static void assertRoundTrip(PrintedReport report) {
    String json = ReportJson.write(report);
    PrintedReport read = ReportJson.readPrintedReport(json);
    assertEquals(report, read);
    assertEquals(ReportValidator.violations(report), ReportValidator.violations(read));
    assertEquals(json, ReportJson.write(read));
  }

  /** A valid report's printed view, some cells blanked or damaged, sometimes with a legacy row. */
  private static Arbitrary<PrintedReport> printed(Edition edition) {
    Arbitrary<PrintedCell> damage =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just(PrintedCell.blank())),
            net.jqwik.api.Tuple.of(2, Arbitraries.of("/", "—", "无", "-", "／").map(PrintedCell::blank)),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.strings().withCharRange('0', '9').withChars('约', '余', '.', ',', ' ')
                    .ofMinLength(1).ofMaxLength(10).map(PrintedCell::unreadable)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just((PrintedCell) null)));
    return Combinators.combine(
            Reports.validReports(edition),
            Arbitraries.maps(Arbitraries.integers().between(0, 10_000), damage).ofMaxSize(40),
            Arbitraries.of(false, true))
        .as(
            (r, damages, legacy) -> {
              PrintedReport p = r.toPrinted();
              List<CellRef> cells = new ArrayList<>(p.cells().keySet());
              Map<CellRef, PrintedCell> changed = new LinkedHashMap<>(p.cells());
              damages.forEach(
                  (i, cell) -> {
                    CellRef c = cells.get(i % cells.size());
                    if (cell == null) {
                      changed.remove(c);
                    } else {
                      changed.put(c, cell);
                    }
                  });
              if (legacy) {
                printLegacyRows(p.edition().template(), changed);
              }
              return PrintedReport.builder().from(p).cells(changed).build();
            });
  }

  /** Prints each alternative row as the sum of the rows it replaces, which are then not printed. */
  private static void printLegacyRows(EditionTemplate t, Map<CellRef, PrintedCell> cells) {
    for (TableDecl table : t.tables()) {
      Map<String, Map<String, CellRef>> grid = t.printableGrid(table);
      for (AlternativeRow a : table.alternatives()) {
        for (var column : grid.get(a.row().key()).entrySet()) {
          long sum = 0;
          for (String replaced : a.replaces()) {
            CellRef part = grid.get(replaced).get(column.getKey());
            if (cells.remove(part) instanceof PrintedCell.Numeric n
                && n.figure() instanceof Figure.Count c
                && t.kind(part) == CellKind.COUNT) {
              sum += c.value();
            }
          }
          cells.put(column.getValue(), PrintedCell.of(sum));
        }
      }
    }
  }
}
