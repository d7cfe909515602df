package io.github.ogireport.benchmarks;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floors the library is compared with: what a user would write by hand for the same work, with
 * nothing general about it. Each floor is checked against the library in the benchmarks' setup so
 * that it does the same work (finds the same violations, the same numbers, the same output).
 */
final class Floors {
  private Floors() {}

  /** The section 三 rows of the 2021 edition, in printed order (the floor's row index). */
  static final ApplicationRow[] ROWS_2021 = {
    ApplicationRow.NEW,
    ApplicationRow.CARRIED,
    ApplicationRow.GRANTED,
    ApplicationRow.PARTIAL,
    ApplicationRow.DENIED_1,
    ApplicationRow.DENIED_2,
    ApplicationRow.DENIED_3,
    ApplicationRow.DENIED_4,
    ApplicationRow.DENIED_5,
    ApplicationRow.DENIED_6,
    ApplicationRow.DENIED_7,
    ApplicationRow.DENIED_8,
    ApplicationRow.UNABLE_1,
    ApplicationRow.UNABLE_2,
    ApplicationRow.UNABLE_3,
    ApplicationRow.NOT_PROCESSED_1,
    ApplicationRow.NOT_PROCESSED_2,
    ApplicationRow.NOT_PROCESSED_3,
    ApplicationRow.NOT_PROCESSED_4,
    ApplicationRow.NOT_PROCESSED_5,
    ApplicationRow.OTHER_1,
    ApplicationRow.OTHER_2,
    ApplicationRow.OTHER_3,
    ApplicationRow.TOTAL,
    ApplicationRow.CARRY_FORWARD
  };

  static final int COLS = 7;
  static final int TOT = 6;
  static final int NEW = 0;
  static final int CARRIED = 1;
  static final int FIRST_RESULT = 2;
  static final int LAST_RESULT = 22;
  static final int TOTAL_ROW = 23;
  static final int CARRY_FORWARD = 24;
  static final int SECTION4 = ROWS_2021.length * COLS;
  static final int CELLS = SECTION4 + 3 * 5;

  /** Codes of the floor's violations: identity * 10000 + row * 100 + column. */
  static final int I1 = 1;
  static final int I2 = 2;
  static final int I3 = 3;
  static final int I6 = 6;

  /**
   * The floor of validation: identities I1, I2, I3 and I6 of a 2021 report over its section 三 and
   * 四 numbers in one {@code long[]} (section 三 row by row, seven columns; then section 四, three
   * groups of five), with plain loops.
   *
   * @param v the numbers
   * @param out where the codes of the failing identities go
   * @return how many failed
   */
  static int validate(long[] v, int[] out) {
    int n = 0;
    for (int r = 0; r < ROWS_2021.length; r++) { // I3
      int base = r * COLS;
      long sum = 0;
      for (int c = 0; c < TOT; c++) {
        sum += v[base + c];
      }
      if (sum != v[base + TOT]) {
        out[n++] = I3 * 10000 + r * 100 + TOT;
      }
    }
    for (int c = 0; c < COLS; c++) { // I2
      long sum = 0;
      for (int r = FIRST_RESULT; r <= LAST_RESULT; r++) {
        sum += v[r * COLS + c];
      }
      if (sum != v[TOTAL_ROW * COLS + c]) {
        out[n++] = I2 * 10000 + TOTAL_ROW * 100 + c;
      }
    }
    for (int g = 0; g < 3; g++) { // I6
      int base = SECTION4 + g * 5;
      if (v[base] + v[base + 1] + v[base + 2] + v[base + 3] != v[base + 4]) {
        out[n++] = I6 * 10000 + g * 100 + 4;
      }
    }
    for (int c = 0; c < COLS; c++) { // I1
      if (v[NEW * COLS + c] + v[CARRIED * COLS + c]
          != v[TOTAL_ROW * COLS + c] + v[CARRY_FORWARD * COLS + c]) {
        out[n++] = I1 * 10000 + TOTAL_ROW * 100 + c;
      }
    }
    return n;
  }

  /**
   * The numbers of a 2021 report in the floor's layout.
   *
   * @param report a report whose section 三 and 四 cells all hold counts
   * @return the numbers
   */
  static long[] numbers(PrintedReport report) {
    EditionTemplate t = report.edition().template();
    long[] v = new long[CELLS];
    for (int r = 0; r < ROWS_2021.length; r++) {
      for (Applicant a : Applicant.values()) {
        v[r * COLS + a.ordinal()] = count(report, t.cell(ROWS_2021[r], a));
      }
    }
    for (ReviewGroup g : ReviewGroup.values()) {
      for (ReviewOutcome o : ReviewOutcome.values()) {
        v[SECTION4 + g.ordinal() * 5 + o.ordinal()] = count(report, t.cell(g, o));
      }
    }
    return v;
  }

  private static long count(PrintedReport report, CellRef cell) {
    PrintedCell p = report.cell(cell).orElseThrow();
    return ((Figure.Count) ((PrintedCell.Numeric) p).figure()).value();
  }

  /**
   * The floor's codes of the library's violations of I1, I2, I3 and I6.
   *
   * @param violations the library's violations
   * @return their codes, sorted
   */
  static TreeSet<Integer> codes(Iterable<Violation> violations) {
    TreeSet<Integer> out = new TreeSet<>();
    for (Violation v : violations) {
      int id =
          switch (v.identityId()) {
            case "I1" -> I1;
            case "I2" -> I2;
            case "I3" -> I3;
            case "I6" -> I6;
            default -> 0;
          };
      if (id == 0) {
        continue;
      }
      // The printed total an equation compares is the last cell of its found side; for I1 the
      // found side is （七）总计 + 四, whose first cell is （七）总计.
      List<CellRef> cells = v.cells();
      CellRef found = id == I1 ? cells.get(cells.size() - 2) : cells.get(cells.size() - 1);
      out.add(id * 10000 + rowIndex(found) * 100 + columnIndex(found));
    }
    return out;
  }

  private static int rowIndex(CellRef c) {
    if (c.table().equals(EditionTemplate.REVIEW)) {
      return ReviewGroup.valueOf(c.row()).ordinal();
    }
    ApplicationRow row = ApplicationRow.valueOf(c.row());
    for (int r = 0; r < ROWS_2021.length; r++) {
      if (ROWS_2021[r] == row) {
        return r;
      }
    }
    throw new IllegalArgumentException("not a 2021 row: " + c);
  }

  private static int columnIndex(CellRef c) {
    return c.table().equals(EditionTemplate.REVIEW)
        ? ReviewOutcome.valueOf(c.column()).ordinal()
        : Applicant.valueOf(c.column()).ordinal();
  }

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /**
   * The floor of reading text: the lines, and every run of digits in them as a number.
   *
   * @param text a published report's text
   * @param into where the numbers go (cleared first)
   * @return how many numbers
   */
  static int scanText(String text, List<Long> into) {
    into.clear();
    for (String line : text.split("\n")) {
      Matcher m = DIGITS.matcher(line);
      while (m.find()) {
        int length = m.end() - m.start();
        if (length <= 18) {
          into.add(Long.parseLong(line, m.start(), m.end(), 10));
        }
      }
    }
    return into.size();
  }

  /**
   * A page cut into the pieces a hand-written renderer appends: the text between tags, with every
   * run of text that is a number kept as a number to format again.
   *
   * @param page the page
   * @return the pieces: strings and longs
   */
  static Object[] pieces(String page) {
    List<Object> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < page.length(); i++) {
      char ch = page.charAt(i);
      if (ch == '<' || ch == '>') {
        int end = ch == '>' ? i + 1 : i;
        if (end > start) {
          add(out, page.substring(start, end));
        }
        start = end;
      }
    }
    if (start < page.length()) {
      add(out, page.substring(start));
    }
    return out.toArray();
  }

  private static void add(List<Object> out, String piece) {
    if (!piece.isEmpty()
        && piece.length() <= 18
        && piece.chars().allMatch(Character::isDigit)
        && (piece.length() == 1 || piece.charAt(0) != '0')) {
      out.add(Long.parseLong(piece));
    } else {
      out.add(piece);
    }
  }

  /**
   * The floor of rendering: the same page appended piece by piece to one {@link StringBuilder},
   * numbers formatted on the way.
   *
   * @param pieces the pieces of {@link #pieces(String)}
   * @param capacity the page's length
   * @return the page
   */
  static String render(Object[] pieces, int capacity) {
    StringBuilder b = new StringBuilder(capacity);
    for (Object p : pieces) {
      if (p instanceof Long n) {
        b.append(n.longValue());
      } else {
        b.append((String) p);
      }
    }
    return b.toString();
  }
}
