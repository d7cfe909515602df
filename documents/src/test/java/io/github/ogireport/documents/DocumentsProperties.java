package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Reports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated printed reports of both editions, with blank cells (empty or printed as a mark),
 * written as a PDF with drawn tables and as a Word .docx, read back to an equal printed report;
 * written as a PDF without ruling lines, read right or unreadable, never wrong.
 */
class DocumentsProperties {

  /** Printed reports with up to 30 cells blank, the rest as a valid report prints them. */
  @Provide
  Arbitrary<PrintedReport> withBlanks() {
    return Arbitraries.of(Edition.values())
        .flatMap(Reports::validReports)
        .flatMap(r -> {
          PrintedReport p = r.toPrinted();
          List<CellRef> cells = new ArrayList<>(p.cells().keySet());
          return Arbitraries.maps(
                  Arbitraries.integers().between(0, cells.size() - 1),
                  Arbitraries.of("", "", "", "/", "—").map(PrintedCell::blank))
              .ofMaxSize(30)
              .map(blanks -> {
                Map<CellRef, PrintedCell> changed = new LinkedHashMap<>(p.cells());
                blanks.forEach((i, blank) -> changed.put(cells.get(i), blank));
                return PrintedReport.builder().from(p).cells(changed).build();
              });
        });
  }

  private static void assertReadBack(PrintedReport written, DocumentReading reading, DocumentFormat format) {
    assertEquals(format, reading.format(), reading::toString);
    ReadResult r = assertInstanceOf(DocumentReading.Read.class, reading, reading::toString).result();
    assertEquals(List.of(), r.problems());
    PrintedReport read = r.report();
    assertEquals(written.edition(), read.edition());
    assertEquals(written.agency(), read.agency());
    assertEquals(written.year(), read.year());
    for (var e : written.cells().entrySet()) {
      assertEquals(e.getValue(), read.cells().get(e.getKey()), e.getKey()::toString);
    }
    assertEquals(written.cells().keySet(), read.cells().keySet());
  }

  @Property(tries = 40)
  void aPdfWithDrawnTablesReadsBackToTheSameReport(@ForAll("withBlanks") PrintedReport report) {
    assertReadBack(report, ReportDocuments.read(PrintedPdf.write(report)), DocumentFormat.PDF);
  }

  /**
   * A PDF that prints its tables without ruling lines: each cell is read right, or is unreadable
   * or not read with a reading problem saying so, never another number; and most are read.
   */
  @Property(tries = 30)
  void aPdfWithoutRulingLinesIsReadRightOrUnreadableNeverWrong(@ForAll("withBlanks") PrintedReport report) {
    DocumentReading reading = ReportDocuments.read(PrintedPdf.write(report, false));
    ReadResult result = assertInstanceOf(DocumentReading.Read.class, reading, reading::toString).result();
    PrintedReport read = result.report();
    assertEquals(report.agency(), read.agency());
    assertEquals(report.year(), read.year());
    int right = 0;
    for (var e : report.cells().entrySet()) {
      PrintedCell got = read.cells().get(e.getKey());
      if (e.getValue().equals(got)) {
        right++;
      } else if (got != null && !(got instanceof PrintedCell.NotRead)) { // not read: no number at all
        assertInstanceOf(PrintedCell.Unreadable.class, got, () -> e.getKey() + " printed " + e.getValue() + ", read " + got);
      }
    }
    assertEquals(right == report.cells().size(), result.problems().isEmpty(), result.problems()::toString);
    int all = report.cells().size();
    int read4 = right * 4;
    assertTrue(read4 >= all * 3, () -> read4 / 4 + " of " + all + " cells read");
  }

  @Property(tries = 60)
  void aWordDocumentReadsBackToTheSameReport(@ForAll("withBlanks") PrintedReport report) {
    assertReadBack(report, ReportDocuments.read(PrintedDocx.write(report)), DocumentFormat.DOCX);
  }
}
