package io.github.ogireport.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationMatrix;
import io.github.ogireport.model.DisclosureTable;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ReportHeader;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.model.ReviewTable;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a document tree into a report, strictly, naming the JSON pointer of every problem. */
final class DocumentReader {
  private static final Set<String> ROOT =
      Set.of(
          "formatVersion", "edition", "kind", "agency", "year", "publicationDate", "narratives",
          "section2", "section3", "section4");
  private static final Set<String> NARRATIVES =
      Set.of(
          "preamble", "overview", "tableNotes", "problems", "otherMatters", "processingFees",
          "closing");
  private static final Set<String> FEES =
      Set.of("noticesIssued", "amountCharged", "amountCollected");

  private DocumentReader() {}

  /** The header and the printed cells of a document, whatever its kind. */
  private record Parsed(
      Edition edition,
      String agency,
      int year,
      Optional<LocalDate> publicationDate,
      Narratives narratives,
      Map<CellRef, PrintedCell> cells) {}

  static PrintedReport printed(JsonNode root) {
    Parsed p = parse(root, ReportJson.KIND_PRINTED);
    return build(
        () ->
            PrintedReport.builder()
                .edition(p.edition())
                .agency(p.agency())
                .year(p.year())
                .publicationDate(p.publicationDate())
                .narratives(p.narratives())
                .cells(p.cells())
                .build());
  }

  static AnnualReport report(JsonNode root) {
    Parsed p = parse(root, ReportJson.KIND_REPORT);
    EditionTemplate t = p.edition().template();
    Map<CellRef, Long> three = new HashMap<>();
    Map<CellRef, Long> four = new HashMap<>();
    Map<String, Map<CellRef, Figure>> two = new LinkedHashMap<>();
    for (TableDecl d : t.disclosureTables()) {
      two.put(d.key(), new LinkedHashMap<>());
    }
    for (var e : p.cells().entrySet()) {
      if (t.isAlternative(e.getKey())) {
        throw new ReportJsonException(
            e.getKey().jsonPointer(),
            "a report built in code has no row of an earlier edition (use kind \"printed\" to keep"
                + " one)");
      }
    }
    for (CellRef c : t.cells()) {
      PrintedCell cell = p.cells().get(c);
      if (c.section() == Section.TWO) {
        if (cell == null) {
          throw new ReportJsonException(c.jsonPointer(), "missing: a report lists every cell, null when unfilled");
        }
        if (cell instanceof PrintedCell.Numeric n) {
          two.get(c.table()).put(c, n.figure());
        } else if (!(cell instanceof PrintedCell.Blank b && b.mark().isEmpty())) {
          throw new ReportJsonException(
              c.jsonPointer(), "a report built in code holds a number or null, not " + cell);
        }
      } else {
        if (!(cell instanceof PrintedCell.Numeric n)) {
          throw new ReportJsonException(
              c.jsonPointer(),
              cell == null
                  ? "missing: every cell of sections 三 and 四 is required"
                  : "expected a count, not " + (cell instanceof PrintedCell.Blank ? "null" : cell));
        }
        if (!t.isDerived(c)) {
          (c.section() == Section.THREE ? three : four)
              .put(c, ((Figure.Count) n.figure()).value());
        }
      }
    }
    AnnualReport report =
        build(
            () ->
                AnnualReport.builder()
                    .edition(p.edition())
                    .agency(p.agency())
                    .year(p.year())
                    .publicationDate(p.publicationDate())
                    .narratives(p.narratives())
                    .section2(
                        two.entrySet().stream()
                            .map(
                                e ->
                                    DisclosureTable.of(
                                        p.edition(), Article20Item.valueOf(e.getKey()), e.getValue()))
                            .toList())
                    .section3(ApplicationMatrix.of(p.edition(), three))
                    .section4(ReviewTable.of(p.edition(), four))
                    .build());
    Map<CellRef, Long> derived = new HashMap<>(report.section3().cells());
    derived.putAll(report.section4().cells());
    for (CellRef c : t.cells()) {
      if (t.isDerived(c)) {
        long printed = ((Figure.Count) ((PrintedCell.Numeric) p.cells().get(c)).figure()).value();
        if (printed != derived.get(c)) {
          throw new ReportJsonException(
              c.jsonPointer(),
              "the total "
                  + c
                  + " is "
                  + printed
                  + " but its parts sum to "
                  + derived.get(c)
                  + "; a report built in code derives its totals (use kind \"printed\" to keep a"
                  + " wrong printed total)");
        }
      }
    }
    return report;
  }

  private static <T> T build(java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ReportJsonException("", e.getMessage(), e);
    }
  }

  private static Parsed parse(JsonNode root, String expectedKind) {
    if (root == null) {
      throw new ReportJsonException("", "no document (null)");
    }
    object(root, "");
    fields(root, "", ROOT);
    long version = integer(required(root, "", "formatVersion"), "/formatVersion");
    if (version != ReportJson.FORMAT_VERSION) {
      throw new ReportJsonException(
          "/formatVersion",
          "this library reads format version " + ReportJson.FORMAT_VERSION + ", not " + version);
    }
    String editionId = text(required(root, "", "edition"), "/edition");
    Edition edition =
        Edition.fromId(editionId)
            .orElseThrow(
                () ->
                    new ReportJsonException(
                        "/edition",
                        "unknown edition \""
                            + editionId
                            + "\"; known: "
                            + Arrays.stream(Edition.values()).map(Edition::id).toList()));
    String kind = text(required(root, "", "kind"), "/kind");
    if (!kind.equals(expectedKind)) {
      throw new ReportJsonException(
          "/kind", "expected a document of kind \"" + expectedKind + "\", found \"" + kind + "\"");
    }
    String agency = text(required(root, "", "agency"), "/agency");
    if (ReportHeader.isBlankName(agency)) {
      throw new ReportJsonException("/agency", "the agency must not be blank");
    }
    long year = integer(required(root, "", "year"), "/year");
    if (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR) {
      throw new ReportJsonException(
          "/year",
          "the report year must be from " + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR + ": " + year);
    }
    Optional<LocalDate> date = Optional.empty();
    if (root.has("publicationDate")) {
      String d = text(root.get("publicationDate"), "/publicationDate");
      if (!Limits.isDate(d)) {
        throw new ReportJsonException(
            "/publicationDate",
            "expected a date of the calendar as yyyy-mm-dd, found \"" + abbreviate(d) + "\"");
      }
      date = Optional.of(LocalDate.parse(d));
    }
    Narratives narratives = narratives(required(root, "", "narratives"), "/narratives");
    EditionTemplate t = edition.template();
    boolean report = expectedKind.equals(ReportJson.KIND_REPORT);
    // Sized for every cell of the edition, so that the maps never grow while a document is read.
    int capacity = 2 * t.printableCells().size();
    Map<CellRef, PrintedCell> cells = new LinkedHashMap<>(capacity);
    for (Section s : Cells.TABLE_SECTIONS) {
      String field = Cells.field(s);
      JsonNode section = required(root, "", field);
      String pointer = "/" + field;
      object(section, pointer);
      Map<String, TableDecl> tables = Cells.tables(t, s);
      if (Cells.nested(s)) {
        fields(section, pointer, tables.keySet());
        for (var e : tables.entrySet()) {
          if (section.has(e.getKey())) {
            table(t, e.getValue(), section.get(e.getKey()), pointer + "/" + e.getKey(), cells, report);
          }
        }
      } else {
        table(t, tables.values().iterator().next(), section, pointer, cells, report);
      }
    }
    // Every printable cell, in printed order: an alternative row (the old （六）其他处理) included.
    Map<CellRef, PrintedCell> ordered = new LinkedHashMap<>(capacity);
    for (CellRef c : t.printableCells()) {
      PrintedCell cell = cells.get(c);
      if (cell != null) {
        ordered.put(c, cell);
      }
    }
    return new Parsed(edition, agency, (int) year, date, narratives, ordered);
  }

  private static void table(
      EditionTemplate t,
      TableDecl table,
      JsonNode node,
      String pointer,
      Map<CellRef, PrintedCell> into,
      boolean report) {
    object(node, pointer);
    Map<String, Map<String, CellRef>> grid = t.printableGrid(table);
    fields(node, pointer, grid.keySet());
    for (var row : grid.entrySet()) {
      JsonNode rowNode = node.get(row.getKey());
      if (rowNode == null) {
        continue;
      }
      String rowPointer = pointer + "/" + row.getKey();
      object(rowNode, rowPointer);
      fields(rowNode, rowPointer, row.getValue().keySet());
      for (var cell : row.getValue().entrySet()) {
        JsonNode value = rowNode.get(cell.getKey());
        if (value != null) {
          CellKind kind = t.kind(cell.getValue());
          // The usual cell, a count, is read without making its pointer.
          PrintedCell count = kind == CellKind.MONEY ? null : count(kind, value);
          into.put(
              cell.getValue(),
              count != null ? count : cell(kind, value, rowPointer + "/" + cell.getKey(), report));
        }
      }
    }
  }

  /** A count cell that holds an allowed integer, or null for anything else. */
  private static PrintedCell count(CellKind kind, JsonNode node) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      return null;
    }
    long value = node.longValue();
    return kind == CellKind.COUNT && value < 0 ? null : PrintedCell.of(value);
  }

  private static PrintedCell cell(CellKind kind, JsonNode node, String pointer, boolean report) {
    if (node.isNull()) {
      return PrintedCell.blank();
    }
    if (node.isObject() && report) {
      throw new ReportJsonException(
          pointer, "a report built in code holds a number or null, not an object such as " + node);
    }
    if (node.isObject()) {
      if (node.size() == 1 && node.has("blank")) {
        return PrintedCell.blank(text(node.get("blank"), pointer + "/blank"));
      }
      if (node.size() == 1 && node.has("unreadable")) {
        return PrintedCell.unreadable(text(node.get("unreadable"), pointer + "/unreadable"));
      }
      if (node.size() == 1 && node.has("notRead")) {
        return PrintedCell.notRead(text(node.get("notRead"), pointer + "/notRead"));
      }
      throw new ReportJsonException(
          pointer,
          "a cell object is {\"blank\": mark}, {\"unreadable\": text} or {\"notRead\": why}, found "
              + node);
    }
    if (kind == CellKind.MONEY) {
      return PrintedCell.of(Figure.money(money(node, pointer)));
    }
    long value = integer(node, pointer);
    if (kind == CellKind.COUNT && value < 0) {
      throw new ReportJsonException(pointer, "a count must not be negative, found " + value);
    }
    return PrintedCell.of(value);
  }

  private static Narratives narratives(JsonNode node, String pointer) {
    object(node, pointer);
    fields(node, pointer, NARRATIVES);
    Narratives.Builder b = Narratives.builder();
    optionalText(node, pointer, "preamble").ifPresent(b::preamble);
    optionalText(node, pointer, "overview").ifPresent(b::overview);
    optionalText(node, pointer, "problems").ifPresent(b::problems);
    optionalText(node, pointer, "otherMatters").ifPresent(b::otherMatters);
    optionalText(node, pointer, "closing").ifPresent(b::closing);
    if (node.has("tableNotes")) {
      JsonNode notes = node.get("tableNotes");
      String p = pointer + "/tableNotes";
      object(notes, p);
      Map<String, Section> sections = new LinkedHashMap<>();
      Cells.TABLE_SECTIONS.forEach(s -> sections.put(s.numeral(), s));
      fields(notes, p, sections.keySet());
      for (var e : sections.entrySet()) {
        optionalText(notes, p, e.getKey()).ifPresent(text -> b.putTableNote(e.getValue(), text));
      }
    }
    if (node.has("processingFees")) {
      JsonNode fees = node.get("processingFees");
      String p = pointer + "/processingFees";
      object(fees, p);
      fields(fees, p, FEES);
      ProcessingFees.Builder fb = ProcessingFees.builder();
      if (fees.has("noticesIssued")) {
        long notices = integer(fees.get("noticesIssued"), p + "/noticesIssued");
        if (notices < 0) {
          throw new ReportJsonException(
              p + "/noticesIssued", "a count must not be negative, found " + notices);
        }
        fb.noticesIssued(notices);
      }
      if (fees.has("amountCharged")) {
        fb.amountCharged(money(fees.get("amountCharged"), p + "/amountCharged"));
      }
      if (fees.has("amountCollected")) {
        fb.amountCollected(money(fees.get("amountCollected"), p + "/amountCollected"));
      }
      b.processingFees(fb.build());
    }
    return b.build();
  }

  private static Money money(JsonNode node, String pointer) {
    Money m;
    try {
      m = Money.parse(text(node, pointer));
    } catch (IllegalArgumentException e) {
      throw new ReportJsonException(pointer, e.getMessage(), e);
    }
    if (m.amount().signum() < 0) {
      throw new ReportJsonException(
          pointer, "an amount of money must not be negative, found " + m);
    }
    return m;
  }

  /** A text for a message: at most 80 characters of it. */
  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  private static Optional<String> optionalText(JsonNode node, String pointer, String field) {
    return node.has(field)
        ? Optional.of(text(node.get(field), pointer + "/" + field))
        : Optional.empty();
  }

  private static JsonNode required(JsonNode node, String pointer, String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      throw new ReportJsonException(pointer + "/" + field, "required field is missing");
    }
    return v;
  }

  private static void object(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw new ReportJsonException(pointer, "expected an object, found " + type(node));
    }
  }

  private static void fields(JsonNode node, String pointer, Set<String> allowed) {
    for (var e : node.properties()) {
      if (!allowed.contains(e.getKey())) {
        throw new ReportJsonException(
            pointer + "/" + escape(e.getKey()),
            "unknown field \"" + e.getKey() + "\"; allowed here: " + allowed.stream().sorted().toList());
      }
    }
  }

  private static String text(JsonNode node, String pointer) {
    if (!node.isTextual()) {
      throw new ReportJsonException(pointer, "expected a string, found " + type(node));
    }
    String text = node.textValue();
    Limits.textProblem(text).ifPresent(p -> {
      throw new ReportJsonException(pointer, p);
    });
    return text;
  }

  /**
   * An integer: as JSON Schema counts them, any number whose value is whole ({@code 1}, {@code
   * 1.0}, {@code 1e2}, {@code -0.0}), within the range of {@code long}.
   */
  private static long integer(JsonNode node, String pointer) {
    if (!node.isNumber()) {
      throw new ReportJsonException(pointer, "expected an integer, found " + type(node));
    }
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) {
        throw new ReportJsonException(pointer, beyond(node));
      }
      return node.longValue();
    }
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      // A tree from a mapper that reads decimals as double: 1e400 is infinite there.
      throw new ReportJsonException(pointer, beyond(node));
    }
    BigDecimal v = node.decimalValue();
    if (v.signum() == 0) {
      return 0;
    }
    // Range first: the digits before the point, from precision and scale, cost nothing to compute.
    if (v.precision() - v.scale() > 19) {
      throw new ReportJsonException(pointer, beyond(node));
    }
    if (v.stripTrailingZeros().scale() > 0) {
      throw new ReportJsonException(
          pointer, "expected an integer, found the decimal number " + abbreviate(node.toString()));
    }
    if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
      throw new ReportJsonException(pointer, beyond(node));
    }
    return v.longValue();
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static String beyond(JsonNode node) {
    return "the number "
        + abbreviate(node.toString())
        + " is beyond the range of a count ("
        + Long.MAX_VALUE
        + ")";
  }

  private static String type(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> node.isIntegralNumber() ? "an integer" : "a decimal number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Escapes a field name for a JSON pointer (RFC 6901). */
  static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }
}
