package io.github.ogireport.model;

/**
 * Shared instances of the most common cell values: the counts 0 to {@value #COUNTS} - 1 and the
 * empty blank. They are immutable records with value equality, so a report holds the same values
 * whether it shares them or not; sharing only spares an allocation per cell.
 */
final class SmallValues {
  /** How many small counts are shared. */
  static final int COUNTS = 1024;

  private static final Figure.Count[] FIGURES = new Figure.Count[COUNTS];
  private static final PrintedCell.Numeric[] CELLS = new PrintedCell.Numeric[COUNTS];

  static {
    for (int i = 0; i < COUNTS; i++) {
      FIGURES[i] = new Figure.Count(i);
      CELLS[i] = new PrintedCell.Numeric(FIGURES[i]);
    }
  }

  /** The empty blank. */
  static final PrintedCell.Blank BLANK = new PrintedCell.Blank("");

  private SmallValues() {}

  /** The count as a figure, shared when it is small. */
  static Figure.Count figure(long value) {
    return value >= 0 && value < COUNTS ? FIGURES[(int) value] : new Figure.Count(value);
  }

  /** The count as a printed cell, shared when it is small. */
  static PrintedCell.Numeric cell(long value) {
    return value >= 0 && value < COUNTS ? CELLS[(int) value] : new PrintedCell.Numeric(figure(value));
  }
}
