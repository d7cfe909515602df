package io.github.ogireport.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.model.ReportHeader;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a printed-report document straight from Jackson's token stream into the edition's cell
 * arrays, without a tree: the fast path of {@link ReportJson#readPrintedReport(String)}.
 *
 * <p>It accepts only what the tree reader ({@link DocumentReader}) accepts, and makes the same
 * report of it. Anything else (an error of any kind, but also anything unusual it does not read
 * itself: a count written {@code 1.0}, a field before the edition that names it) makes it give up
 * with {@code null}, and the tree reader then reads the document and says what is wrong, with its
 * pointer and message. So a document has one meaning and one error, whichever path reads it.
 */
final class StreamReader {
  /**
   * The parsers' factory, made once (thread-safe), with the limits of the tree reader's mapper.
   * Duplicate keys are found here on the arrays, not by the parser.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** The cells of each edition's tables, compiled once per template. */
  private static final Map<EditionTemplate, Layout> LAYOUTS = new ConcurrentHashMap<>();

  private static final Map<String, Section> NOTE_SECTIONS = new HashMap<>();

  static {
    Cells.TABLE_SECTIONS.forEach(s -> NOTE_SECTIONS.put(s.numeral(), s));
  }

  /** Thrown to give the document to the tree reader; carries nothing. */
  private static final class Unusual extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false);
    }
  }

  private static final Unusual UNUSUAL = new Unusual();

  private final JsonParser p;

  private StreamReader(JsonParser p) {
    this.p = p;
  }

  /**
   * The printed report of a document, or null when the tree reader must read it.
   *
   * @param text the document, without a byte order mark
   * @return the report, equal to the tree reader's, or null
   */
  static PrintedReport printed(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return new StreamReader(parser).printed();
    } catch (Unusual | IOException | IllegalArgumentException | IllegalStateException e) {
      // Not read here: the tree reader gives the document its report or its error.
      return null;
    }
  }

  private PrintedReport printed() throws IOException {
    expect(JsonToken.START_OBJECT);
    boolean version = false;
    Edition edition = null;
    Layout layout = null;
    boolean kind = false;
    String agency = null;
    int year = 0;
    boolean hasYear = false;
    Optional<LocalDate> date = null;
    Narratives narratives = null;
    PrintedCell[] cells = null;
    boolean[] seen = null;
    int sections = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "formatVersion" -> {
          require(!version && integer() == ReportJson.FORMAT_VERSION);
          version = true;
        }
        case "edition" -> {
          require(edition == null);
          edition = Edition.fromId(text()).orElseThrow(() -> UNUSUAL);
          layout = layout(edition.template());
          cells = new PrintedCell[layout.kinds.length];
          seen = new boolean[layout.numbers];
        }
        case "kind" -> {
          require(!kind && text().equals(ReportJson.KIND_PRINTED));
          kind = true;
        }
        case "agency" -> {
          require(agency == null);
          agency = text();
          require(!ReportHeader.isBlankName(agency));
        }
        case "year" -> {
          require(!hasYear);
          long y = integer();
          require(y >= Limits.MIN_YEAR && y <= Limits.MAX_YEAR);
          year = (int) y;
          hasYear = true;
        }
        case "publicationDate" -> {
          require(date == null);
          String d = text();
          require(Limits.isDate(d));
          date = Optional.of(LocalDate.parse(d));
        }
        case "narratives" -> {
          require(narratives == null);
          narratives = narratives();
        }
        default -> {
          // A section of tables. Its cells need the edition: a document that names the edition
          // after them is the tree reader's.
          Integer at = layout == null ? null : layout.sectionFields.get(name);
          require(at != null && (sections & 1 << at) == 0);
          sections |= 1 << at;
          Tables tables = layout.sections.get(at);
          if (tables.nested()) {
            expect(JsonToken.START_OBJECT);
            String table;
            while ((table = p.nextFieldName()) != null) {
              Table t = tables.byKey().get(table);
              require(t != null);
              rows(t, layout.kinds, cells, seen);
            }
          } else {
            // A section that is one table which the edition does not declare is not read here.
            require(tables.whole() != null);
            rows(tables.whole(), layout.kinds, cells, seen);
          }
        }
      }
    }
    require(
        version
            && kind
            && agency != null
            && hasYear
            && narratives != null
            && sections == (1 << Cells.TABLE_SECTIONS.size()) - 1);
    require(p.nextToken() == null);
    // One copy of the cells, in printed order, as the tree reader orders them.
    return PrintedReport.of(
        edition, agency, year, date == null ? Optional.empty() : date, narratives, cells);
  }

  /** The rows of one table, an object of row objects, into the cell arrays. */
  private void rows(Table table, CellKind[] kinds, PrintedCell[] cells, boolean[] seen)
      throws IOException {
    expect(JsonToken.START_OBJECT);
    require(!seen[table.number]);
    seen[table.number] = true;
    String rowKey;
    int r = -1;
    while ((rowKey = p.nextFieldName()) != null) {
      r = find(table.keys, rowKey, r + 1);
      Row row = table.rows[r];
      require(!seen[row.number]);
      seen[row.number] = true;
      expect(JsonToken.START_OBJECT);
      String column;
      int c = -1;
      while ((column = p.nextFieldName()) != null) {
        c = find(row.keys, column, c + 1);
        int i = row.indexes[c];
        // A cell written twice is a duplicate key.
        require(cells[i] == null);
        cells[i] = cell(kinds[i]);
      }
    }
  }

  /**
   * The position of a key. Keys come in declared order and interned, as the parser interns names:
   * the expected one is checked by reference first.
   */
  private static int find(String[] keys, String key, int expected) {
    if (expected < keys.length && keys[expected] == key) {
      return expected;
    }
    for (int j = 0; j < keys.length; j++) {
      if (keys[j].equals(key)) {
        return j;
      }
    }
    throw UNUSUAL;
  }

  /** One cell's value, as the tree reader reads it. */
  private PrintedCell cell(CellKind kind) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NUMBER_INT && kind != CellKind.MONEY) {
      long value = p.getLongValue();
      require(kind != CellKind.COUNT || value >= 0);
      return PrintedCell.of(value);
    }
    if (t == JsonToken.VALUE_NULL) {
      return PrintedCell.blank();
    }
    if (t == JsonToken.VALUE_STRING && kind == CellKind.MONEY) {
      Money m = Money.parse(checked(p.getText()));
      require(m.amount().signum() >= 0);
      return PrintedCell.of(Figure.money(m));
    }
    require(t == JsonToken.START_OBJECT);
    String field = p.nextFieldName();
    require(field != null);
    String text = text();
    require(p.nextToken() == JsonToken.END_OBJECT);
    return switch (field) {
      case "blank" -> PrintedCell.blank(text);
      case "unreadable" -> PrintedCell.unreadable(text);
      case "notRead" -> PrintedCell.notRead(text);
      default -> throw UNUSUAL;
    };
  }

  private Narratives narratives() throws IOException {
    expect(JsonToken.START_OBJECT);
    String preamble = null;
    String overview = null;
    String problems = null;
    String otherMatters = null;
    String closing = null;
    String[] notes = null;
    ProcessingFees fees = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "preamble" -> preamble = once(preamble);
        case "overview" -> overview = once(overview);
        case "problems" -> problems = once(problems);
        case "otherMatters" -> otherMatters = once(otherMatters);
        case "closing" -> closing = once(closing);
        case "tableNotes" -> {
          require(notes == null);
          notes = new String[Cells.TABLE_SECTIONS.size()];
          expect(JsonToken.START_OBJECT);
          String numeral;
          while ((numeral = p.nextFieldName()) != null) {
            Section s = NOTE_SECTIONS.get(numeral);
            require(s != null);
            int i = Cells.TABLE_SECTIONS.indexOf(s);
            require(notes[i] == null);
            notes[i] = text();
          }
        }
        case "processingFees" -> {
          require(fees == null);
          fees = fees();
        }
        default -> throw UNUSUAL;
      }
    }
    // In the tree reader's order, so that the values are built alike.
    Narratives.Builder b = Narratives.builder();
    if (preamble != null) {
      b.preamble(preamble);
    }
    if (overview != null) {
      b.overview(overview);
    }
    if (problems != null) {
      b.problems(problems);
    }
    if (otherMatters != null) {
      b.otherMatters(otherMatters);
    }
    if (closing != null) {
      b.closing(closing);
    }
    if (notes != null) {
      for (int i = 0; i < notes.length; i++) {
        if (notes[i] != null) {
          b.putTableNote(Cells.TABLE_SECTIONS.get(i), notes[i]);
        }
      }
    }
    if (fees != null) {
      b.processingFees(fees);
    }
    return b.build();
  }

  private ProcessingFees fees() throws IOException {
    expect(JsonToken.START_OBJECT);
    long notices = -1;
    Money charged = null;
    Money collected = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "noticesIssued" -> {
          require(notices < 0);
          notices = integer();
          require(notices >= 0);
        }
        case "amountCharged" -> {
          require(charged == null);
          charged = money();
        }
        case "amountCollected" -> {
          require(collected == null);
          collected = money();
        }
        default -> throw UNUSUAL;
      }
    }
    ProcessingFees.Builder fb = ProcessingFees.builder();
    if (notices >= 0) {
      fb.noticesIssued(notices);
    }
    if (charged != null) {
      fb.amountCharged(charged);
    }
    if (collected != null) {
      fb.amountCollected(collected);
    }
    return fb.build();
  }

  private Money money() throws IOException {
    Money m = Money.parse(text());
    require(m.amount().signum() >= 0);
    return m;
  }

  /** A text of a field that appears once. */
  private String once(String before) throws IOException {
    require(before == null);
    return text();
  }

  /** A string value, whole characters only and within the length of a text. */
  private String text() throws IOException {
    String text = p.nextTextValue();
    require(text != null);
    return checked(text);
  }

  private static String checked(String text) {
    require(Limits.textProblem(text).isEmpty());
    return text;
  }

  /** An integer written as one (the tree reader reads {@code 1.0} and {@code 1e0}). */
  private long integer() throws IOException {
    expect(JsonToken.VALUE_NUMBER_INT);
    return p.getLongValue();
  }

  private void expect(JsonToken token) throws IOException {
    require(p.nextToken() == token);
  }

  private static void require(boolean usual) {
    if (!usual) {
      throw UNUSUAL;
    }
  }

  private static Layout layout(EditionTemplate t) {
    Layout l = LAYOUTS.get(t);
    return l != null ? l : LAYOUTS.computeIfAbsent(t, Layout::new);
  }

  /**
   * Where each table, row and column of an edition's documents puts its cell in the arrays
   * ({@link EditionTemplate#index}), made from the template's printable grids.
   */
  private static final class Layout {
    final List<CellRef> cells;
    final CellKind[] kinds;

    /** The document field of each section of tables, to its position in {@link #sections}. */
    final Map<String, Integer> sectionFields = new HashMap<>();

    /** Each section's tables. */
    final List<Tables> sections = new ArrayList<>();

    /** How many tables and rows are numbered, each to be marked once read. */
    int numbers;

    Layout(EditionTemplate t) {
      cells = t.printableCells();
      kinds = new CellKind[cells.size()];
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = t.kind(cells.get(i));
      }
      for (Section s : Cells.TABLE_SECTIONS) {
        String field = Cells.field(s);
        Map<String, TableDecl> declared = Cells.tables(t, s);
        Map<String, Table> byKey = new HashMap<>();
        declared.forEach((key, d) -> byKey.put(key, table(t, d)));
        Table whole = declared.isEmpty() ? null : byKey.get(declared.keySet().iterator().next());
        sectionFields.put(field, sections.size());
        sections.add(new Tables(Cells.nested(s), byKey, whole));
      }
    }

    private Table table(EditionTemplate t, TableDecl d) {
      Map<String, Map<String, CellRef>> grid = t.printableGrid(d);
      int tableNumber = numbers++;
      String[] rowKeys = new String[grid.size()];
      Row[] rows = new Row[grid.size()];
      int r = 0;
      for (var row : grid.entrySet()) {
        String[] columns = new String[row.getValue().size()];
        int[] indexes = new int[columns.length];
        int c = 0;
        for (var cell : row.getValue().entrySet()) {
          columns[c] = cell.getKey().intern();
          indexes[c++] = t.index(cell.getValue());
        }
        rowKeys[r] = row.getKey().intern();
        rows[r++] = new Row(numbers++, columns, indexes);
      }
      return new Table(tableNumber, rowKeys, rows);
    }
  }

  /**
   * A section's tables: by key when the section nests them (section 二), else the one table whose
   * rows the section's object holds (null when the edition declares none).
   */
  private record Tables(boolean nested, Map<String, Table> byKey, Table whole) {}

  /** A table's rows and their keys, in declared order; its number marks it read. */
  private record Table(int number, String[] keys, Row[] rows) {}

  /**
   * A row's column keys, in declared order, and their cells' positions in the arrays; its number
   * marks it read.
   */
  private record Row(int number, String[] keys, int[] indexes) {}
}
