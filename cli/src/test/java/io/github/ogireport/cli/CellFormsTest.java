package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Section;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.cli.Runs.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each form a cell's value takes in the checker's JSON ({@code cells}) and CSV ({@code kind}), as
 * the README lists them.
 */
class CellFormsTest {
  @TempDir Path dir;

  /** The cells of 淮安市 2024's row 一、本年新收 in section 三, one of each form in turn. */
  private static Map<String, PrintedCell> forms() {
    Map<String, PrintedCell> forms = new LinkedHashMap<>();
    forms.put("number", PrintedCell.of(7));
    forms.put("empty blank", PrintedCell.blank());
    forms.put("blank /", PrintedCell.blank("/"));
    forms.put("unreadable", PrintedCell.unreadable("约3"));
    forms.put("not read", PrintedCell.notRead("row 一、本年新收 not found"));
    return forms;
  }

  private static FileCheck check(Map<CellRef, PrintedCell> cells) {
    PrintedReport p = ReportReader.readText(Samples.text("huaian-2024.txt")).report();
    for (Map.Entry<CellRef, PrintedCell> e : cells.entrySet()) {
      p = p.withCell(e.getKey(), e.getValue());
    }
    return new FileCheck(Entry.read(Path.of("huaian.txt")), FileCheck.Status.INCOMPLETE, "",
        new ReadResult(p, List.of()), ReportValidator.violations(p));
  }

  private static List<CellRef> newRow(PrintedReport p) {
    return p.edition().template().cells().stream()
        .filter(c -> c.section() == Section.THREE && c.row().equals("NEW"))
        .toList();
  }

  @Test
  void everyFormOfACellHasItsJsonValueAndItsCsvKind() throws IOException {
    PrintedReport read = ReportReader.readText(Samples.text("huaian-2024.txt")).report();
    List<CellRef> row = newRow(read);
    Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(forms().keySet());
    for (int i = 0; i < names.size(); i++) {
      cells.put(row.get(i), forms().get(names.get(i)));
    }
    FileCheck f = check(cells);
    JsonNode o = JsonOutput.MAPPER.readTree(JsonOutput.of(f, Lang.en));
    Map<String, JsonNode> byColumn = new LinkedHashMap<>();
    for (JsonNode c : o.get("cells")) {
      if (c.get("section").asText().equals("三") && c.get("row").asText().equals(row.get(0).rowLabel())) {
        byColumn.put(c.get("column").asText(), c.get("value"));
      }
    }
    assertEquals(7, byColumn.get(row.get(0).columnLabel()).asLong());
    assertTrue(byColumn.get(row.get(1).columnLabel()).isNull());
    assertEquals("{\"blank\":\"/\"}", byColumn.get(row.get(2).columnLabel()).toString());
    assertEquals("{\"unreadable\":\"约3\"}", byColumn.get(row.get(3).columnLabel()).toString());
    assertEquals("{\"notRead\":\"row 一、本年新收 not found\"}", byColumn.get(row.get(4).columnLabel()).toString());

    Map<String, String> kinds = new LinkedHashMap<>();
    for (CsvOutput.Row r : CsvOutput.rows(f)) {
      if (r.section().equals("三") && r.row().equals(row.get(0).rowLabel())) {
        kinds.put(r.column(), r.kind() + "|" + r.value());
      }
    }
    assertEquals("number|7", kinds.get(row.get(0).columnLabel()));
    assertEquals("blank|", kinds.get(row.get(1).columnLabel()));
    assertEquals("blank|/", kinds.get(row.get(2).columnLabel()));
    assertEquals("unreadable|约3", kinds.get(row.get(3).columnLabel()));
    assertEquals("not-read|row 一、本年新收 not found", kinds.get(row.get(4).columnLabel()));
  }

  /** A number printed with words in brackets after it: its value, and the words as its note. */
  @Test
  void aNumberWithWordsAfterItHasTheWordsAsItsNote() throws IOException {
    Path in = Runs.noted(Files.createDirectories(dir.resolve("noted"))).getParent();
    Run r = Runs.run("--json", in.toString());
    JsonNode o = JsonOutput.MAPPER.readTree(r.lines().get(0));
    List<JsonNode> noted = new ArrayList<>();
    for (JsonNode c : o.get("cells")) {
      if (c.has("note")) {
        noted.add(c);
      }
    }
    assertEquals(1, noted.size(), noted.toString());
    assertEquals("规章", noted.get(0).get("row").asText());
    assertEquals(1, noted.get(0).get("value").asInt());
    assertEquals("其中修订1件", noted.get(0).get("note").asText());
    assertEquals(0, o.get("problems").size(), o.get("problems").toString());
  }

  /**
   * A number printed with words in brackets after it: in the CSV, its row has the words in the
   * column {@code note}, as the JSON lines have them, and every other cell's {@code note} is empty.
   */
  @Test
  void aNumberWithWordsAfterItHasTheWordsAsItsNoteInTheCsv() throws IOException {
    Path in = Runs.noted(Files.createDirectories(dir.resolve("noted-csv"))).getParent();
    Path csv = dir.resolve("cells.csv");
    Run r = Runs.run("--csv", csv.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    List<Map<String, String>> noted = new ArrayList<>();
    int rows = 0;
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        rows++;
        assertTrue(row.containsKey("note"), row::toString);
        if (!row.get("note").isEmpty()) {
          noted.add(row);
        }
      }
    }
    assertTrue(rows > 100, "every cell of the report: " + rows);
    assertEquals(1, noted.size(), noted::toString);
    assertEquals("规章", noted.get(0).get("row"));
    assertEquals("本年制发件数", noted.get(0).get("column"));
    assertEquals("number", noted.get(0).get("kind"));
    assertEquals("1", noted.get(0).get("value"));
    assertEquals("其中修订1件", noted.get(0).get("note"));
  }

  /** A number printed with words after it: a line under its file in the text, unless quiet. */
  @Test
  void aNumberWithWordsAfterItIsShownInTheText() throws IOException {
    Path in = Runs.noted(Files.createDirectories(dir.resolve("noted-text"))).getParent();
    Run r = Runs.run("--lang", "en", in.toString());
    assertEquals(List.of("noted.txt: 2021 edition, 淮安市人民政府, 2024: 0 errors, 0 warnings",
            "  printed (line 64): 二 第二十条第（一）项 规章 / 本年制发件数 1(其中修订1件), read as 1",
            "summary: 1 report, 0 with errors, 0 with nothing to check, 0 incomplete, 0 not read, 0 skipped"),
        r.lines());
    assertEquals(2, Runs.run("--quiet", "--lang", "en", in.toString()).lines().size(), "quiet: no such line");
  }

  /** A row missing from a published text: its cells are not read, in the JSON, the CSV and the site. */
  @Test
  void aRowTheReaderDidNotFindIsNotReadInJsonCsvAndSite() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("norow.txt"), Samples.text("huaian-2024.txt").lines()
        .filter(l -> !l.contains("重复申请")).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
    Path csv = dir.resolve("cells.csv");
    Path site = dir.resolve("site");
    Run r = Runs.run("--json", "--csv", csv.toString(), "--html", site.toString(), in.toString());
    JsonNode o = JsonOutput.MAPPER.readTree(r.lines().get(0));
    List<JsonNode> notRead = new ArrayList<>();
    for (JsonNode c : o.get("cells")) {
      if (c.get("row").asText().equals("2.重复申请")) {
        notRead.add(c.get("value"));
      }
    }
    assertEquals(7, notRead.size(), o.get("cells").toString());
    notRead.forEach(v -> assertEquals("row 2.重复申请 not found", v.get("notRead").asText(), v::toString));
    assertEquals(7, Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(",2.重复申请,") && l.contains(",\"row 2.重复申请 not found\",not-read,")).count(),
        Files.readString(csv, StandardCharsets.UTF_8));
    Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    Document page = Jsoup.parse(site.resolve(index.selectFirst("#files tbody a").attr("href")).toFile(), "UTF-8");
    List<Element> hatched = page.select("td.not-read");
    assertEquals(7, hatched.size(), page.html());
    hatched.forEach(td -> assertTrue(td.attr("title").startsWith("未读取：row 2.重复申请 not found"), td.attr("title")));
    assertTrue(page.select("style").html().contains("td.not-read { background-image"), "hatched");
  }
}
