package io.github.ogireport.dsl;

import io.github.ogireport.template.ReviewOutcome;

/**
 * The four outcome counts of one section 四 group (结果维持, 结果纠正, 其他结果, 尚未审结); 总计 is derived.
 *
 * <pre>{@code
 * OutcomeCounts c = OutcomeCounts.of(72, 64, 178, 37);
 * }</pre>
 *
 * @param upheld {@link ReviewOutcome#UPHELD}
 * @param corrected {@link ReviewOutcome#CORRECTED}
 * @param other {@link ReviewOutcome#OTHER}
 * @param pending {@link ReviewOutcome#PENDING}
 */
public record OutcomeCounts(long upheld, long corrected, long other, long pending) {

  /**
   * The four counts, in printed order.
   *
   * @param upheld 结果维持
   * @param corrected 结果纠正
   * @param other 其他结果
   * @param pending 尚未审结
   * @return the counts
   */
  public static OutcomeCounts of(long upheld, long corrected, long other, long pending) {
    return new OutcomeCounts(upheld, corrected, other, pending);
  }

  /**
   * Four zeros.
   *
   * @return the counts
   */
  public static OutcomeCounts zeros() {
    return of(0, 0, 0, 0);
  }

  /**
   * One count.
   *
   * <pre>{@code
   * counts.get(ReviewOutcome.UPHELD);
   * }</pre>
   *
   * @param outcome one of the four outcomes
   * @return its count
   * @throws IllegalArgumentException for {@link ReviewOutcome#TOTAL}
   */
  public long get(ReviewOutcome outcome) {
    return switch (outcome) {
      case UPHELD -> upheld;
      case CORRECTED -> corrected;
      case OTHER -> other;
      case PENDING -> pending;
      case TOTAL -> throw new IllegalArgumentException("总计 (TOTAL) is derived, not entered");
    };
  }
}
