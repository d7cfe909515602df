package io.github.ogireport.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.CellNote;
import io.github.ogireport.template.CellRef;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The cells of every report as one CSV table, one row a cell, written with jackson-dataformat-csv
 * (quoting, commas and line breaks in labels are its business): {@code file, agency, year, edition,
 * section, table, row, column, value, kind, unit, note}. {@code kind} is {@code number}, {@code
 * blank}, {@code unreadable} or {@code not-read}; {@code agency} and {@code year} are empty when the
 * reader did not find them; {@code value} is the number (money exact, its unit in {@code unit}), the
 * blank's printed mark, the unreadable text, or why the cell was not read; {@code note} holds the
 * words printed in brackets after a number ({@code 1（其中修订1件）}: {@code 其中修订1件}), as the
 * JSON lines' {@code note} does, and is empty for every other cell.
 */
final class CsvOutput implements Closeable {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = MAPPER.schemaFor(Row.class).withHeader();

  /**
   * One cell of one report.
   *
   * @param file the file read
   * @param agency the agency as printed, empty when the reader did not find it
   * @param year the year reported on, empty when the reader did not find it
   * @param edition the edition, {@code 2019} or {@code 2021}
   * @param section the section numeral: 二, 三 or 四
   * @param table the table's official caption
   * @param row the official row label (for section 四 the group)
   * @param column the official column label
   * @param value the value as text
   * @param kind {@code number}, {@code blank}, {@code unreadable} or {@code not-read}
   * @param unit the money unit, or empty
   * @param note the words printed in brackets after the number, or empty
   */
  @JsonPropertyOrder({"file", "agency", "year", "edition", "section", "table", "row", "column",
      "value", "kind", "unit", "note"})
  record Row(String file, String agency, String year, String edition, String section, String table,
      String row, String column, String value, String kind, String unit, String note) {}

  private final Writer writer;
  private final SequenceWriter rows;

  CsvOutput(Path file) throws IOException {
    writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    rows = MAPPER.writer(SCHEMA).writeValues(writer);
  }

  static List<Row> rows(FileCheck f) {
    if (!f.status().isReport()) {
      return List.of();
    }
    PrintedReport p = f.report();
    String file = f.entry().path().toString();
    String agency = f.agency().orElse("");
    String year = f.year().isPresent() ? Integer.toString(f.year().getAsInt()) : "";
    Map<CellRef, CellNote> notes = f.notes();
    return CellValues.of(p).stream()
        .map(v -> new Row(file, agency, year, p.edition().id(), v.cell().section().numeral(),
            v.cell().tableLabel(), v.cell().rowLabel(), v.cell().columnLabel(), v.value(),
            v.kind().words, v.unit(),
            notes.containsKey(v.cell()) ? notes.get(v.cell()).words() : ""))
        .toList();
  }

  void write(List<Row> cells) throws IOException {
    rows.writeAll(cells);
  }

  @Override
  public void close() throws IOException {
    rows.close();
    writer.close();
  }
}
