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
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.Severity;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.template.Term;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reading of one source: labels found in order, numbers taken between them. */
final class Reading {
  /** The report's name, the same in every edition. */
  private static final String TITLE_WORDS = Header.TITLE_WORDS;
  /** A number as printed: signed, with thousands separators or decimals, and a unit of money. */
  private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
  /**
   * A number as printed: signed, with thousands separators or decimals, and a unit of money. A
   * sign right after a digit starts a new number ("0-1" is 0 and -1, as a flattened page prints
   * 本年增/减).
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "((?<![\\d.,+-])[+-]?" + DIGITS + "|(?<=\\d)[+-]" + DIGITS + ")(" + MoneyUnit.symbolsPattern() + ")?(?![\\d])");
  private static final Set<String> BLANK_MARKS =
      Set.of("", "/", "／", "—", "——", "-", "－", "无", "\\", "空");
  private static final int COMBINATION_LIMIT = 100_000;
  /** The longest run of digits read as (part of) a row's numbers. */
  static final int MAX_DIGITS = 40;
  /** Superscripts and footnote marks, kept apart from the numbers they follow. */
  private static final Pattern FOOTNOTE_MARKS = Pattern.compile("[\u00b9\u00b2\u00b3\u2070-\u209f\u2460-\u24ff\u2776-\u2793※†‡]");

  private final Source src;
  private final List<ReadingProblem> problems = new ArrayList<>();
  private final Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();
  private final List<Ambiguous> ambiguous = new ArrayList<>();
  /** Why a cell was not read: its section, table or row was not found. */
  private final Map<CellRef, String> notRead = new java.util.HashMap<>();
  private EditionTemplate t;

  /** A row whose digits split in more than one way that its own identities allow. */
  private record Ambiguous(List<CellRef> cells, List<long[]> candidates, String text, String origin) {}

  /** A found label: where it starts and ends in the normalised text. */
  private record Found(int start, int end) {}

  Reading(Source src) {
    this.src = src;
  }

  ReadResult read() {
    Header header = Header.of(src, "");
    int year = header.year.orElse(0);
    t = edition(year).template();
    Map<Section, Found> headings = headings();
    if (headings.isEmpty()) {
      // One clear problem, not a list of every section, table and row missing.
      PrintedReport none =
          PrintedReport.builder()
              .edition(t.edition())
              .agency(header.agency.orElse(ReportReader.UNKNOWN_AGENCY))
              .year(year >= 2019 && year <= 9999 ? year : t.edition() == Edition.E2019 ? 2019 : 2021)
              .build();
      return new ReadResult(none, List.of(new ReadingProblem(Kind.NOT_A_REPORT,
          "no section heading of a " + TITLE_WORDS + " found: this is not a report", "document")),
          header.agency, header.year);
    }
    int second = secondReport(headings, header);
    if (second > 0) {
      Reading first = new Reading(src.prefix(second));
      ReadResult r = first.read();
      List<ReadingProblem> all = new ArrayList<>(r.problems());
      all.add(0, new ReadingProblem(Kind.MORE_THAN_ONE_REPORT,
          "a second report starts here; only the first report is read", src.pieces.get(second).origin()));
      return new ReadResult(r.report(), all, r.agency(), r.year());
    }
    disclosures(headings);
    applications(headings);
    review(headings);
    resolveAmbiguous();
    String six = text(headings, Section.SIX, null, -1);
    Closing closing = closing(six);
    Optional<String> agency = header.agency.isPresent() ? header.agency : Header.signature(closing.lines());
    if (agency.isEmpty()) {
      problems.add(new ReadingProblem(Kind.TITLE_NOT_FOUND,
          "the agency was not found: no title of the form <agency><year>年" + TITLE_WORDS
              + " and no signature", "document"));
    }
    if (header.year.isEmpty()) {
      problems.add(new ReadingProblem(Kind.TITLE_NOT_FOUND,
          "the year was not found: not in the title (<agency><year>年" + TITLE_WORDS
              + ") nor in the statistics period", "document"));
    }
    if (year < 2019 || year > 9999) {
      year = t.edition() == Edition.E2019 ? 2019 : 2021; // the model needs one; ReadResult#year() is empty
    }
    Narratives narratives =
        Narratives.builder()
            .preamble(text(headings, null, Section.ONE, header.titleEnd))
            .overview(text(headings, Section.ONE, Section.TWO, -1))
            .problems(text(headings, Section.FIVE, Section.SIX, -1))
            .otherMatters(closing.before())
            .closing(closing.lines())
            .build();
    Map<CellRef, PrintedCell> ordered = new LinkedHashMap<>();
    for (CellRef c : t.printableCells()) {
      if (cells.containsKey(c)) {
        ordered.put(c, cells.get(c));
      }
    }
    PrintedReport report =
        PrintedReport.builder()
            .edition(t.edition())
            .agency(agency.orElse(ReportReader.UNKNOWN_AGENCY))
            .year(year)
            .narratives(narratives)
            .publicationDate(closing.date())
            .cells(ordered)
            .build();
    // A cell of the report's layout that was not read is "not read", never a printed blank.
    Map<CellRef, PrintedCell> complete = new LinkedHashMap<>();
    for (CellRef c : report.layoutCells()) {
      PrintedCell read = ordered.get(c);
      complete.put(c, read != null ? read : PrintedCell.notRead(notRead.getOrDefault(c, "not found")));
    }
    if (!complete.equals(ordered)) {
      report = PrintedReport.builder().from(report).cells(complete).build();
    }
    return new ReadResult(report, problems, agency, header.year);
  }

  /**
   * Where a second report starts, as a piece index, or -1: a second title line, or a second
   * section 一 heading, after the first report's section 二 heading.
   */
  private int secondReport(Map<Section, Found> headings, Header header) {
    Found two = headings.get(Section.TWO);
    if (two == null) {
      return -1;
    }
    int at = -1;
    Found again = find(t.heading(Section.ONE), two.end(), src.length());
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

  /** The edition whose distinctive labels the text has; the year decides a tie. */
  private Edition edition(int year) {
    Map<Edition, Integer> score = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      Set<String> own = labels(e);
      for (Edition other : Edition.values()) {
        if (other != e) {
          own.removeAll(labels(other));
        }
      }
      int s = 0;
      for (String label : own) {
        if (src.norm.contains(Source.normalize(label))) {
          s++;
        }
      }
      score.put(e, s);
    }
    int s19 = score.get(Edition.E2019);
    int s21 = score.get(Edition.E2021);
    if (s19 != s21) {
      return s19 > s21 ? Edition.E2019 : Edition.E2021;
    }
    Edition byYear = year >= 2019 ? Edition.forReportYear(year) : Edition.E2021;
    problems.add(new ReadingProblem(Kind.EDITION_FROM_YEAR,
        year >= 2019
            ? "the labels do not tell the edition; the " + byYear.id() + " edition is in force for " + year
            : "neither the labels nor the year tell the edition; the " + byYear.id() + " edition is assumed",
        "document"));
    return byYear;
  }

  private static Set<String> labels(Edition e) {
    Set<String> out = new HashSet<>();
    for (TableDecl d : e.template().tables()) {
      out.add(d.caption());
      d.rows().forEach(r -> out.add(r.label()));
      d.columns().forEach(c -> out.add(c.label()));
    }
    return out;
  }

  // ---- Finding labels -------------------------------------------------------------------

  private Found find(String label, int from, int to) {
    Found best = null;
    List<String> all = new ArrayList<>();
    all.add(label);
    all.addAll(t.variants(label));
    for (String l : all) {
      String n = Source.normalize(l);
      if (n.isEmpty()) {
        continue;
      }
      int i = src.norm.indexOf(n, from);
      if (i >= 0 && i + n.length() <= to && (best == null || i < best.start())) {
        best = new Found(i, i + n.length());
      }
    }
    return best;
  }

  private Map<Section, Found> headings() {
    Map<Section, Found> out = new EnumMap<>(Section.class);
    int from = 0;
    for (Section s : Section.values()) {
      Found f = find(t.heading(s), from, src.length());
      if (f == null) {
        problems.add(new ReadingProblem(Kind.SECTION_NOT_FOUND,
            "heading " + t.heading(s) + " not found", src.origin(from)));
      } else {
        out.put(s, f);
        from = f.end();
      }
    }
    return out;
  }

  /** The normalised range of a section: after its heading, up to the next heading found. */
  private int[] region(Map<Section, Found> headings, Section s) {
    Found h = headings.get(s);
    if (h == null) {
      return null;
    }
    int end = src.length();
    for (Section next : Section.values()) {
      if (next.ordinal() > s.ordinal() && headings.containsKey(next)) {
        end = headings.get(next).start();
        break;
      }
    }
    return new int[] {h.end(), end};
  }

  private String text(Map<Section, Found> headings, Section from, Section to, int titleEnd) {
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

  /** Records why the cells of a table were not read. */
  private void missing(TableDecl d, String why) {
    t.printableGrid(d).values().forEach(row -> row.values().forEach(c -> notRead.put(c, why)));
  }

  // ---- Section 二 ----------------------------------------------------------------------------

  private void disclosures(Map<Section, Found> headings) {
    int[] region = region(headings, Section.TWO);
    List<TableDecl> tables = t.disclosureTables();
    if (region == null) {
      tables.forEach(d -> missing(d, "section 二 not found"));
      return;
    }
    int from = region[0];
    for (int i = 0; i < tables.size(); i++) {
      TableDecl d = tables.get(i);
      Found caption = find(d.caption(), from, region[1]);
      if (caption == null) {
        problems.add(new ReadingProblem(Kind.TABLE_NOT_FOUND,
            "sub-table " + d.caption() + " not found", src.origin(from)));
        missing(d, "sub-table " + d.caption() + " not found");
        continue;
      }
      int end = region[1];
      for (int j = i + 1; j < tables.size(); j++) {
        Found next = find(tables.get(j).caption(), caption.end(), region[1]);
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

  private void applications(Map<Section, Found> headings) {
    int[] region = region(headings, Section.THREE);
    TableDecl d = t.applications();
    if (region == null) {
      missing(d, "section 三 not found");
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
                .anyMatch(k -> find(d.row(k).label(), region[0], region[1]) != null);
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
    List<Found> found = new ArrayList<>();
    int at = from;
    for (RowDecl r : rows) {
      Found f = find(r.label(), at, to);
      found.add(f);
      if (f == null) {
        problems.add(new ReadingProblem(Kind.ROW_NOT_FOUND,
            d.caption() + ": row " + r.label() + " not found", src.origin(Math.min(at, Math.max(0, src.length() - 1)))));
        t.printableGrid(d).get(r.key()).values().forEach(c -> notRead.put(c, "row " + r.label() + " not found"));
      } else {
        at = f.end();
      }
    }
    Map<String, Map<String, CellRef>> grid = t.printableGrid(d);
    List<Integer> waiting = new ArrayList<>(); // rows whose label stood alone, numbers elsewhere
    for (int i = 0; i < rows.size(); i++) {
      Found f = found.get(i);
      if (f == null) {
        continue;
      }
      int end = to;
      for (int j = i + 1; j < rows.size(); j++) {
        if (found.get(j) != null) {
          end = found.get(j).start();
          break;
        }
      }
      List<CellRef> rowCells = List.copyOf(grid.get(rows.get(i).key()).values());
      String what = d.caption() + " " + rows.get(i).label();
      if (!src.cells || src.pieces.get(src.piece(Math.max(0, f.end() - 1))).block() < 0) {
        // Text extracted column by column prints the labels first and the numbers after them:
        // the numbers after the last of several bare labels belong to all of them, in order.
        List<String> numbers = numbers(textBetween(f.end(), end));
        if (numbers.isEmpty() && i + 1 < rows.size()) {
          waiting.add(i);
          continue;
        }
        if (!waiting.isEmpty() && numbers.size() == (waiting.size() + 1) * rowCells.size()) {
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
          continue;
        }
        for (int w : waiting) {
          List<CellRef> cellsOfRow = List.copyOf(grid.get(rows.get(w).key()).values());
          int wEnd = found.get(w).end();
          values(cellsOfRow, wEnd, wEnd, d.caption() + " " + rows.get(w).label());
        }
        waiting.clear();
      }
      values(rowCells, f.end(), end, what);
    }
  }

  /** The text between two normalised positions, as the row's numbers are read from it. */
  private String textBetween(int from, int to) {
    String raw = FOOTNOTE_MARKS.matcher(src.raw(from, to)).replaceAll(" ");
    return untilSectionHeading(untilNarrative(Normalizer.normalize(raw, Normalizer.Form.NFKC)));
  }

  /** The numbers printed in a text. */
  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  // ---- Section 四 ----------------------------------------------------------------------------

  private void review(Map<Section, Found> headings) {
    int[] region = region(headings, Section.FOUR);
    TableDecl d = t.review();
    if (region == null) {
      missing(d, "section 四 not found");
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
        if (block.stream().anyMatch(p -> number(p.raw().strip()) != null)) {
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
      Found f = find(r.label(), at, region[1]);
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
    String raw = textBetween(from, to);
    String origin = src.origin(Math.min(from, src.length() - 1));
    List<String> numbers = new ArrayList<>();
    List<String> withBlanks = new ArrayList<>();
    Matcher m = NUMBER.matcher(raw);
    int last = 0;
    while (m.find()) {
      withBlanks.addAll(blankMarks(raw.substring(last, m.start()), last == 0, false));
      numbers.add(m.group());
      withBlanks.add(m.group());
      last = m.end();
    }
    withBlanks.addAll(blankMarks(raw.substring(last), last == 0, true));
    String stray = strayDigits(raw, numbers);
    if (stray != null) {
      unreadable(row, raw.strip(), origin, what + ": " + stray);
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
        && numbers.stream().allMatch(n -> n.matches("[+-]?\\d+"))
        && row.stream().allMatch(c -> t.kind(c) != CellKind.MONEY)) {
      split(row, numbers, origin, what);
    } else {
      unreadable(row, raw.strip(), origin, what + ": " + numbers.size() + " numbers for "
          + row.size() + " cells");
    }
  }

  /**
   * Why the numbers of a row cannot be trusted, or null: a number longer than any count, or digits
   * that are part of no number ({@code 9,5}, {@code 1,2345}, a decimal wrapped as {@code .28}).
   */
  private static String strayDigits(String raw, List<String> numbers) {
    int inNumbers = 0;
    for (String n : numbers) {
      int digits = 0;
      for (int k = 0; k < n.length(); k++) {
        if (Character.isDigit(n.charAt(k))) {
          digits++;
        }
      }
      if (digits > MAX_DIGITS) {
        return "a number of " + digits + " digits is longer than any count (at most " + MAX_DIGITS + ")";
      }
      inNumbers += digits;
    }
    int all = 0;
    for (int k = 0; k < raw.length(); k++) {
      if (Character.isDigit(raw.charAt(k))) {
        all++;
      }
    }
    return all == inNumbers ? null : "digits that are part of no number (a separator that does not group thousands, or a wrapped decimal)";
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
      Long v = number(tok.replace(",", ""));
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
        Map<CellRef, Long> read = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
          read.put(row.get(i), number(kept.get(i).replace(",", "")));
        }
        if (localEquations(row).stream().allMatch(e -> holds(e, read::get))) {
          readings.add(kept);
        }
      }
    }
    return readings.size() == 1 ? Optional.of(readings.iterator().next()) : Optional.empty();
  }

  /**
   * The blank marks ("/", "—", "无" …) in the text between two numbers that stand on their own,
   * with white space (or the end of the row) on both sides: a "-" glued to digits is a sign.
   */
  private static List<String> blankMarks(String gap, boolean atStart, boolean atEnd) {
    String[] tokens = gap.split("\\s+", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      boolean bounded = (i > 0 || atStart) && (i < tokens.length - 1 || atEnd);
      if (bounded && !tokens[i].isEmpty() && BLANK_MARKS.contains(tokens[i])) {
        out.add(tokens[i]);
      }
    }
    return out;
  }

  /**
   * The text of a row up to the first line of running text after it (a paragraph or note printed
   * after a table has numbers of its own that are not the row's).
   */
  private static String untilNarrative(String raw) {
    String[] lines = raw.split("\n", -1);
    StringBuilder b = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      if (isNarrativeLine(lines[i])) {
        break;
      }
      b.append('\n').append(lines[i]);
    }
    return b.toString();
  }

  /**
   * The text of a row up to a section heading ({@code 四、…}, {@code 五、…}) printed after its numbers,
   * a heading that runs into the row when the heading itself was not recognised.
   */
  private static String untilSectionHeading(String raw) {
    boolean digits = false;
    for (int k = 0; k + 1 < raw.length(); k++) {
      char c = raw.charAt(k);
      if (Character.isDigit(c)) {
        digits = true;
      } else if (digits && "一二三四五六".indexOf(c) >= 0 && raw.charAt(k + 1) == '、'
          && (k == 0 || !Character.isIdeographic(raw.charAt(k - 1)))) {
        return raw.substring(0, k);
      }
    }
    return raw;
  }

  /** A line of running text: a full stop and at least 20 Chinese characters (one linear scan). */
  static boolean isNarrativeLine(String line) {
    if (line.indexOf('。') < 0) {
      return false;
    }
    int han = 0;
    for (int k = 0; k < line.length() && han < 20; k++) {
      char c = line.charAt(k);
      if (c >= '\u4e00' && c <= '\u9fff') {
        han++;
      }
    }
    return han >= 20;
  }


  private void assignTokens(List<CellRef> row, List<String> tokens, String origin, String what) {
    for (int i = 0; i < row.size(); i++) {
      PrintedCell p = cell(row.get(i), tokens.get(i));
      if (p instanceof PrintedCell.Unreadable u) {
        problems.add(new ReadingProblem(Kind.CELL_UNREADABLE,
            row.get(i) + ": \"" + u.text() + "\" is not a " + t.kind(row.get(i)), origin));
      }
      cells.put(row.get(i), p);
    }
  }

  private void assignPieces(List<CellRef> row, List<Source.Piece> pieces, String what) {
    List<Source.Piece> taken = new ArrayList<>(pieces);
    // Empty label cells after the label (a flattened table's further label columns) come first.
    while (taken.size() > row.size() && taken.get(0).raw().isBlank()) {
      taken.remove(0);
    }
    while (taken.size() > row.size()
        && BLANK_MARKS.contains(taken.get(taken.size() - 1).raw().strip())) {
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
      problems.add(new ReadingProblem(Kind.CELL_UNREADABLE,
          what + ": " + taken.size() + " cells for " + row.size() + " columns", origin));
      for (int i = 0; i < Math.min(row.size(), taken.size()); i++) {
        cells.put(row.get(i), PrintedCell.unreadable(taken.get(i).raw().strip()));
      }
      return;
    }
    for (int i = 0; i < row.size(); i++) {
      PrintedCell p = cell(row.get(i), taken.get(i).raw().strip());
      if (p instanceof PrintedCell.Unreadable u) {
        problems.add(new ReadingProblem(Kind.CELL_UNREADABLE,
            row.get(i) + ": \"" + u.text() + "\" is not a " + t.kind(row.get(i)), taken.get(i).origin()));
      }
      cells.put(row.get(i), p);
    }
  }

  /** What one printed token or cell is, for a cell of a given kind. */
  private PrintedCell cell(CellRef c, String text) {
    String s = text.strip();
    if (BLANK_MARKS.contains(s)) {
      return PrintedCell.blank(s);
    }
    String marked = FOOTNOTE_MARKS.matcher(s).replaceAll("").strip();
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
    String n = Source.normalize(s.replaceAll("(?<=\\d),(?=\\d{3}(?:\\D|$))", ""));
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
    Long v = number(n);
    if (v == null || (kind == CellKind.COUNT && n.startsWith("+"))) {
      return PrintedCell.unreadable(s);
    }
    return PrintedCell.of(v);
  }

  private static Long number(String text) {
    String n = Source.normalize(text);
    if (!n.matches("[+-]?\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(n.startsWith("+") ? n.substring(1) : n);
  }

  private void unreadable(List<CellRef> row, String text, String origin, String why) {
    problems.add(new ReadingProblem(Kind.CELL_UNREADABLE, why, origin));
    for (CellRef c : row) {
      cells.put(c, PrintedCell.unreadable(text.length() > 80 ? text.substring(0, 80) : text));
    }
  }

  // ---- Digit runs ------------------------------------------------------------------------------

  /**
   * Reads a row from runs of digits fewer than its cells: every assignment of the digits to the
   * cells, blank cells counted as possible, that the row's own identities allow; exactly one, and
   * it is taken; none, and the row is unreadable; several, and the identities between rows decide
   * ({@link #resolveAmbiguous()}).
   */
  private void split(List<CellRef> row, List<String> runs, String origin, String what) {
    List<Equation> local = localEquations(row);
    Map<CellRef, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < row.size(); i++) {
      index.put(row.get(i), i);
    }
    // Each equation is checked as soon as its last cell is filled.
    List<List<Equation>> dueAt = new ArrayList<>();
    for (int i = 0; i <= row.size(); i++) {
      dueAt.add(new ArrayList<>());
    }
    for (Equation e : local) {
      int last = e.cells().stream().mapToInt(index::get).max().orElse(0);
      dueAt.get(last + 1).add(e);
    }
    Splits.Check check =
        (acc, filled) -> {
          long v = acc[filled - 1];
          if (v != Splits.BLANK && v < 0 && t.kind(row.get(filled - 1)) == CellKind.COUNT) {
            return false; // a sign belongs to a signed column
          }
          for (Equation e : dueAt.get(filled)) {
            if (!holds(e, cell -> acc[index.get(cell)])) {
              return false;
            }
          }
          return true;
        };
    List<long[]> kept = Splits.of(runs, row.size(), true, check);
    String text = String.join(" ", runs);
    if (kept == null) {
      unreadable(row, text, origin, what + ": \"" + text + "\" splits in too many ways to try");
    } else if (kept.size() == 1) {
      put(row, kept.get(0));
    } else if (kept.isEmpty()) {
      unreadable(row, text, origin, what + ": no split of \"" + text + "\" satisfies the identities");
    } else {
      ambiguous.add(new Ambiguous(row, kept, text, origin));
    }
  }

  /** The error identities that read only cells of this row (I3 for a row, I6 for section 四). */
  private List<Equation> localEquations(List<CellRef> row) {
    Set<CellRef> inRow = new HashSet<>(row);
    return t.equations().stream()
        .filter(e -> e.identity().severity() == Severity.ERROR)
        .filter(e -> e.relation() == Equation.Relation.EQUAL)
        .filter(e -> inRow.containsAll(e.cells()))
        .toList();
  }

  private void put(List<CellRef> row, long[] values) {
    for (int i = 0; i < row.size(); i++) {
      cells.put(row.get(i), values[i] == Splits.BLANK ? PrintedCell.blank() : PrintedCell.of(values[i]));
    }
  }

  /** Whether an equation holds, a blank ({@link Splits#BLANK}) counting as 0. */
  private static boolean holds(Equation e, java.util.function.ToLongFunction<CellRef> values) {
    long expected = 0;
    long found = 0;
    for (Term x : e.expected()) {
      long v = values.applyAsLong(x.cell());
      expected += x.sign() * (v == Splits.BLANK ? 0 : v);
    }
    for (Term x : e.found()) {
      long v = values.applyAsLong(x.cell());
      found += x.sign() * (v == Splits.BLANK ? 0 : v);
    }
    return expected == found;
  }

  /**
   * Chooses among the splits of ambiguous rows with the identities that bind rows together (I1,
   * I2): a backtracking search over the rows, each identity checked as soon as its last open row is
   * chosen. A row is read when every combination the identities allow gives it the same split, and
   * unreadable otherwise, or when the search exceeds its budget.
   */
  private void resolveAmbiguous() {
    if (ambiguous.isEmpty()) {
      return;
    }
    Map<CellRef, Integer> rowOf = new java.util.HashMap<>();
    for (int i = 0; i < ambiguous.size(); i++) {
      for (CellRef c : ambiguous.get(i).cells()) {
        rowOf.put(c, i);
      }
    }
    List<List<Equation>> dueAt = new ArrayList<>();
    ambiguous.forEach(a -> dueAt.add(new ArrayList<>()));
    for (Equation e : t.equations()) {
      if (e.identity().severity() == Severity.ERROR && e.relation() == Equation.Relation.EQUAL) {
        int last = e.cells().stream().filter(rowOf::containsKey).mapToInt(rowOf::get).max().orElse(-1);
        if (last >= 0) {
          dueAt.get(last).add(e);
        }
      }
    }
    List<Set<List<Long>>> choices = new ArrayList<>();
    ambiguous.forEach(a -> choices.add(new HashSet<>()));
    Map<CellRef, Long> values = new java.util.HashMap<>();
    long[] steps = {0};
    boolean done = search(0, values, dueAt, choices, steps);
    for (int i = 0; i < ambiguous.size(); i++) {
      Ambiguous a = ambiguous.get(i);
      // A cell is read when every combination allowed gives it the same value (or blank).
      List<CellRef> undecided = new ArrayList<>();
      for (int k = 0; k < a.cells().size(); k++) {
        Set<Long> seen = new HashSet<>();
        for (List<Long> choice : choices.get(i)) {
          seen.add(choice.get(k));
        }
        if (done && seen.size() == 1) {
          long v = seen.iterator().next();
          cells.put(a.cells().get(k), v == Splits.BLANK ? PrintedCell.blank() : PrintedCell.of(v));
        } else {
          undecided.add(a.cells().get(k));
        }
      }
      if (!undecided.isEmpty()) {
        unreadable(undecided, a.text(), a.origin(),
            "\"" + a.text() + "\" splits in " + a.candidates().size()
                + " ways that the identities do not decide between, for " + undecided.size()
                + " of its " + a.cells().size() + " cells");
      }
    }
  }

  /** Tries every candidate of row {@code i} on; false when the budget is spent. */
  private boolean search(
      int i, Map<CellRef, Long> values, List<List<Equation>> dueAt, List<Set<List<Long>>> choices,
      long[] steps) {
    if (i == ambiguous.size()) {
      for (int k = 0; k < ambiguous.size(); k++) {
        List<Long> choice = new ArrayList<>();
        for (CellRef c : ambiguous.get(k).cells()) {
          choice.add(values.get(c));
        }
        choices.get(k).add(choice);
      }
      return true;
    }
    Ambiguous a = ambiguous.get(i);
    for (long[] candidate : a.candidates()) {
      if (++steps[0] > COMBINATION_LIMIT) {
        return false;
      }
      for (int k = 0; k < a.cells().size(); k++) {
        values.put(a.cells().get(k), candidate[k]);
      }
      if (dueAt.get(i).stream().allMatch(e -> holdsWithKnown(e, values))
          && !search(i + 1, values, dueAt, choices, steps)) {
        return false;
      }
    }
    a.cells().forEach(values::remove);
    return true;
  }

  /** Whether an equation holds, with blank parts as 0; true when a cell it reads is unknown. */
  private boolean holdsWithKnown(Equation e, Map<CellRef, Long> open) {
    long[] sums = new long[2];
    List<List<Term>> sides = List.of(e.expected(), e.found());
    for (int s = 0; s < 2; s++) {
      for (Term x : sides.get(s)) {
        Long v = open.get(x.cell());
        if (v == null) {
          PrintedCell p = cells.get(x.cell());
          if (p instanceof PrintedCell.Numeric n && n.figure() instanceof Figure.Count c) {
            v = c.value();
          } else if (p instanceof PrintedCell.Blank && !t.isDerived(x.cell())) {
            v = 0L;
          } else if (p == null && t.isAlternative(x.cell())) {
            v = 0L;
          } else {
            return true;
          }
        }
        sums[s] += x.sign() * (v == Splits.BLANK ? 0 : v);
      }
    }
    return sums[0] == sums[1];
  }

}
