package io.github.ogireport.model;

import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import java.util.List;
import java.util.Map;

/**
 * The printed cells of one report held in arrays, in the order of its edition's {@link
 * EditionTemplate#printableCells()} (the position of a cell is {@link EditionTemplate#index}): what
 * each cell holds ({@link #NOT_PRINTED}, {@link #NUMBER}, {@link #BLANK} or {@link #UNREADABLE}),
 * the value of every count, and the printed cell itself. Validation evaluates the identities on
 * these arrays; {@link PrintedReport#cells()} stays the report's content. A cell that is not a
 * cell of the edition has no place here (the report's construction rejects it).
 *
 * <pre>{@code
 * PrintedGrid g = report.printedGrid();
 * int i = report.edition().template().index(cell);
 * if (g.state(i) == PrintedGrid.NUMBER && g.isCount(i)) {
 *   long n = g.count(i);
 * }
 * }</pre>
 */
public final class PrintedGrid {
  /** The report does not print the cell at all. */
  public static final byte NOT_PRINTED = 0;

  /** The cell holds a number (a count or an amount of money). */
  public static final byte NUMBER = 1;

  /** The cell is printed blank (empty, "/", "—", "无"). */
  public static final byte BLANK = 2;

  /** The cell's text is not a number. */
  public static final byte UNREADABLE = 3;

  /** For each edition, which of its printable cells hold money (the others hold counts). */
  private static final Map<Edition, boolean[]> MONEY =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean[] moneyCells(Edition e) {
    return MONEY.computeIfAbsent(
        e,
        edition -> {
          EditionTemplate t = edition.template();
          boolean[] money = new boolean[t.printableCells().size()];
          for (int i = 0; i < money.length; i++) {
            money[i] = t.kind(t.printableCells().get(i)) == CellKind.MONEY;
          }
          return money;
        });
  }

  private final byte[] states;
  private final boolean[] counts;
  private final long[] values;
  private final PrintedCell[] printed;
  private final int placed;
  private final boolean kindsFit;
  private final int numbers;
  private final long countBits;

  private PrintedGrid(
      byte[] states,
      boolean[] counts,
      long[] values,
      PrintedCell[] printed,
      int placed,
      boolean kindsFit,
      int numbers,
      long countBits) {
    this.states = states;
    this.counts = counts;
    this.values = values;
    this.printed = printed;
    this.placed = placed;
    this.kindsFit = kindsFit;
    this.numbers = numbers;
    this.countBits = countBits;
  }

  /**
   * The arrays of a report's cells; cells that are not cells of the template are left out (see
   * {@link #placed()}), and {@link #kindsFit()} says whether every number fits its cell.
   *
   * @param template the report's edition
   * @param cells the printed cells
   * @return the arrays
   */
  static PrintedGrid of(EditionTemplate template, Map<CellRef, PrintedCell> cells) {
    List<CellRef> order = template.printableCells();
    PrintedCell[] printed = new PrintedCell[order.size()];
    int placed = 0;
    int next = 0;
    for (Map.Entry<CellRef, PrintedCell> e : cells.entrySet()) {
      int i = position(template, order, next, e.getKey());
      if (i < 0) {
        continue;
      }
      next = i + 1;
      printed[i] = e.getValue();
      placed++;
    }
    return of(template, printed, placed);
  }

  /**
   * The arrays of cells already held in an array over the template's printable cells.
   *
   * @param template the report's edition
   * @param printed what is printed in each printable cell, null where nothing is; kept, not copied
   * @param placed how many elements are not null
   * @return the arrays
   */
  static PrintedGrid of(EditionTemplate template, PrintedCell[] printed, int placed) {
    int size = printed.length;
    boolean[] money = moneyCells(template.edition());
    boolean kindsFit = true;
    byte[] states = new byte[size];
    boolean[] counts = new boolean[size];
    long[] values = new long[size];
    int numbers = 0;
    long countBits = 0;
    for (int i = 0; i < size; i++) {
      PrintedCell p = printed[i];
      if (p == null) {
        continue;
      }
      if (p instanceof PrintedCell.Numeric n) {
        states[i] = NUMBER;
        numbers++;
        if (n.figure() instanceof Figure.Count c) {
          counts[i] = true;
          values[i] = c.value();
          countBits |= c.value();
        }
        kindsFit &= counts[i] != money[i];
      } else {
        states[i] = p instanceof PrintedCell.Blank ? BLANK : UNREADABLE;
      }
    }
    return new PrintedGrid(states, counts, values, printed, placed, kindsFit, numbers, countBits);
  }

  /** How far ahead of the last cell's position the next cell is looked for by reference. */
  private static final int AHEAD = 16;

  /**
   * The position of a cell. Cells in printed order, as readers make reports, are the template's
   * own references a few places ahead of the last one: found there without hashing; any other is
   * looked up.
   */
  private static int position(EditionTemplate template, List<CellRef> order, int from, CellRef c) {
    int end = Math.min(order.size(), from + AHEAD);
    for (int j = from; j < end; j++) {
      if (order.get(j) == c) {
        return j;
      }
    }
    return template.index(c);
  }

  /**
   * How many cells the arrays hold: the number of the edition's printable cells.
   *
   * @return the length of the arrays
   */
  public int size() {
    return states.length;
  }

  /**
   * How many of the report's cells the arrays hold: when it is the number of the report's cells,
   * the arrays hold every one of them and may be read instead of the report's map.
   *
   * @return the number of the report's cells that are printable cells of its edition
   */
  public int placed() {
    return placed;
  }

  /** The printed cells, the array itself: for {@link ArrayCells} to read, never to write. */
  PrintedCell[] printedCells() {
    return printed;
  }

  /** Whether every number is of its cell's kind: a count in a count cell, money in a money cell. */
  boolean kindsFit() {
    return kindsFit;
  }

  /**
   * How many cells hold a number ({@link #NUMBER}).
   *
   * @return the number of cells that hold a number
   */
  public int numbers() {
    return numbers;
  }

  /**
   * The bitwise or of every count: below 0 when a count is, else at least the largest count and
   * below twice it.
   *
   * @return the or of the counts (0 when there is none)
   */
  public long countBits() {
    return countBits;
  }

  /**
   * What a cell holds.
   *
   * @param index the cell's position
   * @return {@link #NOT_PRINTED}, {@link #NUMBER}, {@link #BLANK} or {@link #UNREADABLE}
   */
  public byte state(int index) {
    return states[index];
  }

  /**
   * Whether a cell holds a count (rather than money, a blank or text).
   *
   * @param index the cell's position
   * @return true for a count
   */
  public boolean isCount(int index) {
    return counts[index];
  }

  /**
   * The count a cell holds.
   *
   * @param index the cell's position, one that {@link #isCount} accepts
   * @return the count (0 for a cell that holds no count)
   */
  public long count(int index) {
    return values[index];
  }

  /**
   * What was printed in a cell.
   *
   * @param index the cell's position
   * @return the printed cell, or null when the report does not print it
   */
  public PrintedCell cell(int index) {
    return printed[index];
  }
}
