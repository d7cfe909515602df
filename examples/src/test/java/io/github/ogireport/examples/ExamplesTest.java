package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.documents.DocumentReading;
import io.github.ogireport.documents.ReportDocuments;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void quickStartWritesA2021ReportThatTheCheckerPassesClean(@TempDir Path dir) throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[] {dir.toString()});
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    AnnualReport built = QuickStart.build().get().report();
    assertEquals(Edition.E2021, built.edition());
    assertTrue(out.startsWith("某县教育局 2024 (2021 edition): valid, 0 warnings\n"), out);
    for (String name : List.of("report.html", "report.md", "report.json", "report.docx")) {
      Path file = dir.resolve(name).toAbsolutePath();
      assertTrue(Files.size(file) > 0, name);
      assertTrue(out.contains("  " + file + "\n"), out);
    }
    assertTrue(out.contains("scripts/check.sh " + dir.resolve("report.html").toAbsolutePath()), out);
    assertEquals(built, ReportJson.readAnnualReport(Files.readString(dir.resolve("report.json"))));
    // What the checker does with the page, the Markdown and the .docx: read, validate. Nothing to say.
    for (String name : List.of("report.html", "report.md")) {
      ReadResult read = ReportReader.read(Files.readString(dir.resolve(name)));
      assertEquals(List.of(), read.problems(), name);
      assertEquals(built.toPrinted().cells(), read.report().cells(), name);
      assertEquals(List.of(), ReportValidator.violations(read.report()).toJavaList(), name);
    }
    DocumentReading docx = ReportDocuments.read(dir.resolve("report.docx"));
    ReadResult read = assertInstanceOf(DocumentReading.Read.class, docx, docx::toString).result();
    assertEquals(List.of(), read.problems());
    assertEquals(built.toPrinted().cells(), read.report().cells());
    assertEquals(List.of(), ReportValidator.violations(read.report()).toJavaList());
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("report.docx")))) {
      assertTrue(
          doc.getParagraphs().stream()
              .anyMatch(p -> p.getText().equals("本年度共发出信息处理费收费通知1件，总金额100元，实际收取信息处理费0元。")));
    }
  }
}
