package io.github.ogireport.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables a PDF prints without ruling lines: consecutive lines that end in numbers. Their columns
 * are the x-ranges of the numbers of all those lines and of the column labels on the line just
 * above them; each number goes to the column its centre lies in, and a column a line has no number
 * in is a blank cell of that line. A line whose numbers do not fall one to a column is printed as
 * unreadable cells rather than guessed. Label lines between the rows (labels wrapped, vertical
 * group labels) join the label of the nearest row.
 */
final class PdfUnruled {
  /** A run of characters with no wide gap inside: a word or a number, and its x-range. */
  record Token(String text, double left, double right) {
    double center() {
      return (left + right) / 2;
    }
  }

  /** A paragraph line, or a table made of several lines: its top and its text or markup. */
  record Piece(double top, String text, String table) {}

  static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,，]*(?:\\.\\d+)?(?:万?元)?");
  static final Pattern BLANK_MARK = Pattern.compile("[/／—\\-－\\\\]|——|无|空");
  /** Label lines allowed between two rows of one table. */
  private static final int MAX_LABEL_LINES = 4;
  /** Rows with numbers that make a table (or one row under a line of column labels). */
  private static final int MIN_ROWS = 2;
  /** Numbers that make a table of a single row (section 四 prints one line of numbers). */
  private static final int MIN_NUMBERS_OF_ONE_ROW = 5;

  private PdfUnruled() {}

  static List<Token> tokens(PdfText.Line line) {
    List<Token> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    double left = 0;
    PdfText.Glyph previous = null;
    for (PdfText.Glyph g : line.glyphs()) {
      if (previous != null && g.x() - previous.right() > 0.6 * Math.max(g.size(), previous.size())) {
        out.add(new Token(text.toString(), left, previous.right()));
        text.setLength(0);
      }
      if (text.length() == 0) {
        left = g.x();
      }
      text.append(g.text());
      previous = g;
    }
    if (previous != null) {
      out.add(new Token(text.toString(), left, previous.right()));
    }
    return out;
  }

  /** Where the numbers of a line start: the first token from which on all are numbers or blank marks; -1 for none. */
  private static int valuesFrom(List<Token> tokens) {
    int from = tokens.size();
    while (from > 0 && (NUMBER.matcher(tokens.get(from - 1).text()).matches()
        || BLANK_MARK.matcher(tokens.get(from - 1).text()).matches())) {
      from--;
    }
    for (int i = from; i < tokens.size(); i++) {
      if (NUMBER.matcher(tokens.get(i).text()).matches()) {
        return from;
      }
    }
    return -1;
  }

  /** The lines of a page outside its drawn tables, as paragraphs and tables. */
  static List<Piece> pieces(List<PdfText.Line> lines) {
    List<List<Token>> tokens = lines.stream().map(PdfUnruled::tokens).toList();
    int[] from = tokens.stream().mapToInt(PdfUnruled::valuesFrom).toArray();
    List<Piece> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (from[i] < 0) {
        out.add(new Piece(lines.get(i).top(), lines.get(i).text().strip(), null));
        i++;
        continue;
      }
      // A block: rows with numbers, at most a few label lines between two of them.
      List<Integer> rows = new ArrayList<>();
      rows.add(i);
      int j = i + 1;
      int gap = 0;
      double valueStart = minLeft(tokens.get(i), from[i]);
      while (j < lines.size() && gap <= MAX_LABEL_LINES) {
        if (from[j] >= 0) {
          rows.add(j);
          valueStart = Math.min(valueStart, minLeft(tokens.get(j), from[j]));
          gap = 0;
        } else if (rightEnd(tokens.get(j)) < valueStart) {
          gap++;
        } else {
          break;
        }
        j++;
      }
      int last = rows.get(rows.size() - 1);
      List<Token> header = new ArrayList<>();
      if (i > 0 && from[i - 1] < 0) {
        for (Token t : tokens.get(i - 1)) {
          if (t.left() >= valueStart - 1) {
            header.add(t);
          }
        }
      }
      int numbers = tokens.get(i).size() - from[i];
      if (rows.size() < MIN_ROWS && numbers < MIN_NUMBERS_OF_ONE_ROW && header.size() < 2) {
        out.add(new Piece(lines.get(i).top(), lines.get(i).text().strip(), null));
        i++;
        continue;
      }
      out.add(new Piece(lines.get(i).top(), null, table(lines, tokens, from, rows, i, last, header, valueStart)));
      i = last + 1;
    }
    return out;
  }

  private static double minLeft(List<Token> tokens, int from) {
    return tokens.get(from).left();
  }

  private static double rightEnd(List<Token> tokens) {
    return tokens.stream().mapToDouble(Token::right).max().orElse(0);
  }

  private static String table(List<PdfText.Line> lines, List<List<Token>> tokens, int[] from,
      List<Integer> rows, int first, int last, List<Token> header, double valueStart) {
    // Columns: x-ranges of the numbers and the column labels, merged where they overlap.
    List<double[]> columns = new ArrayList<>();
    for (int r : rows) {
      for (Token t : tokens.get(r).subList(from[r], tokens.get(r).size())) {
        columns.add(new double[] {t.left(), t.right()});
      }
    }
    for (Token t : header) {
      columns.add(new double[] {t.left(), t.right()});
    }
    columns.sort((a, b) -> Double.compare(a[0], b[0]));
    List<double[]> merged = new ArrayList<>();
    for (double[] c : columns) {
      if (!merged.isEmpty() && c[0] <= merged.get(merged.size() - 1)[1]) {
        double[] m = merged.get(merged.size() - 1);
        m[1] = Math.max(m[1], c[1]);
      } else {
        merged.add(c.clone());
      }
    }
    // Labels: each row's own label words, and the label lines nearest to it.
    List<StringBuilder> labels = new ArrayList<>();
    for (int r : rows) {
      labels.add(new StringBuilder(join(tokens.get(r).subList(0, from[r]))));
    }
    for (int k = first; k <= last; k++) {
      if (from[k] >= 0) {
        continue;
      }
      int nearest = 0;
      for (int n = 1; n < rows.size(); n++) {
        if (Math.abs(lines.get(rows.get(n)).y() - lines.get(k).y())
            < Math.abs(lines.get(rows.get(nearest)).y() - lines.get(k).y())) {
          nearest = n;
        }
      }
      StringBuilder label = labels.get(nearest);
      String words = join(tokens.get(k));
      if (lines.get(k).y() < lines.get(rows.get(nearest)).y()) {
        label.insert(0, words + "\n");
      } else {
        label.append('\n').append(words);
      }
    }
    StringBuilder b = new StringBuilder("<table>\n");
    for (int n = 0; n < rows.size(); n++) {
      int r = rows.get(n);
      String[] cells = new String[merged.size()];
      java.util.Arrays.fill(cells, "");
      boolean clash = false;
      for (Token t : tokens.get(r).subList(from[r], tokens.get(r).size())) {
        int c = column(merged, t.center());
        if (c < 0 || !cells[c].isEmpty()) {
          clash = true;
          break;
        }
        cells[c] = t.text();
      }
      b.append("<tr>");
      String label = labels.get(n).toString().strip();
      if (!label.isEmpty()) {
        b.append(HtmlPage.cell(1, 1, label));
      }
      String raw = join(tokens.get(r).subList(from[r], tokens.get(r).size()));
      for (String cell : cells) {
        // A line whose numbers do not fall one to a column: every cell unreadable, the numbers kept.
        b.append(HtmlPage.cell(1, 1, clash ? "?" + raw : cell));
      }
      b.append("</tr>\n");
    }
    return b.append("</table>").toString();
  }

  private static int column(List<double[]> columns, double x) {
    for (int c = 0; c < columns.size(); c++) {
      if (x >= columns.get(c)[0] && x <= columns.get(c)[1]) {
        return c;
      }
    }
    return -1;
  }

  private static String join(List<Token> tokens) {
    return String.join(" ", tokens.stream().map(Token::text).toList());
  }
}
