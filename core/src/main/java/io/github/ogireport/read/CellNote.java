package io.github.ogireport.read;

import io.github.ogireport.template.CellRef;
import java.util.Objects;

/**
 * Words printed in a table cell after its number, in brackets: {@code 22（其中修订16件）} is read
 * as 22, and the words {@code 其中修订16件} are kept here, in {@link ReadResult#notes()}. The
 * report holds the number only; the validator checks it like any number printed alone.
 *
 * @param cell the cell
 * @param printed the cell's text as printed, {@code 22（其中修订16件）}
 * @param words the words in the brackets, {@code 其中修订16件}
 * @param origin where in the input: {@code line 57}, {@code table 3, row 4}
 */
public record CellNote(CellRef cell, String printed, String words, String origin) {

  /**
   * Checks that no component is null.
   *
   * @param cell the cell
   * @param printed the cell's text as printed
   * @param words the words in the brackets
   * @param origin where in the input
   */
  public CellNote {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(origin, "origin");
  }
}
