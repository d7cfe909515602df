package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Expected;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.testkit.JsonSchemaCheck;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON fixtures of two real reports: every number, a clean validation, a canonical form. */
class FixturesTest {

  @ParameterizedTest
  @CsvSource({
    "seed-fangzheng-edu-2020.json, E2019, 方正县教育局, 2020",
    "huaian-2024.json, E2021, 淮安市人民政府, 2024"
  })
  void theFixtureHoldsEveryPrintedNumberAndValidatesWithoutError(
      String file, Edition edition, String agency, int year) {
    AnnualReport report = ReportJson.readAnnualReport(Fixtures.text(file));
    assertEquals(edition, report.edition());
    assertEquals(agency, report.agency());
    assertEquals(year, report.year());

    Map<CellRef, PrintedCell> expected = Expected.load(file).cells(edition);
    Map<CellRef, PrintedCell> actual = report.toPrinted().cells();
    assertEquals(edition.template().cells().size(), expected.size(), "cells in the expected file");
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), actual.get(e.getKey()), () -> "cell " + e.getKey());
    }

    Seq<Violation> violations = ReportValidator.violations(report.toPrinted());
    assertTrue(violations.forAll(v -> !v.isError()), () -> violations.mkString("\n"));
    assertTrue(ReportValidator.validate(report).isValid());
  }

  @ParameterizedTest
  @CsvSource({"seed-fangzheng-edu-2020.json", "huaian-2024.json"})
  void theFixtureIsCanonicalAndConformsToItsSchema(String file) {
    String text = Fixtures.text(file);
    AnnualReport report = ReportJson.readAnnualReport(text);
    assertEquals(text, ReportJson.write(report));
    var problems = JsonSchemaCheck.problems(report.edition(), ReportJson.toTree(report));
    assertTrue(problems.isEmpty(), problems::toString);
  }

  @org.junit.jupiter.api.Test
  void theSeedWarnsOnlyAboutItsTwoBlankCells() {
    AnnualReport seed = ReportJson.readAnnualReport(Fixtures.text("seed-fangzheng-edu-2020.json"));
    Seq<Violation> violations = ReportValidator.violations(seed.toPrinted());
    assertEquals(
        "INCOMPLETE warning: 二 第二十条第（一）项 规章 / 本年新公开数量 为空，模板要求填写数字"
            + " | 二 第二十条第（一）项 规章 / 本年新公开数量 is blank; the template expects a number"
            + " [二 第二十条第（一）项 规章 / 本年新公开数量]",
        violations.head().toString());
    assertEquals(2, violations.size(), () -> violations.mkString("\n"));
    assertTrue(violations.forAll(v -> v.identityId().equals("INCOMPLETE")));
  }

  @org.junit.jupiter.api.Test
  void huaianHasNoViolationAtAll() {
    AnnualReport huaian = ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json"));
    Seq<Violation> violations = ReportValidator.violations(huaian.toPrinted());
    assertTrue(violations.isEmpty(), () -> violations.mkString("\n"));
  }
}
