package io.github.ogireport.template;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A number that section 一 customarily quotes from the tables (identity I10): the phrase that
 * introduces it and the cells whose sum it must equal.
 *
 * @param topic what the number counts, for people (for example {@code 收到申请})
 * @param phrase a pattern whose first non-null group is the quoted number
 * @param cells the cells whose sum the quoted number must equal
 */
public record QuotedFigure(String topic, Pattern phrase, List<CellRef> cells) {
  /**
   * Checks that no component is null and copies the cells.
   *
   * @param topic what the number counts, for people (for example {@code 收到申请})
   * @param phrase a pattern whose first non-null group is the quoted number
   * @param cells the cells whose sum the quoted number must equal
   */
  public QuotedFigure {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(phrase, "phrase");
    cells = List.copyOf(cells);
  }
}
