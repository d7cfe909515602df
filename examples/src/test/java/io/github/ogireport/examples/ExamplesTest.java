package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The examples build the reports they claim to build. */
class ExamplesTest {

  @Test
  void theSeedReportBuiltInTheDslEqualsTheSeedFixture() {
    AnnualReport fixture =
        ReportJson.readAnnualReport(Fixtures.text("seed-fangzheng-edu-2020.json"));
    AnnualReport built = SeedReport.builder().buildOrThrow();
    assertEquals(fixture, built);
    assertEquals(Fixtures.text("seed-fangzheng-edu-2020.json"), ReportJson.write(built));
  }

  @Test
  void theHuaianReportHasEveryNumberOfTheFixtureAndNoViolation() {
    AnnualReport fixture = ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json"));
    var result = HuaianReport.builder().build();
    assertTrue(result.isValid(), () -> result.getError().mkString("\n"));
    assertTrue(result.get().warnings().isEmpty(), () -> result.get().warnings().toString());
    AnnualReport built = result.get().report();
    assertEquals(fixture.toPrinted().cells(), built.toPrinted().cells());
    assertEquals(fixture.section2(), built.section2());
    assertEquals(fixture.narratives().processingFees(), built.narratives().processingFees());
  }

  @Test
  void quickStartPrintsTheVerdictAndTheJson() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    var warnings = SeedReport.builder().build().get().warnings();
    assertEquals(2, warnings.size());
    assertTrue(out.startsWith("方正县教育局 2020 (2019 edition): valid, 2 warnings\n  " + warnings.get(0) + "\n"), out);
    assertTrue(out.endsWith(Fixtures.text("seed-fangzheng-edu-2020.json")), out);
    assertTrue(warnings.stream().allMatch(v -> v.identityId().equals("INCOMPLETE")));
    assertTrue(warnings.stream().noneMatch(Violation::isError));
  }
}
