package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Expected;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three real published PDFs read to every expected cell of sections 二, 三 and 四, with the
 * agency and year as printed, the verdict and the known violations.
 */
class PdfSamplesTest {

  private static ReadResult read(String name) {
    DocumentReading r = ReportDocuments.read(TestFiles.bytes("/pdf/" + name + ".pdf"));
    assertEquals(DocumentFormat.PDF, r.format(), r::toString);
    return assertInstanceOf(DocumentReading.Read.class, r, r::toString).result();
  }

  @ParameterizedTest
  @CsvSource({
    "huaian-2024, 淮安市人民政府, 2024年，我市坚持以习近平新时代中国特色社会主义思想为",
    // The 2023 title prints the short name; the expected file uses the full one.
    "hongze-2023, 洪泽区人民政府, 2023年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导",
    "hongze-2024, 淮安市洪泽区人民政府, 2024年，淮安市洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导"
  })
  void everyCellOfThePdfIsReadExactly(String name, String agency, String overview) {
    Expected expected = Expected.load(name + ".json");
    ReadResult result = read(name);
    PrintedReport report = result.report();
    assertEquals(Edition.E2021, report.edition());
    assertEquals(agency, report.agency());
    assertEquals(expected.year(), report.year());
    Map<CellRef, PrintedCell> want = expected.cells(Edition.E2021);
    for (var e : want.entrySet()) {
      assertEquals(e.getValue(), report.cells().get(e.getKey()), () -> name + ": " + e.getKey());
    }
    assertEquals(want.keySet(), report.cells().keySet(), "no other cell is read");
    assertEquals(List.of(), result.problems());
    assertTrue(report.narratives().overview().replaceAll("\\s", "").startsWith(overview),
        report.narratives().overview());
    assertTrue(!report.narratives().problems().isBlank());
  }

  @ParameterizedTest
  @CsvSource({"huaian-2024", "hongze-2023", "hongze-2024"})
  void theVerdictAndTheKnownErrorsAreReportedExactly(String name) {
    Expected expected = Expected.load(name + ".json");
    Seq<Violation> violations = ReportValidator.violations(read(name).report());
    Seq<Violation> errors = violations.filter(Violation::isError);
    assertEquals(expected.verdict().equals("error"), !errors.isEmpty(), violations::mkString);
    assertEquals(expected.violationLines(), Expected.errorLines(errors));
  }
}
