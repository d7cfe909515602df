package io.github.ogireport.rollup;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellRef;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A warning that a regional report prints a cell other than the sum of its parts ({@link
 * RollUp#compare}).
 *
 * @param cell the cell
 * @param printed what the regional report printed there
 * @param sum the sum of the parts
 * @param found the regional report's number (0 for a blank)
 * @param expected the parts' sum, in the regional report's unit for money
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record CellDifference(
    CellRef cell,
    PrintedCell printed,
    CellSum sum,
    BigDecimal found,
    BigDecimal expected,
    String messageZh,
    String messageEn) {

  /**
   * Checks that no component is null.
   *
   * @param cell the cell
   * @param printed what the regional report printed there
   * @param sum the sum of the parts
   * @param found the regional report's number
   * @param expected the parts' sum
   * @param messageZh the message in Chinese
   * @param messageEn the message in English
   */
  public CellDifference {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(sum, "sum");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /**
   * One readable line with the cell.
   *
   * @return for example {@code warning: 汇总报告印为 10，各组成部分之和为 12 | the regional report prints 10,
   *     its parts sum to 12 [三 … / 自然人]}
   */
  @Override
  public String toString() {
    return "warning: " + messageZh + " | " + messageEn + " [" + cell + "]";
  }
}
