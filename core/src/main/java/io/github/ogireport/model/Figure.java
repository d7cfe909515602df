package io.github.ogireport.model;

import java.util.Objects;

/**
 * The number in one table cell: a count ({@link Count}) or an amount of money ({@link Amount}),
 * as the cell's {@link io.github.ogireport.template.CellKind} requires.
 *
 * <pre>{@code
 * Figure a = Figure.count(25);
 * Figure b = Figure.money(Money.yuan("17920154.55"));
 * }</pre>
 */
public sealed interface Figure permits Figure.Count, Figure.Amount {

  /**
   * A count.
   *
   * @param value the count
   * @return the figure
   */
  static Figure count(long value) {
    return SmallValues.figure(value);
  }

  /**
   * An amount of money.
   *
   * @param money the amount
   * @return the figure
   */
  static Figure money(Money money) {
    return new Amount(money);
  }

  /**
   * A count of items or applications (signed only in 本年增/减 cells).
   *
   * @param value the count
   */
  record Count(long value) implements Figure {
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /**
   * An amount of money.
   *
   * @param money the amount with its unit
   */
  record Amount(Money money) implements Figure {
        /**
     * Checks that the amount is not null.
     *
     * @param money the amount with its unit
     */
    public Amount {
      Objects.requireNonNull(money, "money");
    }

    @Override
    public String toString() {
      return money.toString();
    }
  }
}
