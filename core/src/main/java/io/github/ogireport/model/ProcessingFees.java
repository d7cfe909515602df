package io.github.ogireport.model;

import org.immutables.value.Value;

/**
 * The 信息处理费 facts that section 六 of a 2021-edition report states under
 * 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号): how many fee notices were issued, how much was
 * charged and how much was collected.
 *
 * <pre>{@code
 * ProcessingFees fees = ProcessingFees.of(2, Money.yuan("300"), Money.yuan("100"));
 * }</pre>
 */
@Value.Immutable
public abstract class ProcessingFees {
  ProcessingFees() {}

  /**
   * The number of fee notices (收费通知) issued.
   *
   * @return a count, never negative
   */
  @Value.Parameter
  public abstract long noticesIssued();

  /**
   * The amount charged.
   *
   * @return the amount with its unit
   */
  @Value.Parameter
  public abstract Money amountCharged();

  /**
   * The amount collected.
   *
   * @return the amount with its unit
   */
  @Value.Parameter
  public abstract Money amountCollected();

  /**
   * The three facts.
   *
   * @param noticesIssued fee notices issued, ≥ 0
   * @param amountCharged amount charged
   * @param amountCollected amount collected
   * @return the facts
   * @throws IllegalStateException when the number of notices is negative
   */
  public static ProcessingFees of(long noticesIssued, Money amountCharged, Money amountCollected) {
    return ImmutableProcessingFees.of(noticesIssued, amountCharged, amountCollected);
  }

  @Value.Check
  void check() {
    if (noticesIssued() < 0) {
      throw new IllegalStateException(
          "信息处理费 notices issued must not be negative: " + noticesIssued());
    }
  }
}
