package io.github.ogireport.read;

import java.util.Objects;

/**
 * Something the reader could not read, with where it came from.
 *
 * @param kind what went wrong
 * @param message a one-line description, naming the label or cell concerned
 * @param origin where in the input: {@code line 57}, {@code table 3, row 4} or {@code document}
 */
public record ReadingProblem(Kind kind, String message, String origin) {

  /**
   * Checks that no component is null.
   *
   * @param kind what went wrong
   * @param message a one-line description
   * @param origin where in the input
   */
  public ReadingProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(origin, "origin");
  }

  /** The kinds of reading problem. */
  public enum Kind {
    /** A section heading was not found. */
    SECTION_NOT_FOUND,
    /** A section 二 sub-table's caption was not found. */
    TABLE_NOT_FOUND,
    /** A row label was not found. */
    ROW_NOT_FOUND,
    /** A row's or table's cells could not be read as numbers; they are unreadable. */
    CELL_UNREADABLE,
    /** The agency or the year was not found (title, statistics period, signature). */
    TITLE_NOT_FOUND,
    /** The edition could not be told from the labels; it follows the year. */
    EDITION_FROM_YEAR,
    /** The input is not a report at all (empty, or no section found). */
    NOT_A_REPORT,
    /** The input holds a second report after the first; only the first is read. */
    MORE_THAN_ONE_REPORT,
    /** A line beyond the length limit was cut (a document beyond its limit is {@link #NOT_A_REPORT}). */
    TOO_LARGE
  }

  @Override
  public String toString() {
    return kind + " (" + origin + "): " + message;
  }
}
