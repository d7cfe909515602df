package io.github.ogireport.rollup;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.CellRef;
import java.util.Objects;
import java.util.Optional;

/**
 * The sum of one cell over the parts of a roll-up, with how many parts printed a number there.
 *
 * <p>Every part falls in exactly one of four counts: it printed a number ({@link #printed()}), it
 * printed nothing or did not print the cell ({@link #blank()}; such a part adds nothing, and the
 * count says how many there were), the cell was unreadable or not read ({@link #unreadable()}), or
 * the part is of another edition that has no such cell ({@link #unmapped()}). A sum over a part
 * that is unreadable or unmapped is unknown: the roll-up says so rather than give a number that
 * may be wrong. So is a sum of amounts printed with and without a unit in a column whose header
 * states none ({@link #unitsDiffer()}).
 *
 * @param cell the cell, of the roll-up's edition
 * @param sum the exact sum, when it is known and at least one part printed a number
 * @param printed the parts that printed a number
 * @param blank the parts that printed nothing there (blank, "/", or the row not printed)
 * @param unreadable the parts whose cell was unreadable or not read
 * @param unmapped the parts of another edition that has no such cell
 * @param unitsDiffer whether amounts were printed both with and without a unit, so that the sum's
 *     unit is unknown
 */
public record CellSum(
    CellRef cell,
    Optional<Figure> sum,
    long printed,
    long blank,
    long unreadable,
    long unmapped,
    boolean unitsDiffer) {

  /**
   * Checks the components.
   *
   * @param cell the cell
   * @param sum the exact sum
   * @param printed the parts that printed a number
   * @param blank the parts that printed nothing there
   * @param unreadable the parts whose cell was unreadable or not read
   * @param unmapped the parts of another edition that has no such cell
   * @param unitsDiffer whether the sum's unit is unknown
   */
  public CellSum {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(sum, "sum");
    if (sum.isPresent() && !(printed > 0 && unreadable == 0 && unmapped == 0 && !unitsDiffer)) {
      throw new IllegalArgumentException(
          "a sum is known only when a part printed a number and none is unreadable or unmapped");
    }
  }

  /**
   * Whether the sum is known: no part was unreadable or unmapped, and the units agree.
   *
   * @return true when {@link #sum()} is the sum of every part (empty only when every part was
   *     blank)
   */
  public boolean isKnown() {
    return unreadable == 0 && unmapped == 0 && !unitsDiffer;
  }

  /**
   * The cell as a regional report prints it: the sum; a blank when every part was blank; or, when
   * the sum is unknown, unreadable text saying why.
   *
   * @return the printed cell
   */
  public PrintedCell toPrinted() {
    if (sum.isPresent()) {
      return PrintedCell.of(sum.get());
    }
    if (isKnown()) {
      return PrintedCell.blank();
    }
    return PrintedCell.unreadable(
        unitsDiffer
            ? "合计不详：单位不一致"
            : "合计不详：" + (unreadable + unmapped) + "份未读出");
  }

  /**
   * The cell, the sum and the counts, for example {@code 三 一、本年新收政府信息公开申请数量 / 自然人 = 12
   * (3 printed, 1 blank)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String value =
        sum.map(Object::toString).orElse(isKnown() ? "blank" : unitsDiffer ? "unknown unit" : "unknown");
    return cell
        + " = "
        + value
        + " ("
        + printed
        + " printed, "
        + blank
        + " blank"
        + (unreadable > 0 ? ", " + unreadable + " unreadable" : "")
        + (unmapped > 0 ? ", " + unmapped + " unmapped" : "")
        + ")";
  }
}
