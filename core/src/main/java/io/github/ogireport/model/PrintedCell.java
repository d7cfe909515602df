package io.github.ogireport.model;

import java.util.Objects;

/**
 * What a publication printed in one table cell: a number ({@link Numeric}), nothing ({@link
 * Blank}: empty, "/", "—" or "无", which is not 0) or text that is not a number ({@link
 * Unreadable}); or, for a report read from a publication, a cell the reader did not find at all
 * ({@link NotRead}: its section, table or row was not found), which says nothing about what was
 * printed and is never a blank.
 *
 * <pre>{@code
 * PrintedCell.of(Figure.count(0));   // printed 0
 * PrintedCell.blank();               // printed nothing
 * PrintedCell.blank("/");            // printed "/"
 * PrintedCell.unreadable("64002047") // printed digits that do not split uniquely
 * PrintedCell.notRead("row 规章 not found") // the reader did not find it
 * }</pre>
 */
public sealed interface PrintedCell
    permits PrintedCell.Numeric, PrintedCell.Blank, PrintedCell.Unreadable, PrintedCell.NotRead {

  /**
   * A printed number.
   *
   * @param figure the number
   * @return the cell
   */
  static PrintedCell of(Figure figure) {
    return new Numeric(figure);
  }

  /**
   * A printed count.
   *
   * @param count the count
   * @return the cell
   */
  static PrintedCell of(long count) {
    return SmallValues.cell(count);
  }

  /**
   * A cell printed empty.
   *
   * @return the cell
   */
  static PrintedCell blank() {
    return SmallValues.BLANK;
  }

  /**
   * A cell printed with a mark that stands for "nothing".
   *
   * @param mark "", "/", "—", "无" or a similar mark, as printed
   * @return the cell
   */
  static PrintedCell blank(String mark) {
    return new Blank(mark);
  }

  /**
   * A cell whose printed text could not be read as a number.
   *
   * @param text the printed text
   * @return the cell
   */
  static PrintedCell unreadable(String text) {
    return new Unreadable(text);
  }

  /**
   * A cell the reader did not find: its section, table or row is missing from what it read.
   *
   * @param why why it was not read, for example {@code section 四 not found}
   * @return the cell
   */
  static PrintedCell notRead(String why) {
    return new NotRead(why);
  }

  /**
   * A printed number.
   *
   * @param figure the number
   */
  record Numeric(Figure figure) implements PrintedCell {
        /**
     * Checks that the figure is not null.
     *
     * @param figure the number
     */
    public Numeric {
      Objects.requireNonNull(figure, "figure");
    }
  }

  /**
   * A blank cell.
   *
   * @param mark what was printed for "nothing": "" for an empty cell, or "/", "—", "无"
   */
  record Blank(String mark) implements PrintedCell {
        /**
     * Checks that the mark is not null.
     *
     * @param mark what was printed for "nothing": "" for an empty cell, or "/", "—", "无"
     */
    public Blank {
      Objects.requireNonNull(mark, "mark");
    }
  }

  /**
   * A cell whose text is not a number.
   *
   * @param text the printed text
   */
  record Unreadable(String text) implements PrintedCell {
        /**
     * Checks that the text is not null.
     *
     * @param text the printed text
     */
    public Unreadable {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A cell the reader did not find; validation treats it like an unreadable cell, never as blank.
   *
   * @param why why it was not read
   */
  record NotRead(String why) implements PrintedCell {
    /**
     * Checks that the reason is not null.
     *
     * @param why why it was not read
     */
    public NotRead {
      Objects.requireNonNull(why, "why");
    }
  }
}
