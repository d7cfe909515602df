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
  private static final String TITLE_WORDS = Source.normalize(Edition.E2021.template().title());

  private static final Pattern TITLE =
      Pattern.compile("(?:.*[:：])?(.*?)(\\d{4})年度?" + Pattern.quote(TITLE_WORDS));
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
  /** A line of running text (a note or paragraph after a table), where a row's numbers end. */
  private static final Pattern NARRATIVE_LINE =
      Pattern.compile("(?=.*。)(?:.*?[\\u4e00-\\u9fff]){20,}.*");
  private static final Set<String> BLANK_MARKS =
      Set.of("", "/", "／", "—", "——", "-", "－", "无", "\\", "空");
  private static final int COMBINATION_LIMIT = 100_000;

  private final Source src;
  private final List<ReadingProblem> problems = new ArrayList<>();
  private final Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();
  private final List<Ambiguous> ambiguous = new ArrayList<>();
  private EditionTemplate t;

  /** A row whose digits split in more than one way that its own identities allow. */
  private record Ambiguous(List<CellRef> cells, List<long[]> candidates, String text, String origin) {}

  /** A found label: where it starts and ends in the normalised text. */
  private record Found(int start, int end) {}

  Reading(Source src) {
    this.src = src;
  }

  ReadResult read() {
    String agency = ReportReader.UNKNOWN_AGENCY;
    int year = 0;
    Matcher title = title();
    if (title != null) {
      agency =
          title
              .group(1)
              .replaceAll("[《》\"【】\\[\\]]", "")
              .replaceAll("^[^\\p{IsHan}\\p{L}\\p{N}]+", "");
      year = Integer.parseInt(title.group(2));
    }
    if (title == null || agency.isBlank()) {
      agency = agency.isBlank() ? ReportReader.UNKNOWN_AGENCY : agency;
      problems.add(new ReadingProblem(Kind.TITLE_NOT_FOUND,
          "no title of the form <agency><year>年" + TITLE_WORDS, "document"));
    }
    t = edition(year).template();
    if (year < 2019 || year > 9999) {
      year = t.edition() == Edition.E2019 ? 2019 : 2021;
    }
    Map<Section, Found> headings = headings();
    if (headings.isEmpty()) {
      problems.add(new ReadingProblem(Kind.NOT_A_REPORT, "no section heading found", "document"));
    }
    disclosures(headings);
    applications(headings);
    review(headings);
    resolveAmbiguous();
    String six = text(headings, Section.SIX, null);
    Closing closing = closing(six);
    Narratives narratives =
        Narratives.builder()
            .preamble(text(headings, null, Section.ONE))
            .overview(text(headings, Section.ONE, Section.TWO))
            .problems(text(headings, Section.FIVE, Section.SIX))
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
            .agency(agency)
            .year(year)
            .narratives(narratives)
            .publicationDate(closing.date())
            .cells(ordered)
            .build();
    return new ReadResult(report, problems);
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

  private Matcher title() {
    int n = Math.min(src.pieces.size(), 60);
    for (int i = 0; i < n; i++) {
      String one = Source.normalize(src.pieces.get(i).raw());
      Matcher m = TITLE.matcher(one);
      if (m.find() && !m.group(1).isBlank()) {
        return m;
      }
      if (i + 1 < src.pieces.size()) {
        m = TITLE.matcher(one + Source.normalize(src.pieces.get(i + 1).raw()));
        if (m.find() && !m.group(1).isBlank()) {
          return m;
        }
      }
    }
    return null;
  }

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

  private String text(Map<Section, Found> headings, Section from, Section to) {
    int a = from == null ? 0 : headings.containsKey(from) ? headings.get(from).end() : -1;
    int b = to == null ? src.length() : headings.containsKey(to) ? headings.get(to).start() : -1;
    if (from == null && a >= 0) {
      // The preamble starts after the title.
      int title = src.norm.indexOf(TITLE_WORDS);
      a = title >= 0 && title < b ? title + TITLE_WORDS.length() : 0;
    }
    if (a < 0 || b < 0 || a >= b) {
      return "";
    }
    return src.narrative(a, b).strip();
  }

  // ---- Section 二 ----------------------------------------------------------------------------

  private void disclosures(Map<Section, Found> headings) {
    int[] region = region(headings, Section.TWO);
    if (region == null) {
      return;
    }
    List<TableDecl> tables = t.disclosureTables();
    int from = region[0];
    for (int i = 0; i < tables.size(); i++) {
      TableDecl d = tables.get(i);
      Found caption = find(d.caption(), from, region[1]);
      if (caption == null) {
        problems.add(new ReadingProblem(Kind.TABLE_NOT_FOUND,
            "sub-table " + d.caption() + " not found", src.origin(from)));
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
    if (region == null) {
      return;
    }
    TableDecl d = t.applications();
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
    return untilNarrative(Normalizer.normalize(src.raw(from, to), Normalizer.Form.NFKC));
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
    if (region == null) {
      return;
    }
    TableDecl d = t.review();
    List<CellRef> all = new ArrayList<>();
    t.grid(d).values().forEach(row -> all.addAll(row.values()));
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
        if (localEquations(row).stream().allMatch(e -> holds(e, read))) {
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
      if (NARRATIVE_LINE.matcher(lines[i]).matches()) {
        break;
      }
      b.append('\n').append(lines[i]);
    }
    return b.toString();
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

  private void split(List<CellRef> row, List<String> runs, String origin, String what) {
    List<long[]> candidates = Splits.of(runs, row.size());
    String text = String.join(" ", runs);
    if (candidates == null) {
      unreadable(row, text, origin, what + ": \"" + text + "\" splits in too many ways");
      return;
    }
    List<Equation> local = localEquations(row);
    List<long[]> kept = new ArrayList<>();
    candidates:
    for (long[] c : candidates) {
      for (int i = 0; i < row.size(); i++) {
        if (c[i] < 0 && t.kind(row.get(i)) == CellKind.COUNT) {
          continue candidates; // a sign belongs to a signed column
        }
      }
      Map<CellRef, Long> values = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        values.put(row.get(i), c[i]);
      }
      if (local.stream().allMatch(e -> holds(e, values))) {
        kept.add(c);
      }
    }
    if (kept.size() == 1) {
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
      cells.put(row.get(i), PrintedCell.of(values[i]));
    }
  }

  private static boolean holds(Equation e, Map<CellRef, Long> values) {
    long expected = 0;
    long found = 0;
    for (Term x : e.expected()) {
      expected += x.sign() * values.get(x.cell());
    }
    for (Term x : e.found()) {
      found += x.sign() * values.get(x.cell());
    }
    return expected == found;
  }

  /**
   * Chooses among the splits of ambiguous rows with the identities that bind rows together (I1,
   * I2): the one combination that satisfies every such identity, or none.
   */
  private void resolveAmbiguous() {
    if (ambiguous.isEmpty()) {
      return;
    }
    long combinations = 1;
    for (Ambiguous a : ambiguous) {
      combinations *= a.candidates().size();
      if (combinations > COMBINATION_LIMIT) {
        break;
      }
    }
    // Every combination that the binding identities allow; a row is read when all of them agree
    // on its split, and unreadable otherwise.
    List<long[][]> kept = new ArrayList<>();
    if (combinations <= COMBINATION_LIMIT) {
      Set<CellRef> open = new HashSet<>();
      ambiguous.forEach(a -> open.addAll(a.cells()));
      List<Equation> binding = new ArrayList<>();
      for (Equation e : t.equations()) {
        if (e.identity().severity() == Severity.ERROR
            && e.relation() == Equation.Relation.EQUAL
            && e.cells().stream().anyMatch(open::contains)) {
          binding.add(e);
        }
      }
      int[] index = new int[ambiguous.size()];
      for (long n = 0; n < combinations; n++) {
        Map<CellRef, Long> values = new LinkedHashMap<>();
        long[][] choice = new long[ambiguous.size()][];
        for (int i = 0; i < ambiguous.size(); i++) {
          choice[i] = ambiguous.get(i).candidates().get(index[i]);
          for (int k = 0; k < ambiguous.get(i).cells().size(); k++) {
            values.put(ambiguous.get(i).cells().get(k), choice[i][k]);
          }
        }
        if (binding.stream().allMatch(e -> holdsWithKnown(e, values))) {
          kept.add(choice);
        }
        for (int i = 0; i < index.length; i++) {
          if (++index[i] < ambiguous.get(i).candidates().size()) {
            break;
          }
          index[i] = 0;
        }
      }
    }
    for (int i = 0; i < ambiguous.size(); i++) {
      Ambiguous a = ambiguous.get(i);
      Set<List<Long>> choices = new HashSet<>();
      for (long[][] k : kept) {
        choices.add(java.util.Arrays.stream(k[i]).boxed().toList());
      }
      if (choices.size() == 1) {
        put(a.cells(), kept.get(0)[i]);
      } else {
        unreadable(a.cells(), a.text(), a.origin(),
            "\"" + a.text() + "\" splits in " + a.candidates().size()
                + " ways that the identities do not decide between");
      }
    }
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
        sums[s] += x.sign() * v;
      }
    }
    return sums[0] == sums[1];
  }

}
