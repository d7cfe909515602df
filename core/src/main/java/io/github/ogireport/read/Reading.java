package io.github.ogireport.read;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadingProblem.Kind;
import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of one source, through the shared stages: the header ({@link Header}), the labels
 * ({@link Labels}), the cells of each table found between them ({@link Tokens} for text), the splits
 * of digit runs ({@link Splitting}), and the problems met on the way ({@link ReadCells}).
 */
final class Reading {
  /** The report's name, the same in every edition. */
  private static final String TITLE_WORDS = Header.TITLE_WORDS;

  private final Source src;
  private final ReadCells state = new ReadCells();
  private final Labels labels;
  private Splitting splitting;
  private EditionTemplate t;



  Reading(Source src) {
    this.src = src;
    this.labels = new Labels(src, state.problems);
  }

  ReadResult read() {
    Header header = Header.of(src, "");
    int year = header.year.orElse(0);
    t = labels.edition(year).template();
    labels.t = t;
    state.t = t;
    splitting = new Splitting(state);
    Map<Section, Labels.Found> headings = labels.headings();
    if (headings.isEmpty()) {
      return notAReport(header, year);
    }
    int second = secondReport(headings, header);
    if (second > 0) {
      return firstOfTwo(second);
    }
    disclosures(headings);
    applications(headings);
    review(headings);
    splitting.resolveAmbiguous();
    String six = text(headings, Section.SIX, null, -1);
    Closing closing = closing(six);
    Optional<String> agency = header.agency.isPresent() ? header.agency : Header.signature(closing.lines());
    headerProblems(agency, header);
    if (year < 2019 || year > 9999) {
      year = t.edition().firstReportYear(); // the model needs one; ReadResult#year() is empty
    }
    Narratives narratives = narratives(headings, header, closing);
    PrintedCell[] read = cellsInOrder();
    String named = agency.orElse(ReportReader.UNKNOWN_AGENCY);
    PrintedReport report =
        PrintedReport.of(t.edition(), named, year, closing.date(), narratives, read);
    report = completed(report, read, named, year, closing, narratives);
    return new ReadResult(report, state.problems, agency, header.year, notes(report));
  }

  /** The notes of the cells whose number the report holds as it was read with its note. */
  private List<CellNote> notes(PrintedReport report) {
    List<CellNote> out = new ArrayList<>();
    for (Map.Entry<CellRef, Noted> e : state.notes.entrySet()) {
      if (e.getValue().cell().equals(report.cells().get(e.getKey()))) {
        out.add(e.getValue().note());
      }
    }
    return out;
  }

  // The parts of read() below are methods of their own so that the JIT compiles each alone, once,
  // rather than read() with all of them inlined, again whenever one of them meets a new input.

  /** The reading of a text with no section heading: one clear problem, not one per cell missing. */
  private ReadResult notAReport(Header header, int year) {
    PrintedReport none =
        PrintedReport.builder()
            .edition(t.edition())
            .agency(header.agency.orElse(ReportReader.UNKNOWN_AGENCY))
            .year(year >= 2019 && year <= 9999 ? year : t.edition().firstReportYear())
            .build();
    return new ReadResult(none, List.of(new ReadingProblem(Kind.NOT_A_REPORT,
        "no section heading of a " + TITLE_WORDS + " found: this is not a report", "document")),
        header.agency, header.year);
  }

  /** The reading of the first report of a text where a second one starts at piece {@code second}. */
  private ReadResult firstOfTwo(int second) {
    Reading first = new Reading(src.prefix(second));
    ReadResult r = first.read();
    List<ReadingProblem> all = new ArrayList<>(r.problems());
    all.add(0, new ReadingProblem(Kind.MORE_THAN_ONE_REPORT,
        "a second report starts here; only the first report is read", src.pieces.get(second).origin()));
    return new ReadResult(r.report(), all, r.agency(), r.year(), r.notes());
  }

  /** The problems of an agency or a year not found. */
  private void headerProblems(Optional<String> agency, Header header) {
    if (agency.isEmpty()) {
      state.problems.add(new ReadingProblem(Kind.TITLE_NOT_FOUND,
          "the agency was not found: no title of the form <agency><year>年" + TITLE_WORDS
              + " and no signature", "document"));
    }
    if (header.year.isEmpty()) {
      state.problems.add(new ReadingProblem(Kind.TITLE_NOT_FOUND,
          "the year was not found: not in the title (<agency><year>年" + TITLE_WORDS
              + ") nor in the statistics period", "document"));
    }
  }

  private Narratives narratives(Map<Section, Labels.Found> headings, Header header, Closing closing) {
    return Narratives.builder()
        .preamble(text(headings, null, Section.ONE, header.titleEnd))
        .overview(text(headings, Section.ONE, Section.TWO, -1))
        .problems(text(headings, Section.FIVE, Section.SIX, -1))
        .otherMatters(closing.before())
        .closing(closing.lines())
        .build();
  }

  /** The cells read, in an array over the edition's printable cells (their printed order). */
  private PrintedCell[] cellsInOrder() {
    List<CellRef> printable = t.printableCells();
    PrintedCell[] read = new PrintedCell[printable.size()];
    for (Map.Entry<CellRef, PrintedCell> e : state.cells.entrySet()) {
      int i = t.index(e.getKey());
      if (i >= 0) {
        read[i] = e.getValue();
      }
    }
    return read;
  }

  /**
   * The report with every cell of its layout: a cell of the layout that was not read is "not read",
   * never a printed blank; a cell read outside the layout is left out. The report is made again only
   * when one of those changes its cells.
   */
  private PrintedReport completed(PrintedReport report, PrintedCell[] read, String named, int year,
      Closing closing, Narratives narratives) {
    PrintedCell[] complete = new PrintedCell[read.length];
    boolean same = true;
    int inLayout = 0;
    Set<String> unexplained = new java.util.LinkedHashSet<>();
    for (CellRef c : report.layoutCells()) {
      int i = t.index(c);
      if (read[i] != null) {
        complete[i] = read[i];
        inLayout++;
        continue;
      }
      String why = state.notRead.get(c);
      if (why == null) {
        why = "no cells found for its row";
        unexplained.add(c.section() + " " + c.rowLabel());
      }
      complete[i] = PrintedCell.notRead(why);
      same = false;
    }
    for (String row : unexplained) {
      state.problems.add(new ReadingProblem(Kind.CELL_UNREADABLE,
          row + ": the label was found but no cells for it", "document"));
    }
    if (!same || inLayout != report.cells().size()) {
      return PrintedReport.of(t.edition(), named, year, closing.date(), narratives, complete);
    }
    return report;
  }

  /**
   * Where a second report starts, as a piece index, or -1: a second title line, or a second
   * section 一 heading, after the first report's section 二 heading.
   */
  private int secondReport(Map<Section, Labels.Found> headings, Header header) {
    Labels.Found two = headings.get(Section.TWO);
    if (two == null) {
      return -1;
    }
    int at = -1;
    Labels.Found again = labels.find(t.heading(Section.ONE), two.end(), src.length());
    if (again != null) {
      at = again.start();
    }
    int title = src.norm.indexOf(TITLE_WORDS, two.end());
    while (title >= 0 && (at < 0 || title < at)) {
      int p = src.piece(title);
      String line = Source.normalize(src.pieces.get(p).raw());
      if (line.length() < 100 && Header.isTitle(line)) {
        at = title;
        break;
      }
      title = src.norm.indexOf(TITLE_WORDS, title + 1);
    }
    if (at < 0) {
      return -1;
    }
    int p = src.piece(at);
    // The second report's title may stand a few lines before its section 一.
    for (int q = p - 1; q >= Math.max(0, p - 5); q--) {
      String line = Source.normalize(src.pieces.get(q).raw());
      if (line.contains(TITLE_WORDS) && Header.isTitle(line)) {
        p = q;
      }
    }
    return p;
  }

  private static final Pattern DATE_LINE =
      Pattern.compile("\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*");

  /** The signature that ends a report: the agency on one line, the date on the last. */
  private record Closing(String before, String lines, Optional<java.time.LocalDate> date) {}

  /**
   * Splits the end of section 六 into its text and the closing lines: a last line that is a date
   * alone, and the short line before it when it is a name rather than a sentence.
   */
  private static Closing closing(String six) {
    List<String> lines = new ArrayList<>(six.lines().toList());
    if (lines.isEmpty()) {
      return new Closing(six, "", Optional.empty());
    }
    Matcher m = DATE_LINE.matcher(lines.get(lines.size() - 1));
    if (!m.matches()) {
      return new Closing(six, "", Optional.empty());
    }
    Optional<java.time.LocalDate> date;
    try {
      date =
          Optional.of(
              java.time.LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return new Closing(six, "", Optional.empty());
    }
    int start = lines.size() - 1;
    if (start > 0) {
      String name = lines.get(start - 1).strip();
      if (name.length() <= 30 && !name.contains("。") && !name.contains("，")) {
        start--;
      }
    }
    String before = String.join("\n", lines.subList(0, start)).strip();
    String closingLines =
        String.join("\n", lines.subList(start, lines.size()).stream().map(String::strip).toList());
    return new Closing(before, closingLines, date);
  }

  // ---- Title and edition ----------------------------------------------------------------



  // ---- Finding labels -------------------------------------------------------------------




  private String text(Map<Section, Labels.Found> headings, Section from, Section to, int titleEnd) {
    int a = from == null ? 0 : headings.containsKey(from) ? headings.get(from).end() : -1;
    int b = to == null ? src.length() : headings.containsKey(to) ? headings.get(to).start() : -1;
    if (from == null && a >= 0) {
      // The preamble starts after the title.
      a = titleEnd >= 0 && titleEnd < b ? titleEnd : 0;
    }
    if (a < 0 || b < 0 || a >= b) {
      return "";
    }
    return src.narrative(a, b).strip();
  }


  // ---- Section 二 ----------------------------------------------------------------------------

  private void disclosures(Map<Section, Labels.Found> headings) {
    int[] region = labels.region(headings, Section.TWO);
    List<TableDecl> tables = t.disclosureTables();
    if (region == null) {
      tables.forEach(d -> state.missing(d, "section 二 not found"));
      return;
    }
    int from = region[0];
    for (int i = 0; i < tables.size(); i++) {
      TableDecl d = tables.get(i);
      Labels.Found caption = labels.find(d.caption(), from, region[1]);
      if (caption == null) {
        state.problems.add(new ReadingProblem(Kind.TABLE_NOT_FOUND,
            "sub-table " + d.caption() + " not found", src.origin(from)));
        state.missing(d, "sub-table " + d.caption() + " not found");
        continue;
      }
      int end = region[1];
      for (int j = i + 1; j < tables.size(); j++) {
        Labels.Found next = labels.find(tables.get(j).caption(), caption.end(), region[1]);
        if (next != null) {
          end = next.start();
          break;
        }
      }
      rows(d, d.rows(), caption.end(), end);
      from = caption.end();
    }
  }

  // ---- Section 三 ----------------------------------------------------------------------------

  private void applications(Map<Section, Labels.Found> headings) {
    int[] region = labels.region(headings, Section.THREE);
    TableDecl d = t.applications();
    if (region == null) {
      state.missing(d, "section 三 not found");
      return;
    }
    List<RowDecl> rows = new ArrayList<>();
    Set<String> skip = new HashSet<>();
    for (RowDecl r : d.printableRows()) {
      if (skip.contains(r.key())) {
        continue;
      }
      Optional<AlternativeRow> alt = d.alternative(r.key());
      if (alt.isPresent()) {
        // Printed instead of the edition's rows only when none of those is printed.
        boolean own =
            alt.get().replaces().stream()
                .anyMatch(k -> labels.find(d.row(k).label(), region[0], region[1]) != null);
        if (own) {
          continue;
        }
        skip.addAll(alt.get().replaces());
      }
      rows.add(r);
    }
    rows(d, rows, region[0], region[1]);
  }

  /** Reads rows found in order between {@code from} and {@code to}. */
  private void rows(TableDecl d, List<RowDecl> rows, int from, int to) {
    List<Labels.Found> found = findRows(d, rows, from, to);
    Map<String, Map<String, CellRef>> grid = t.printableGrid(d);
    List<Integer> waiting = new ArrayList<>(); // rows whose label stood alone, numbers elsewhere
    for (int i = 0; i < rows.size(); i++) {
      Labels.Found f = found.get(i);
      if (f == null) {
        continue;
      }
      int end = rowEnd(found, i, to);
      List<CellRef> rowCells = List.copyOf(grid.get(rows.get(i).key()).values());
      String what = d.caption() + " " + rows.get(i).label();
      if (!src.cells || src.pieces.get(src.piece(Math.max(0, f.end() - 1))).block() < 0) {
        String between = textBetween(f.end(), end);
        if (!byColumns(d, rows, found, grid, waiting, i, between, rowCells.size())) {
          values(rowCells, between, f.end(), what);
        }
      } else {
        values(rowCells, f.end(), end, what);
      }
    }
  }

  /** The rows' labels, found in order between {@code from} and {@code to} (null for a row not found). */
  private List<Labels.Found> findRows(TableDecl d, List<RowDecl> rows, int from, int to) {
    List<Labels.Found> found = new ArrayList<>();
    int at = from;
    for (RowDecl r : rows) {
      Labels.Found f = labels.find(r.label(), at, to);
      found.add(f);
      if (f == null) {
        state.problems.add(new ReadingProblem(Kind.ROW_NOT_FOUND,
            d.caption() + ": row " + r.label() + " not found", src.origin(Math.min(at, Math.max(0, src.length() - 1)))));
        t.printableGrid(d).get(r.key()).values().forEach(c -> state.notRead.put(c, "row " + r.label() + " not found"));
      } else {
        at = f.end();
      }
    }
    return found;
  }

  /** Where row {@code i}'s text ends: at the next row found, else at {@code to}. */
  private static int rowEnd(List<Labels.Found> found, int i, int to) {
    for (int j = i + 1; j < found.size(); j++) {
      if (found.get(j) != null) {
        return found.get(j).start();
      }
    }
    return to;
  }

  /**
   * Text extracted column by column prints the labels first and the numbers after them: the
   * numbers after the last of several bare labels belong to all of them, in order. True when row
   * {@code i} is read that way here (or waits for the numbers of a row after it); false when its
   * own text {@code between} is to be read as its cells, the rows waiting before it read first.
   */
  private boolean byColumns(TableDecl d, List<RowDecl> rows, List<Labels.Found> found,
      Map<String, Map<String, CellRef>> grid, List<Integer> waiting, int i, String between, int columns) {
    List<String> numbers = Tokens.numbers(between);
    if (numbers.isEmpty() && i + 1 < rows.size()) {
      waiting.add(i);
      return true;
    }
    if (!waiting.isEmpty() && numbers.size() == (waiting.size() + 1) * columns) {
      waiting.add(i);
      int k = 0;
      for (int w : waiting) {
        List<CellRef> cellsOfRow = List.copyOf(grid.get(rows.get(w).key()).values());
        assignTokens(
            cellsOfRow,
            numbers.subList(k, k + cellsOfRow.size()),
            src.origin(found.get(w).start()),
            d.caption() + " " + rows.get(w).label());
        k += cellsOfRow.size();
      }
      waiting.clear();
      return true;
    }
    for (int w : waiting) {
      List<CellRef> cellsOfRow = List.copyOf(grid.get(rows.get(w).key()).values());
      int wEnd = found.get(w).end();
      values(cellsOfRow, wEnd, wEnd, d.caption() + " " + rows.get(w).label());
    }
    waiting.clear();
    return false;
  }

  /** The text between two normalised positions, as the row's numbers are read from it. */
  private String textBetween(int from, int to) {
    String raw = Tokens.replaceFootnoteMarks(src.raw(from, to), " ");
    return Tokens.untilSectionHeading(Tokens.untilNarrative(Source.nfkc(raw)));
  }


  // ---- Section 四 ----------------------------------------------------------------------------

  private void review(Map<Section, Labels.Found> headings) {
    int[] region = labels.region(headings, Section.FOUR);
    TableDecl d = t.review();
    if (region == null) {
      state.missing(d, "section 四 not found");
      return;
    }
    List<CellRef> all = new ArrayList<>();
    t.grid(d).values().forEach(row -> all.addAll(row.values()));
    if (src.cells && groupRows(d, region)) {
      return;
    }
    if (src.cells) {
      List<Source.Piece> numeric = new ArrayList<>();
      int first = src.piece(Math.min(region[0], src.length() - 1));
      int last = region[1] >= src.length() ? src.pieces.size() - 1 : src.piece(region[1]) - 1;
      Map<Integer, List<Source.Piece>> blocks = new LinkedHashMap<>();
      for (int p = first; p <= last; p++) {
        Source.Piece piece = src.pieces.get(p);
        if (piece.block() >= 0) {
          blocks.computeIfAbsent(piece.block(), k -> new ArrayList<>()).add(piece);
        }
      }
      for (List<Source.Piece> block : blocks.values()) {
        if (block.stream().anyMatch(p -> Tokens.number(p.raw().strip()) != null)) {
          numeric.addAll(block);
        }
      }
      if (!numeric.isEmpty()) {
        assignPieces(all, numeric, d.caption());
        return;
      }
    }
    values(all, region[0], region[1], d.caption());
  }

  /**
   * Section 四 printed one group per table row (as Markdown and aligned text print it): each
   * group's label in a row of cells followed by its cells. False, with nothing read, when the
   * layout is not that one.
   */
  private boolean groupRows(TableDecl d, int[] region) {
    Map<String, Map<String, CellRef>> grid = t.grid(d);
    List<List<Source.Piece>> found = new ArrayList<>();
    List<List<CellRef>> rows = new ArrayList<>();
    int at = region[0];
    for (RowDecl r : d.rows()) {
      Labels.Found f = labels.find(r.label(), at, region[1]);
      List<CellRef> rowCells = List.copyOf(grid.get(r.key()).values());
      if (f == null || src.pieces.get(src.piece(f.end() - 1)).block() < 0) {
        return false;
      }
      List<Source.Piece> after = new ArrayList<>(src.cellsAfter(f.end() - 1, region[1]));
      while (after.size() > rowCells.size() && after.get(0).raw().isBlank()) {
        after.remove(0);
      }
      if (after.size() != rowCells.size()) {
        return false;
      }
      found.add(after);
      rows.add(rowCells);
      at = f.end();
    }
    for (int i = 0; i < rows.size(); i++) {
      assignPieces(rows.get(i), found.get(i), d.caption() + " " + d.rows().get(i).label());
    }
    return true;
  }

  // ---- Values ----------------------------------------------------------------------------------

  /** The cells of one row (or of section 四) from the text between two labels. */
  private void values(List<CellRef> row, int from, int to, String what) {
    if (src.cells && from > 0 && src.pieces.get(src.piece(from - 1)).block() >= 0) {
      assignPieces(row, src.cellsAfter(from - 1, to), what);
      return;
    }
    values(row, textBetween(from, to), from, what);
  }

  /** The cells of one row from its text ({@link #textBetween}), which starts at {@code from}. */
  private void values(List<CellRef> row, String raw, int from, String what) {
    String origin = src.origin(Math.min(from, src.length() - 1));
    List<String> numbers = new ArrayList<>();
    List<String> withBlanks = new ArrayList<>();
    int last = 0;
    for (int at = Tokens.nextNumber(raw, 0); at >= 0; at = Tokens.nextNumber(raw, last)) {
      int end = Tokens.numberEnd(raw, at);
      String number = raw.substring(at, end);
      Tokens.blankMarks(raw, last, at, last == 0, false, withBlanks);
      numbers.add(number);
      withBlanks.add(number);
      last = end;
    }
    Tokens.blankMarks(raw, last, raw.length(), last == 0, true, withBlanks);
    if (numbersInWords(raw)) {
      // 1（其中修订1件）: the 1 inside the words is no cell, whatever the count of numbers says
      if (!withWords(row, raw, origin, what)) {
        state.unreadable(row, raw.strip(), origin, what + ": numbers inside words in brackets after "
            + "its numbers, and not one number per cell without them");
      }
      return;
    }
    String stray = Tokens.strayDigits(raw, numbers);
    if (stray != null) {
      state.unreadable(row, raw.strip(), origin, what + ": " + stray);
      return;
    }
    Optional<List<String>> withoutSubtotal = withoutSubtotal(row, numbers);
    if (numbers.size() == row.size()) {
      assignTokens(row, numbers, origin, what);
    } else if (withoutSubtotal.isPresent()) {
      assignTokens(row, withoutSubtotal.get(), origin, what);
    } else if (withBlanks.size() == row.size()) {
      assignTokens(row, withBlanks, origin, what);
    } else if (numbers.size() < row.size() && !numbers.isEmpty()
        && numbers.stream().allMatch(Tokens::isSignedDigits)
        && row.stream().allMatch(c -> t.kind(c) != CellKind.MONEY)) {
      splitting.split(row, numbers, origin, what);
    } else if (!withWords(row, raw, origin, what)) {
      state.unreadable(row, raw.strip(), origin, what + ": " + numbers.size() + " numbers for "
          + row.size() + " cells");
    }
  }

  /** Words in brackets, at least one Chinese character among them, no bracket inside. */
  private static final Pattern WORDS = Pattern.compile("[（(]([^（()）]*\\p{IsHan}[^（()）]*)[）)]");

  /**
   * Whether a number stands inside words in brackets ({@link #WORDS}) that follow a number, white
   * space between at most. Looked for only in a line with a bracket.
   */
  private static boolean numbersInWords(String raw) {
    if (raw.indexOf('(') < 0 && raw.indexOf('（') < 0) {
      return false;
    }
    Matcher m = WORDS.matcher(raw);
    while (m.find()) {
      int k = numberBefore(raw, m.start());
      if (k > 0 && Tokens.isDigit(raw.charAt(k - 1))) {
        int at = Tokens.nextNumber(raw, m.start() + 1);
        if (at >= 0 && at < m.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A row of a line where words in brackets follow some of its numbers ({@code 1（其中修订1件） 0
   * 11}), tried when a number stands inside such words ({@link #numbersInWords}) or when nothing
   * else reads the row: each bracket directly after a number (white space between at most) is that
   * number's note ({@link #noted}), the digits inside it are no cell, and the numbers left, one per
   * cell, are the row. False, and nothing read, when the numbers left are not one per cell or a
   * bracket follows no number.
   */
  private boolean withWords(List<CellRef> row, String raw, String origin, String what) {
    Matcher m = WORDS.matcher(raw);
    StringBuilder plain = new StringBuilder(raw);
    List<int[]> brackets = new ArrayList<>();
    while (m.find()) {
      brackets.add(new int[] {m.start(), m.end()});
      for (int k = m.start(); k < m.end(); k++) {
        plain.setCharAt(k, ' ');
      }
    }
    if (brackets.isEmpty()) {
      return false;
    }
    String rest = plain.toString();
    List<String> printed = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    int last = 0;
    for (int at = Tokens.nextNumber(rest, 0); at >= 0; at = Tokens.nextNumber(rest, last)) {
      last = Tokens.numberEnd(rest, at);
      printed.add(rest.substring(at, last));
      ends.add(last);
    }
    if (printed.size() != row.size()) {
      return false;
    }
    List<String> cells = new ArrayList<>(printed);
    for (int[] b : brackets) {
      int i = ends.indexOf(numberBefore(rest, b[0]));
      if (i < 0) {
        return false; // words that follow no number
      }
      // the number and what follows it up to this bracket's end: two brackets, and it is unreadable
      cells.set(i, printed.get(i) + raw.substring(ends.get(i), b[1]));
    }
    assignTokens(row, cells, origin, what);
    return true;
  }

  /** Where the number that ends right before {@code at} (white space between at most) ends. */
  private static int numberBefore(String text, int at) {
    int k = at;
    while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }


  /**
   * A row printed with one number more than the template's columns, because a local copy of the
   * template adds a subtotal of a column group (法人或其他组织) after the group's columns: the numbers
   * without that subtotal, when it is the sum of the group and the row's own identities then hold.
   */
  private Optional<List<String>> withoutSubtotal(List<CellRef> row, List<String> tokens) {
    if (tokens.size() != row.size() + 1) {
      return Optional.empty();
    }
    List<Long> values = new ArrayList<>();
    for (String tok : tokens) {
      Long v = Tokens.number(tok.replace(",", ""));
      if (v == null) {
        return Optional.empty();
      }
      values.add(v);
    }
    TableDecl table = t.table(row.get(0).table()).orElseThrow();
    Set<List<String>> readings = new HashSet<>();
    for (String group : table.columns().stream().flatMap(c -> c.groups().stream()).distinct().toList()) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < table.columns().size(); i++) {
        if (table.columns().get(i).groups().contains(group)) {
          members.add(i);
        }
      }
      int first = members.get(0);
      int last = members.get(members.size() - 1);
      int at = last + 1; // a subtotal is printed after the group's columns
      long sum = 0;
      for (int i = first; i <= last; i++) {
        sum += values.get(i);
      }
      if (values.get(at) == sum) {
        List<String> kept = new ArrayList<>(tokens);
        kept.remove(at);
        long[] read = new long[row.size()];
        for (int i = 0; i < row.size(); i++) {
          read[i] = Tokens.number(kept.get(i).replace(",", ""));
        }
        if (RowEquations.of(t).row(row).allHold(read)) {
          readings.add(kept);
        }
      }
    }
    return readings.size() == 1 ? Optional.of(readings.iterator().next()) : Optional.empty();
  }






  private void assignTokens(List<CellRef> row, List<String> tokens, String origin, String what) {
    for (int i = 0; i < row.size(); i++) {
      PrintedCell p = noted(row.get(i), tokens.get(i), origin);
      if (p instanceof PrintedCell.Unreadable u) {
        state.problems.add(new ReadingProblem(Kind.CELL_UNREADABLE,
            row.get(i) + ": \"" + u.text() + "\" is not a " + t.kind(row.get(i)), origin));
      }
      state.cells.put(row.get(i), p);
    }
  }

  private void assignPieces(List<CellRef> row, List<Source.Piece> pieces, String what) {
    List<Source.Piece> taken = new ArrayList<>(pieces);
    // Empty label cells after the label (a flattened table's further label columns) come first.
    while (taken.size() > row.size() && taken.get(0).raw().isBlank()) {
      taken.remove(0);
    }
    while (taken.size() > row.size()
        && Tokens.BLANK_MARKS.contains(taken.get(taken.size() - 1).raw().strip())) {
      taken.remove(taken.size() - 1);
    }
    if (taken.size() == row.size() + 1) {
      List<String> texts = taken.stream().map(p -> p.raw().strip()).toList();
      Optional<List<String>> kept = withoutSubtotal(row, texts);
      if (kept.isPresent()) {
        int dropped = 0;
        while (dropped < row.size() && texts.get(dropped).equals(kept.get().get(dropped))) {
          dropped++;
        }
        taken.remove(dropped);
      }
    }
    if (taken.size() != row.size()) {
      String origin = pieces.isEmpty() ? "document" : pieces.get(0).origin();
      state.problems.add(new ReadingProblem(Kind.CELL_UNREADABLE,
          what + ": " + taken.size() + " cells for " + row.size() + " columns", origin));
      for (int i = 0; i < Math.min(row.size(), taken.size()); i++) {
        state.cells.put(row.get(i), PrintedCell.unreadable(taken.get(i).raw().strip()));
      }
      return;
    }
    for (int i = 0; i < row.size(); i++) {
      PrintedCell p = noted(row.get(i), taken.get(i).raw().strip(), taken.get(i).origin());
      if (p instanceof PrintedCell.Unreadable u) {
        state.problems.add(new ReadingProblem(Kind.CELL_UNREADABLE,
            row.get(i) + ": \"" + u.text() + "\" is not a " + t.kind(row.get(i)), taken.get(i).origin()));
      }
      state.cells.put(row.get(i), p);
    }
  }

  /**
   * A number followed by words in brackets ({@link #WORDS}), {@code 22（其中修订16件）}: the
   * number, then the words.
   */
  private static final Pattern WITH_WORDS = Pattern.compile("(.+?)\\s*" + WORDS.pattern());

  /**
   * {@link #cell}; and when that is unreadable, the number of a cell printed with words after it
   * in brackets ({@link #WITH_WORDS}), the words kept as its note ({@link ReadResult#notes()}).
   * Only a cell that reads as a number without the words is read this way: anything else stays
   * unreadable, whole.
   */
  private PrintedCell noted(CellRef c, String text, String origin) {
    PrintedCell p = cell(c, text);
    if (!(p instanceof PrintedCell.Unreadable u)) {
      return p;
    }
    Matcher m = WITH_WORDS.matcher(u.text());
    if (m.matches() && cell(c, m.group(1)) instanceof PrintedCell.Numeric n) {
      state.notes.put(c, new Noted(n, new CellNote(c, u.text(), m.group(2).strip(), origin)));
      return n;
    }
    return p;
  }

  /** A cell read with a note, and the note. */
  record Noted(PrintedCell cell, CellNote note) {}

  /** What one printed token or cell is, for a cell of a given kind. */
  private PrintedCell cell(CellRef c, String text) {
    String s = text.strip();
    if (Tokens.BLANK_MARKS.contains(s)) {
      return PrintedCell.blank(s);
    }
    String marked = Tokens.replaceFootnoteMarks(s, "").strip();
    if (!marked.equals(s) && !marked.isEmpty() && Character.isDigit(marked.charAt(marked.length() - 1))) {
      s = marked; // a footnote mark after the number is not part of it
    }
    for (int k = 1; k < s.length() - 1; k++) {
      if (Character.isWhitespace(s.charAt(k)) && Character.isDigit(s.charAt(k - 1))) {
        int next = k;
        while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
          next++;
        }
        if (next < s.length() && (Character.isDigit(s.charAt(next)) || s.charAt(next) == '.')) {
          // Two numbers in one cell ("3001<br>1", a stray line after a cell): no single number.
          return PrintedCell.unreadable(s);
        }
      }
    }
    // A sign and ASCII digits are their own normal form, with no separator to drop.
    String n = Tokens.isSignedDigits(s) ? s : Source.normalize(withoutThousandsSeparators(s));
    CellKind kind = t.kind(c);
    if (kind == CellKind.MONEY) {
      try {
        Money m = Money.parse(n.startsWith("+") ? n.substring(1) : n);
        Optional<MoneyUnit> header = t.column(c).unit();
        if (m.unit() == MoneyUnit.UNSTATED && header.isPresent()) {
          m = Money.of(m.amount(), header.get());
        }
        return PrintedCell.of(Figure.money(m));
      } catch (IllegalArgumentException e) {
        return PrintedCell.unreadable(s);
      }
    }
    Long v = Tokens.number(n);
    if (v == null || (kind == CellKind.COUNT && n.startsWith("+"))) {
      return PrintedCell.unreadable(s);
    }
    return PrintedCell.of(v);
  }



  /** The text with each "," that separates thousands (a digit before it, three and no more after) dropped. */
  static String withoutThousandsSeparators(String s) {
    int comma = s.indexOf(',');
    if (comma < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c == ',' && k > 0 && Tokens.isDigit(s.charAt(k - 1)) && k + 3 < n
          && Tokens.isDigit(s.charAt(k + 1)) && Tokens.isDigit(s.charAt(k + 2))
          && Tokens.isDigit(s.charAt(k + 3)) && (k + 4 == n || !Tokens.isDigit(s.charAt(k + 4)))) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  // ---- Digit runs ------------------------------------------------------------------------------








}
