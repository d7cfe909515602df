package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.testkit.SchemaAgreement;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real sample, read as printed, written as JSON and read back, is the same report with the
 * same violations; the 洪泽区 reports keep the （六）其他处理 row of the earlier edition (issue 11,
 * item 4).
 */
class SamplesRoundTripTest {

  static List<String> samples() {
    return Samples.files();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aSampleRoundTripsWithItsViolations(String file) {
    PrintedReport read = ReportReader.read(Samples.text(file)).report();
    String json = ReportJson.write(read);
    assertTrue(SchemaAgreement.accepts(json), "the schema accepts what the writer writes");
    PrintedReport again = ReportJson.readPrintedReport(json);
    assertEquals(read, again);
    assertEquals(ReportValidator.violations(read), ReportValidator.violations(again));
  }

  @Test
  void theHongze2023ReportKeepsItsLegacyRowAndItsErrors() {
    PrintedReport read = ReportReader.read(Samples.text("hongze-2023.txt")).report();
    EditionTemplate t = read.edition().template();
    List<CellRef> legacy = read.cells().keySet().stream().filter(t::isAlternative).toList();
    assertFalse(legacy.isEmpty(), "the sample prints the old row");
    PrintedReport again = ReportJson.readPrintedReport(ReportJson.write(read));
    for (CellRef c : legacy) {
      assertEquals(read.cells().get(c), again.cells().get(c), c::toString);
    }
    Seq<Violation> violations = ReportValidator.violations(again);
    assertEquals(1, violations.count(v -> v.identityId().equals("LEGACY_ROW")), violations::mkString);
    assertEquals(
        ReportValidator.violations(read).filter(Violation::isError).map(Violation::identityId),
        violations.filter(Violation::isError).map(Violation::identityId));
    assertTrue(violations.exists(Violation::isError), violations::mkString);
  }
}
