package io.github.ogireport.testedition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionDeclaration;
import io.github.ogireport.template.EditionDiff;
import io.github.ogireport.template.EditionDiff.Change;
import io.github.ogireport.template.EditionDiff.Kind;
import io.github.ogireport.template.EditionDiff.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the test edition took: its declaration ({@link TestEdition}) and nothing in any module's
 * main code; what it is: the 2021 edition plus one row; and that it is found as data once declared.
 */
class TestEditionTest {
  private static final String DECLARING = "EditionDeclaration" + ".basedOn(";

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void itTookItsDeclarationAndNoOtherFile() throws IOException {
    List<String> naming = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path f :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.toString().contains("/target/"))
              .toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains("TestEdition") || text.contains("\"" + TestEdition.ID + "\"")) {
          naming.add(ROOT.relativize(f).toString());
        }
      }
    }
    List<String> main = naming.stream().filter(f -> f.contains("/src/main/")).toList();
    assertEquals(List.of(), main, "main code must not name the test edition");
    String declaration = "core/src/test/java/io/github/ogireport/testedition/TestEdition.java";
    assertTrue(naming.contains(declaration), naming::toString);
    // The declaration is the only file that says what the edition is; the others run it.
    for (String f : naming) {
      if (!f.equals(declaration)) {
        String text = Files.readString(ROOT.resolve(f), StandardCharsets.UTF_8);
        assertFalse(text.contains(DECLARING), f + " declares an edition");
      }
    }
  }

  @Test
  void itIsThe2021EditionPlusOneRowAndIsFoundAsData() {
    Edition e = TestEdition.declare();
    try {
      EditionDiff diff = EditionDiff.between(Edition.E2021.template(), e.template());
      assertEquals(
          List.of(new Change(Part.ROW, Kind.ADDED, "ITEM_5/OTHER_SERVICES", "", "其他对外管理服务事项")),
          diff.changes(Part.ROW));
      assertEquals(List.of(), diff.changes(Part.TABLE));
      assertEquals(List.of(), diff.changes(Part.COLUMN));
      assertEquals(List.of(), diff.changes(Part.IDENTITY));
      assertEquals(e, Edition.fromId(TestEdition.ID).orElseThrow());
      assertEquals(e, Edition.forReportYear(2025));
      assertEquals(Edition.E2021, Edition.forReportYear(2024));
      assertTrue(ReportJson.schema(e).contains("其他对外管理服务事项"));
      AnnualReport report = Reports.validReports(e).sample();
      assertTrue(ReportValidator.validate(report).isValid(), () -> ReportValidator.validate(report).getError().mkString());
      assertEquals(report, ReportJson.readAnnualReport(ReportJson.write(report)));
      assertTrue(ReportJson.write(report).contains("\"" + TestEdition.ID + "\""));
      for (String page :
          List.of(
              ReportRenderer.html(report), ReportRenderer.markdown(report), ReportRenderer.text(report))) {
        assertTrue(page.contains("其他对外管理服务事项"), page);
      }
    } finally {
      EditionDeclaration.withdraw(e);
    }
    assertTrue(Edition.fromId(TestEdition.ID).isEmpty());
  }
}
