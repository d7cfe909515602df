package io.github.ogireport.template;

import java.util.Objects;

/**
 * One cell in one side of an {@link Equation}, with its sign and the report it is read from.
 *
 * @param cell the cell
 * @param sign {@code +1} or {@code -1}
 * @param year the report the cell is read from: the current one, or (for cross-year identities) the
 *     previous year's
 */
public record Term(CellRef cell, int sign, Year year) {
  /**
   * Checks the components.
   *
   * @param cell the cell
   * @param sign {@code +1} or {@code -1}
   * @param year the report the cell is read from: the current one, or (for cross-year identities) the previous year's
   */
  public Term {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(year, "year");
    if (sign != 1 && sign != -1) {
      throw new IllegalArgumentException("sign must be +1 or -1, not " + sign);
    }
  }

  /** Which report of a pair a term is read from. */
  public enum Year {
    /** The report being checked. */
    CURRENT,
    /** The same agency's report of the year before. */
    PREVIOUS
  }

  static Term plus(CellRef cell) {
    return new Term(cell, 1, Year.CURRENT);
  }
}
