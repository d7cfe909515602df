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
    /** The agency or the year was not found in the title. */
    TITLE_NOT_FOUND,
    /** The edition could not be told from the labels; it follows the year. */
    EDITION_FROM_YEAR,
    /** The input is not a report at all (empty, or no section found). */
    NOT_A_REPORT
  }

  @Override
  public String toString() {
    return kind + " (" + origin + "): " + message;
  }
}
