package io.github.ogireport.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.ReportHeader;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.ColumnDecl;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.template.MoneyUnit;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of an edition's documents from its declaration. The
 * published schemas ({@link ReportJson#schema(Edition)}) are this generator's output, and a test
 * keeps them identical.
 *
 * <p>The schema accepts both kinds of document. For kind {@code "printed"} every table, row and
 * cell is optional and a cell may be a number, {@code null}, {@code {"blank": mark}} or {@code
 * {"unreadable": text}} or, for a cell the reader did not find, {@code {"notRead": why}}; for kind {@code "report"} every cell is required, sections 三 and 四 hold
 * counts only and section 二 holds a number or {@code null}. Table, row and column keys and their
 * official labels (as {@code title}) come from the edition.
 */
public final class JsonSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonSchemas() {}

  /**
   * The class-path resource of an edition's published schema.
   *
   * @param edition the edition
   * @return for example {@code /io/github/ogireport/json/ogi-report-2021.schema.json}
   */
  public static String resourceName(Edition edition) {
    return "/io/github/ogireport/json/ogi-report-" + edition.id() + ".schema.json";
  }

  /**
   * The schema of an edition, as text.
   *
   * @param edition the edition
   * @return the schema, pretty-printed, ending with a newline
   */
  public static String generate(Edition edition) {
    try {
      return JsonMapper.builder()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build()
              .writeValueAsString(tree(edition))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode tree(Edition edition) {
    EditionTemplate t = edition.template();
    ObjectNode s = F.objectNode();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("$id", "https://ogireport.github.io/schema/ogi-report-" + edition.id() + ".schema.json");
    s.put("title", t.title() + ", " + edition.id() + " edition, format version " + ReportJson.FORMAT_VERSION);
    s.put(
        "description",
        "A document of kind \"report\" also has totals equal to the sum of their parts, within the"
            + " range of a 64-bit integer: the reader checks this arithmetic, which a schema cannot"
            + " state.");
    s.put("type", "object");
    s.put("additionalProperties", false);
    ArrayNode required = s.putArray("required");
    for (String f :
        new String[] {
          "formatVersion", "edition", "kind", "agency", "year", "narratives", "section2",
          "section3", "section4"
        }) {
      required.add(f);
    }
    ObjectNode p = s.putObject("properties");
    p.putObject("formatVersion").put("const", ReportJson.FORMAT_VERSION);
    p.putObject("edition").put("const", edition.id());
    p.putObject("kind").putArray("enum").add(ReportJson.KIND_REPORT).add(ReportJson.KIND_PRINTED);
    p.putObject("agency")
        .put("$ref", "#/$defs/text")
        .put("pattern", ReportHeader.NAMING_CHARACTER);
    p.putObject("year")
        .put("type", "integer")
        .put("minimum", Limits.MIN_YEAR)
        .put("maximum", Limits.MAX_YEAR);
    p.putObject("publicationDate").put("type", "string").put("pattern", "^" + Limits.DATE + "$");
    p.set("narratives", narratives());
    for (Section sec : Cells.TABLE_SECTIONS) {
      p.set(Cells.field(sec), section(t, sec, false));
    }
    // A report built in code: every cell present, numbers only in sections 三 and 四.
    ObjectNode cond = s.putObject("if");
    cond.putObject("properties").putObject("kind").put("const", ReportJson.KIND_REPORT);
    ObjectNode then = s.putObject("then").putObject("properties");
    for (Section sec : Cells.TABLE_SECTIONS) {
      then.set(Cells.field(sec), section(t, sec, true));
    }
    ObjectNode defs = s.putObject("$defs");
    defs.putObject("count")
        .put("type", "integer")
        .put("minimum", 0)
        .put("maximum", Long.MAX_VALUE);
    defs.putObject("signedCount")
        .put("type", "integer")
        .put("minimum", Long.MIN_VALUE)
        .put("maximum", Long.MAX_VALUE);
    defs.putObject("text")
        .put("type", "string")
        .put("maxLength", Limits.MAX_TEXT)
        .put("pattern", Limits.WHOLE_CHARACTERS);
    defs.putObject("money")
        .put("type", "string")
        .put(
            "pattern",
            "^[0-9]{1,"
                + Money.MAX_INTEGER_DIGITS
                + "}(\\.[0-9]{1,"
                + Money.MAX_FRACTION_DIGITS
                + "})?("
                + Arrays.stream(MoneyUnit.values())
                    .map(MoneyUnit::symbol)
                    .filter(u -> !u.isEmpty())
                    .collect(Collectors.joining("|"))
                + ")?$");
    ObjectNode blankMark = defs.putObject("blankMark");
    blankMark.put("type", "object").put("additionalProperties", false);
    blankMark.putArray("required").add("blank");
    blankMark.putObject("properties").putObject("blank").put("$ref", "#/$defs/text");
    ObjectNode unreadable = defs.putObject("unreadable");
    unreadable.put("type", "object").put("additionalProperties", false);
    unreadable.putArray("required").add("unreadable");
    unreadable.putObject("properties").putObject("unreadable").put("$ref", "#/$defs/text");
    ObjectNode notRead = defs.putObject("notRead");
    notRead.put("type", "object").put("additionalProperties", false);
    notRead.putArray("required").add("notRead");
    notRead.putObject("properties").putObject("notRead").put("$ref", "#/$defs/text");
    return s;
  }

  private static ObjectNode narratives() {
    ObjectNode n = F.objectNode();
    n.put("type", "object").put("additionalProperties", false);
    ObjectNode p = n.putObject("properties");
    for (String f : new String[] {"preamble", "overview", "problems", "otherMatters", "closing"}) {
      p.putObject(f).put("$ref", "#/$defs/text");
    }
    ObjectNode notes = p.putObject("tableNotes");
    notes.put("type", "object").put("additionalProperties", false);
    ObjectNode np = notes.putObject("properties");
    for (Section sec : Cells.TABLE_SECTIONS) {
      np.putObject(sec.numeral()).put("$ref", "#/$defs/text");
    }
    ObjectNode fees = p.putObject("processingFees");
    fees.put("type", "object").put("additionalProperties", false);
    ObjectNode fp = fees.putObject("properties");
    fp.putObject("noticesIssued").put("$ref", "#/$defs/count");
    fp.putObject("amountCharged").put("$ref", "#/$defs/money");
    fp.putObject("amountCollected").put("$ref", "#/$defs/money");
    return n;
  }

  private static ObjectNode section(EditionTemplate t, Section sec, boolean report) {
    Map<String, TableDecl> tables = Cells.tables(t, sec);
    if (!Cells.nested(sec)) {
      return table(tables.values().iterator().next(), report);
    }
    ObjectNode o = F.objectNode();
    o.put("type", "object").put("additionalProperties", false);
    o.put("title", t.heading(sec));
    ObjectNode p = o.putObject("properties");
    ArrayNode required = F.arrayNode();
    tables.forEach(
        (key, table) -> {
          p.set(key, table(table, report));
          required.add(key);
        });
    if (report) {
      o.set("required", required);
    }
    return o;
  }

  private static ObjectNode table(TableDecl table, boolean report) {
    ObjectNode o = F.objectNode();
    o.put("type", "object").put("additionalProperties", false);
    o.put("title", table.caption());
    ObjectNode p = o.putObject("properties");
    ArrayNode rowsRequired = F.arrayNode();
    for (RowDecl r : report ? table.rows() : table.printableRows()) {
      ObjectNode row = p.putObject(r.key());
      row.put("type", "object").put("additionalProperties", false);
      row.put("title", String.join(" ", r.groups()) + (r.groups().isEmpty() ? "" : " ") + r.label());
      ObjectNode cp = row.putObject("properties");
      ArrayNode cellsRequired = F.arrayNode();
      for (ColumnDecl c : table.columns()) {
        ObjectNode cell = cp.putObject(c.key());
        cell.put("title", c.label());
        cell.setAll(cellSchema(c.kind(), report, table.section()));
        cellsRequired.add(c.key());
      }
      if (report) {
        row.set("required", cellsRequired);
      }
      rowsRequired.add(r.key());
    }
    if (report) {
      o.set("required", rowsRequired);
    }
    return o;
  }

  private static ObjectNode cellSchema(CellKind kind, boolean report, Section section) {
    String number =
        switch (kind) {
          case COUNT -> "#/$defs/count";
          case SIGNED_COUNT -> "#/$defs/signedCount";
          case MONEY -> "#/$defs/money";
        };
    ObjectNode o = F.objectNode();
    if (report && section != Section.TWO) {
      o.put("$ref", number);
      return o;
    }
    ArrayNode any = o.putArray("anyOf");
    any.addObject().put("$ref", number);
    any.addObject().put("type", "null");
    if (!report) {
      any.addObject().put("$ref", "#/$defs/blankMark");
      any.addObject().put("$ref", "#/$defs/unreadable");
      any.addObject().put("$ref", "#/$defs/notRead");
    }
    return o;
  }
}
