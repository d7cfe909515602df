package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.rollup.RollUp;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roll-up program on a folder of a JSON document and a printed text of the same report. */
class RollUpFolderTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        RollUpFolder.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static AnnualReport huaian() {
    return ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json"));
  }

  private Path folder() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(reports.resolve("a.json"), Fixtures.text("huaian-2024.json"));
    Files.writeString(reports.resolve("b.txt"), ReportRenderer.text(huaian()));
    Files.writeString(reports.resolve("notes.md"), "not a report");
    return reports;
  }

  @Test
  void printsTheRegionalTableOfAFolder() throws IOException {
    Run r = run("--name", "淮安市（汇总）", folder().toString());

    assertEquals(0, r.code(), r.err());
    CellRef total = Edition.E2021.template().cell(ApplicationRow.NEW, Applicant.TOTAL);
    long once = huaian().section3().cells().get(total);
    PrintedReport expected =
        huaian().toPrinted().withCell(total, PrintedCell.of(Figure.count(2 * once)));
    assertTrue(r.out().startsWith("淮安市（汇总）2024年政府信息公开工作年度报告"), r.out());
    assertTrue(r.out().contains(String.valueOf(2 * once)), r.out());
    assertTrue(r.out().contains("2 reports of 2024 added up in the 2021 edition's tables"), r.out());

    // The regional report: the sum of both, one cell printed one less.
    PrintedReport sum =
        java.util.stream.Stream.of(huaian().toPrinted(), huaian().toPrinted())
            .collect(RollUp.summingPrinted(Edition.E2021))
            .toPrinted("淮安市（汇总）", 2024);
    CellRef granted = Edition.E2021.template().cell(ApplicationRow.GRANTED, Applicant.TOTAL);
    long grantedSum = 2 * huaian().section3().cells().get(granted);
    Path regional = dir.resolve("regional.json");
    Files.writeString(
        regional, ReportJson.write(sum.withCell(granted, PrintedCell.of(grantedSum - 1))));
    Run compared = run("--compare", regional.toString(), folder().toString());
    assertEquals(0, compared.code(), compared.err());
    assertTrue(
        compared.out().contains(
            "regional.json: 1 cells differ from the sum of 2 reports\n"
                + "  warning: 汇总报告印为 " + (grantedSum - 1) + "，各组成部分之和为 " + grantedSum),
        compared.out());
    assertEquals(expected.cell(total), sum.cell(total));
  }

  @Test
  void refusesReportsOfSeveralYearsOrEditions() throws IOException {
    Path reports = folder();
    AnnualReport seed = ReportJson.readAnnualReport(Fixtures.text("seed-fangzheng-edu-2020.json"));
    Files.writeString(reports.resolve("c.json"), ReportJson.write(seed));

    Run years = run(reports.toString());
    assertEquals(2, years.code());
    assertEquals(
        "roll-up: reports of several years [2020, 2024]; choose one with --year\n", years.err());

    AnnualReport huaian2020 = AnnualReport.builder().from(huaian()).year(2020).build();
    Files.writeString(reports.resolve("d.json"), ReportJson.write(huaian2020));
    Run editions = run("--year", "2020", reports.toString());
    assertEquals(2, editions.code());
    assertTrue(editions.err().contains("EditionMapping.otherHandlingOnto2019()"), editions.err());

    Run mapped = run("--year", "2020", "--onto-2019", reports.toString());
    assertEquals(0, mapped.code(), mapped.err());
    assertTrue(
        mapped.out().contains("2 reports of 2020 added up in the 2019 edition's tables"),
        mapped.out());
    assertTrue(mapped.out().contains("unknown: 二"), "section 二 of the 2021 report is unmapped");
  }

  @Test
  void anEmptyFolderIsAUsageError() throws IOException {
    Run r = run(Files.createDirectories(dir.resolve("empty")).toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("roll-up: no report files given"), r.err());
  }
}
