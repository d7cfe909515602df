package io.github.ogireport.documents;

import io.github.ogireport.documents.PdfRulings.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table drawn with ruling lines on one PDF page: the grid of its distinct vertical and
 * horizontal lines, and its cells, a cell spanning the grid positions that no line separates
 * (a merged cell, as {@code rowspan} and {@code colspan}).
 */
final class PdfTable {
  /** Positions closer than this (in points) are one line. */
  static final double SNAP = 2.0;

  /** One cell: its first grid row and column, its spans, and the glyphs inside it. */
  static final class Cell {
    final int row;
    final int column;
    final int rowSpan;
    final int colSpan;
    final List<PdfText.Glyph> glyphs = new ArrayList<>();

    Cell(int row, int column, int rowSpan, int colSpan) {
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.colSpan = colSpan;
    }
  }

  final double[] xs;
  final double[] ys;
  /** The cell covering each grid position. */
  final Cell[][] at;
  final List<Cell> cells = new ArrayList<>();

  private PdfTable(double[] xs, double[] ys, List<Segment> horizontal, List<Segment> vertical) {
    this.xs = xs;
    this.ys = ys;
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double eY = Math.min(SNAP, (ys[r + 1] - ys[r]) / 4);
        double eX = Math.min(SNAP, (xs[c + 1] - xs[c]) / 4);
        if (c + 1 < cols && !covered(vertical, xs[c + 1], ys[r] + eY, ys[r + 1] - eY, false)) {
          union(parent, r * cols + c, r * cols + c + 1);
        }
        if (r + 1 < rows && !covered(horizontal, ys[r + 1], xs[c] + eX, xs[c + 1] - eX, true)) {
          union(parent, r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    at = new Cell[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (at[r][c] != null) {
          continue;
        }
        int root = find(parent, r * cols + c);
        int r1 = r;
        int c1 = c;
        while (c1 + 1 < cols && at[r][c1 + 1] == null && find(parent, r * cols + c1 + 1) == root) {
          c1++;
        }
        rows:
        while (r1 + 1 < rows) {
          for (int k = c; k <= c1; k++) {
            if (at[r1 + 1][k] != null || find(parent, (r1 + 1) * cols + k) != root) {
              break rows;
            }
          }
          r1++;
        }
        Cell cell = new Cell(r, c, r1 - r + 1, c1 - c + 1);
        cells.add(cell);
        for (int i = r; i <= r1; i++) {
          for (int k = c; k <= c1; k++) {
            at[i][k] = cell;
          }
        }
      }
    }
  }

  private static boolean covered(List<Segment> lines, double at, double from, double to, boolean horizontal) {
    List<double[]> spans = new ArrayList<>();
    for (Segment s : lines) {
      double pos = horizontal ? s.y1() : s.x1();
      if (Math.abs(pos - at) <= SNAP) {
        spans.add(horizontal ? new double[] {s.x1(), s.x2()} : new double[] {s.y1(), s.y2()});
      }
    }
    spans.sort((a, b) -> Double.compare(a[0], b[0]));
    double reach = from;
    for (double[] span : spans) {
      if (span[0] > reach + SNAP) {
        break;
      }
      reach = Math.max(reach, span[1]);
    }
    return reach >= to;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  double top() {
    return ys[0];
  }

  double bottom() {
    return ys[ys.length - 1];
  }

  /** Whether a point lies inside the table. */
  boolean contains(double x, double y) {
    return x >= xs[0] - SNAP && x <= xs[xs.length - 1] + SNAP && y >= ys[0] - SNAP && y <= ys[ys.length - 1] + SNAP;
  }

  /** Puts a glyph into the cell under its centre; false when it lies outside the grid. */
  boolean add(PdfText.Glyph g) {
    int c = index(xs, g.centerX());
    int r = index(ys, g.centerY());
    if (r < 0 || c < 0) {
      return false;
    }
    at[r][c].glyphs.add(g);
    return true;
  }

  private static int index(double[] lines, double v) {
    if (v < lines[0] - SNAP || v > lines[lines.length - 1] + SNAP) {
      return -1;
    }
    for (int i = 0; i < lines.length - 1; i++) {
      if (v < lines[i + 1]) {
        return i;
      }
    }
    return lines.length - 2;
  }

  /**
   * The tables a page's ruling lines draw: lines that cross or touch one another make one table;
   * a table needs at least two vertical and two horizontal lines.
   */
  static List<PdfTable> of(List<Segment> segments) {
    List<Segment> all = new ArrayList<>(segments);
    int n = all.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(all.get(i), all.get(j))) {
          union(parent, i, j);
        }
      }
    }
    List<PdfTable> tables = new ArrayList<>();
    boolean[] done = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (done[i]) {
        continue;
      }
      int root = find(parent, i);
      List<Segment> horizontal = new ArrayList<>();
      List<Segment> vertical = new ArrayList<>();
      for (int j = i; j < n; j++) {
        if (find(parent, j) == root) {
          done[j] = true;
          (all.get(j).horizontal() ? horizontal : vertical).add(all.get(j));
        }
      }
      double[] xs = snap(vertical.stream().mapToDouble(Segment::x1).toArray());
      double[] ys = snap(horizontal.stream().mapToDouble(Segment::y1).toArray());
      if (xs.length >= 2 && ys.length >= 2) {
        tables.add(new PdfTable(xs, ys, horizontal, vertical));
      }
    }
    tables.sort((a, b) -> Double.compare(a.top(), b.top()));
    return tables;
  }

  private static boolean touch(Segment a, Segment b) {
    if (a.horizontal() == b.horizontal()) {
      if (a.horizontal()) {
        return Math.abs(a.y1() - b.y1()) <= SNAP && a.x1() <= b.x2() + SNAP && b.x1() <= a.x2() + SNAP;
      }
      return Math.abs(a.x1() - b.x1()) <= SNAP && a.y1() <= b.y2() + SNAP && b.y1() <= a.y2() + SNAP;
    }
    Segment h = a.horizontal() ? a : b;
    Segment v = a.horizontal() ? b : a;
    return v.x1() >= h.x1() - SNAP && v.x1() <= h.x2() + SNAP && h.y1() >= v.y1() - SNAP && h.y1() <= v.y2() + SNAP;
  }

  /** Sorted positions, those within {@link #SNAP} of the previous one merged into their mean. */
  static double[] snap(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    List<Double> out = new ArrayList<>();
    double sum = 0;
    int count = 0;
    for (int i = 0; i < v.length; i++) {
      if (count > 0 && v[i] - v[i - 1] > SNAP) {
        out.add(sum / count);
        sum = 0;
        count = 0;
      }
      sum += v[i];
      count++;
    }
    if (count > 0) {
      out.add(sum / count);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
