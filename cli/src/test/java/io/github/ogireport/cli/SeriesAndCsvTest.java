package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ogireport.cli.Runs.Run;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.series.ReportSeries;
import io.github.ogireport.series.SeriesFinding;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a folder of two agencies × three years, made from generated reports written with
 * core's renderers: the checker prints each agency's series verdict after the single reports, and
 * its CSV, read back with the CSV library, holds every cell of every report.
 */
class SeriesAndCsvTest {
  @TempDir Path dir;

  @Test
  void twoAgenciesOverThreeYearsGiveTwoSeriesVerdictsAndEveryCellInTheCsv() throws IOException {
    List<PrintedReport> reports = new ArrayList<>();
    List<PrintedReport> generated = Reports.validReports(Edition.E2021).sampleStream().limit(6).toList()
        .stream().map(r -> r.toPrinted()).toList();
    String[] agencies = {"甲县教育局", "乙市人民政府"};
    for (int a = 0; a < 2; a++) {
      for (int y = 0; y < 3; y++) {
        PrintedReport p = PrintedReport.builder().from(generated.get(a * 3 + y))
            .agency(agencies[a]).year(2022 + y).build();
        reports.add(p);
        String name = "r" + a + "-" + (2022 + y);
        if (y == 1) {
          Files.writeString(dir.resolve(name + ".html"), ReportRenderer.html(p), StandardCharsets.UTF_8);
        } else {
          Files.writeString(dir.resolve(name + ".txt"), ReportRenderer.text(p), StandardCharsets.UTF_8);
        }
      }
    }
    Path csv = dir.resolve("out").resolve("cells.csv");
    Files.createDirectories(csv.getParent());
    Run r = Runs.run("--lang", "en", "--csv", csv.toString(), dir.toString());
    List<String> top = r.lines().stream().filter(l -> !l.startsWith(" ")).toList();
    assertEquals(6 + 1 + 2 + 1, top.size(), r.out()); // 6 reports, the out folder, 2 series, summary
    for (int a = 0; a < 2; a++) {
      List<Violation> expected = new ArrayList<>();
      for (int y = 1; y < 3; y++) {
        ReportValidator.crossYearViolations(reports.get(a * 3 + y - 1), reports.get(a * 3 + y))
            .forEach(expected::add);
      }
      var library = ReportSeries.check(reports.subList(a * 3, a * 3 + 3));
      long errors = library.findings(SeriesFinding.Level.ERROR).size();
      long warnings = library.findings(SeriesFinding.Level.WARNING).size();
      assertEquals(expected.stream().filter(Violation::isError).count(), errors);
      String headline = "series " + agencies[a] + ", 2022–2024 (3 reports): " + errors
          + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
      int at = top.indexOf(headline);
      assertTrue(at > 6, "after the single reports: " + headline + "\n" + r.out());
      for (Violation v : expected) {
        assertTrue(r.out().contains(v.identityId() + " " + (v.isError() ? "error" : "warning") + ": "
            + v.messageEn()), v + "\n" + r.out());
      }
    }
    // Every cell, read back with the CSV library.
    CsvMapper mapper = new CsvMapper();
    Map<String, Map<String, String>> rows = new HashMap<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        String key = row.get("agency") + "|" + row.get("year") + "|" + row.get("section") + "|"
            + row.get("table") + "|" + row.get("row") + "|" + row.get("column");
        assertEquals(null, rows.put(key, row), "one row per cell: " + key);
      }
    }
    int cells = 0;
    for (PrintedReport p : reports) {
      for (CellRef c : p.layoutCells()) {
        Map<String, String> row = rows.get(p.agency() + "|" + p.year() + "|" + c.section().numeral() + "|"
            + c.tableLabel() + "|" + c.rowLabel() + "|" + c.columnLabel());
        assertTrue(row != null, p.agency() + " " + p.year() + " " + c);
        PrintedCell v = p.cells().get(c);
        if (v instanceof PrintedCell.Numeric n) {
          assertEquals("number", row.get("kind"));
          String want = n.figure() instanceof Figure.Count k ? Long.toString(k.value())
              : ((Figure.Amount) n.figure()).money().amount().toPlainString();
          assertEquals(want, row.get("value"), c::toString);
        } else {
          assertEquals("blank", row.get("kind"), c::toString);
        }
        assertEquals("2021", row.get("edition"));
        cells++;
      }
    }
    assertEquals(cells, rows.size(), "no row but the reports' cells");
  }

  @Test
  void theKeptCellsGiveTheSameCrossYearVerdictAsTheWholeReports() {
    List<PrintedReport> two = Reports.validReports(Edition.E2021).sampleStream().limit(2)
        .map(r -> r.toPrinted()).toList();
    PrintedReport a = PrintedReport.builder().from(two.get(0)).agency("丙区人民政府").year(2023).build();
    PrintedReport b = PrintedReport.builder().from(two.get(1)).agency("丙区 人民政府").year(2024).build();
    SeriesCheck s = new SeriesCheck();
    s.add(a, "a.txt", "");
    s.add(b, "b.txt", "");
    var v = s.verdicts();
    assertEquals(1, v.size(), "one agency, its name normalised");
    assertEquals(ReportSeries.check(List.of(a, b)).findings().stream().map(f -> f.messageEn()).toList(),
        v.get(0).findings().stream().map(f -> f.messageEn()).toList());
  }

  /**
   * Two copies of one year's report: each is compared with the next year, and each finding that
   * compares two reports names their files, in the text and in the JSON ({@code fromFile},
   * {@code toFile}); a series without copies prints no file names.
   */
  @Test
  void copiesOfOneYearAreToldApartByTheirFiles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("copies"));
    Runs.sample(in, "hongze-2023.txt");
    Runs.sample(in, "hongze-2024.txt");
    Files.writeString(in.resolve("hongze-2023-copy.txt"), Samples.text("hongze-2023.txt"), StandardCharsets.UTF_8);
    Run r = Runs.run("--lang", "en", in.toString());
    List<String> repeated = r.lines().stream().filter(l -> l.contains("REPEATED_TEXT")).toList();
    assertEquals(List.of(
            "  2023→2024 (hongze-2023-copy.txt → hongze-2024.txt) REPEATED_TEXT warning: 51% of section 一 (一、总体情况) of 2024 repeats 2023",
            "  2023→2024 (hongze-2023.txt → hongze-2024.txt) REPEATED_TEXT warning: 51% of section 一 (一、总体情况) of 2024 repeats 2023"),
        repeated, r.out());
    Run json = Runs.run("--json", in.toString());
    JsonNode series = null;
    for (String line : json.lines()) {
      JsonNode o = JsonOutput.MAPPER.readTree(line);
      if (o.get("type").asText().equals("series")) {
        series = o;
      }
    }
    assertTrue(series != null, json.out());
    List<String> files = new ArrayList<>();
    for (JsonNode f : series.get("findings")) {
      if (f.get("id").asText().equals("REPEATED_TEXT")) {
        files.add(f.get("fromFile").asText() + " → " + f.get("toFile").asText());
      }
    }
    assertEquals(List.of("hongze-2023-copy.txt → hongze-2024.txt", "hongze-2023.txt → hongze-2024.txt"), files);
    Path site = dir.resolve("copies-site");
    Runs.run("--quiet", "--lang", "en", "--html", site.toString(), in.toString());
    List<String> items = org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8")
        .select("li").eachText().stream().filter(t -> t.contains("REPEATED_TEXT")).toList();
    assertEquals(repeated.stream().map(String::strip).toList(), items, "the review site's series verdict");

    Files.delete(in.resolve("hongze-2023-copy.txt"));
    Run single = Runs.run("--lang", "en", in.toString());
    assertEquals(List.of("  2023→2024 REPEATED_TEXT warning: 51% of section 一 (一、总体情况) of 2024 repeats 2023"),
        single.lines().stream().filter(l -> l.contains("REPEATED_TEXT")).toList(), single.out());
  }
}
