package io.github.ogireport.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The 信息处理费 facts that section 六 of a 2021-edition report states under
 * 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号): how many fee notices were issued, how much was
 * charged and how much was collected. Reports state some of these and not others ("全年收取信息处理费
 * 3940 元" states only the amount collected), so each fact is optional.
 *
 * <pre>{@code
 * ProcessingFees all = ProcessingFees.of(2, Money.yuan("300"), Money.yuan("100"));
 * ProcessingFees some = ProcessingFees.builder().amountCollected(Money.yuan("3940")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ProcessingFees {
  ProcessingFees() {}

  /**
   * A builder; every fact is optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of fee notices (收费通知) issued.
   *
   * @return a count, never negative, when stated
   */
  public abstract Optional<Long> noticesIssued();

  /**
   * The amount charged.
   *
   * @return the amount with its unit, when stated
   */
  public abstract Optional<Money> amountCharged();

  /**
   * The amount collected.
   *
   * @return the amount with its unit, when stated
   */
  public abstract Optional<Money> amountCollected();

  /**
   * All three facts.
   *
   * @param noticesIssued fee notices issued, ≥ 0
   * @param amountCharged amount charged
   * @param amountCollected amount collected
   * @return the facts
   * @throws IllegalStateException when the number of notices is negative
   */
  public static ProcessingFees of(long noticesIssued, Money amountCharged, Money amountCollected) {
    return builder()
        .noticesIssued(noticesIssued)
        .amountCharged(amountCharged)
        .amountCollected(amountCollected)
        .build();
  }

  @Value.Check
  void check() {
    noticesIssued()
        .filter(n -> n < 0)
        .ifPresent(
            n -> {
              throw new IllegalStateException(
                  "信息处理费 notices issued must not be negative: " + n);
            });
  }

  /** Builds {@link ProcessingFees}; every fact is optional. */
  public static final class Builder extends ImmutableProcessingFees.Builder {
    Builder() {}
  }
}
