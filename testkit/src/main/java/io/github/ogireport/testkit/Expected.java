package io.github.ogireport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.TableDecl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.github.ogireport.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.ogireport.template.MoneyUnit;

/**
 * The expected numbers of a real published report ({@code src/test/resources/expected}), as
 * printed cells keyed by the edition's cells. The files name rows and columns by their official
 * labels, so this reads them through the edition declaration: a label that the declaration does
 * not have fails here.
 */
public final class Expected {
  private final JsonNode root;

  private Expected(JsonNode root) {
    this.root = root;
  }

  /**
   * Loads the expected numbers of one sample.
   *
   * @param name a file name, for example {@code huaian-2024.json}
   * @return the expected numbers
   * @throws IllegalArgumentException when the kit has no such file
   */
  public static Expected load(String name) {
    try (InputStream in = Expected.class.getResourceAsStream("expected/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("the test kit has no expected numbers " + name);
      }
      return new Expected(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The agency.
   *
   * @return its name
   */
  public String agency() {
    return root.get("agency").asText();
  }

  /**
   * The report year.
   *
   * @return the year
   */
  public int year() {
    return root.get("year").asInt();
  }

  /**
   * The verdict.
   *
   * @return {@code clean} or {@code error}
   */
  public String verdict() {
    return root.get("verdict").asText();
  }

  /**
   * The violations listed.
   *
   * @return the raw JSON array
   */
  public JsonNode violations() {
    return root.get("violations");
  }

  /**
   * The violations listed, one line each: identity, where, expected and found, as {@link
   * #errorLines(Iterable)} writes the errors a validation found.
   *
   * @return the lines, in the file's order
   */
  public List<String> violationLines() {
    List<String> out = new ArrayList<>();
    for (JsonNode v : violations()) {
      out.add(v.get("identity").asText() + " " + v.get("where").asText() + " expected "
          + v.get("expected").asText() + " found " + v.get("found").asText());
    }
    return out;
  }

  /**
   * The errors among violations, one line each in the form of {@link #violationLines()}, the last
   * cell of each standing for where it is (section 四's total).
   *
   * @param violations what a validation found
   * @return a line for each error, in order
   */
  public static List<String> errorLines(Iterable<Violation> violations) {
    List<String> out = new ArrayList<>();
    for (Violation v : violations) {
      if (!v.isError()) {
        continue;
      }
      CellRef total = v.cells().get(v.cells().size() - 1);
      out.add(v.identityId() + " section4." + total.rowLabel() + "." + total.columnLabel()
          + " expected " + v.expected().orElseThrow().toPlainString()
          + " found " + v.found().orElseThrow().toPlainString());
    }
    return out;
  }

  /**
   * Every printed cell of sections 二, 三 and 四. Section 三 rows are matched by their ids, which
   * are this library's row keys; the single （六）其他处理 row a 2021 report may still print is the
   * edition's alternative row.
   *
   * @param edition the edition to read the cells in
   * @return the printed cells, in the file's order
   * @throws AssertionError when the file names a table, row or label the edition does not have
   */
  public Map<CellRef, PrintedCell> cells(Edition edition) {
    EditionTemplate t = edition.template();
    Map<CellRef, PrintedCell> out = new LinkedHashMap<>();
    for (TableDecl table : t.disclosureTables()) {
      JsonNode tableNode = root.get("section2").get(table.caption());
      if (tableNode == null) {
        throw new AssertionError("no sub-table " + table.caption());
      }
      for (RowDecl row : table.rows()) {
        JsonNode rowNode = tableNode.get(row.label());
        for (var column : table.columns()) {
          CellRef c = t.findCell(table.key(), row.key(), column.key()).orElseThrow();
          out.put(c, printed(t.kind(c), rowNode.get(column.label()), column.unit()));
        }
      }
    }
    TableDecl matrix = t.applications();
    JsonNode columns = root.get("section3").get("columns");
    for (JsonNode row : root.get("section3").get("rows")) {
      String key = row.get("id").asText();
      if (matrix.findRow(key).isEmpty()) {
        throw new AssertionError("the " + edition.id() + " edition cannot hold the row " + key);
      }
      if (!matrix.row(key).label().equals(row.get("label").asText())) {
        throw new AssertionError("label of " + key + ": " + row.get("label"));
      }
      for (int i = 0; i < columns.size(); i++) {
        String label = columns.get(i).asText();
        var column =
            matrix.columns().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
        CellRef c = t.findCell(matrix.key(), key, column.key()).orElseThrow();
        out.put(c, printed(CellKind.COUNT, row.get("values").get(i), Optional.empty()));
      }
    }
    TableDecl review = t.review();
    for (RowDecl group : review.rows()) {
      JsonNode values = root.get("section4").get(group.label());
      for (int i = 0; i < review.columns().size(); i++) {
        CellRef c = t.findCell(review.key(), group.key(), review.columns().get(i).key()).orElseThrow();
        out.put(c, printed(CellKind.COUNT, values.get(i), Optional.empty()));
      }
    }
    return out;
  }

  /**
   * A printed value; a bare amount in a column whose header states its unit (本年收费金额（单位：万元）)
   * is in that unit.
   */
  private static PrintedCell printed(CellKind kind, JsonNode v, Optional<MoneyUnit> headerUnit) {
    if (v == null || v.isNull()) {
      return PrintedCell.blank();
    }
    if (kind == CellKind.MONEY) {
      Money m = Money.parse(v.isTextual() ? v.asText() : v.decimalValue().toPlainString());
      if (m.unit() == MoneyUnit.UNSTATED && headerUnit.isPresent()) {
        m = Money.of(m.amount(), headerUnit.get());
      }
      return PrintedCell.of(Figure.money(m));
    }
    return PrintedCell.of(v.longValue());
  }
}
