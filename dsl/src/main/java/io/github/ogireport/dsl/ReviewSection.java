package io.github.ogireport.dsl;

import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import java.util.Map;

/**
 * Section 四 of a report being built: the three groups, each with its four outcomes in printed
 * order; each group's 总计 is derived. The same in both editions.
 *
 * <pre>{@code
 * .section4(s -> s
 *     .reconsideration().upheld(72).corrected(64).otherOutcome(178).pending(37)
 *     .directLitigation().upheld(13).corrected(4).otherOutcome(8).pending(1)
 *     .litigationAfterReconsideration().counts(OutcomeCounts.of(12, 1, 1, 6)))
 * }</pre>
 */
public final class ReviewSection {
  private final Entries entries;

  ReviewSection(Entries entries) {
    this.entries = entries;
  }

  /**
   * {@link ReviewGroup#RECONSIDERATION}: administrative reconsideration.
   *
   * <pre>{@code .reconsideration().upheld(72).corrected(64).otherOutcome(178).pending(37)}</pre>
   *
   * @return the group's first step
   */
  public RowSteps.Upheld<ReviewSection> reconsideration() {
    return entries.outcomes(ReviewGroup.RECONSIDERATION, this);
  }

  /**
   * {@link ReviewGroup#DIRECT_LITIGATION}: litigation without reconsideration first.
   *
   * <pre>{@code .directLitigation().zeros()}</pre>
   *
   * @return the group's first step
   */
  public RowSteps.Upheld<ReviewSection> directLitigation() {
    return entries.outcomes(ReviewGroup.DIRECT_LITIGATION, this);
  }

  /**
   * {@link ReviewGroup#LITIGATION_AFTER_RECONSIDERATION}: litigation after reconsideration.
   *
   * <pre>{@code .litigationAfterReconsideration().zeros()}</pre>
   *
   * @return the group's first step
   */
  public RowSteps.Upheld<ReviewSection> litigationAfterReconsideration() {
    return entries.outcomes(ReviewGroup.LITIGATION_AFTER_RECONSIDERATION, this);
  }

  /**
   * One group as a value.
   *
   * <pre>{@code .group(ReviewGroup.RECONSIDERATION, OutcomeCounts.of(72, 64, 178, 37))}</pre>
   *
   * @param group the group
   * @param counts its four outcomes
   * @return this section
   * @throws IllegalStateException when a cell of the group was entered already
   */
  public ReviewSection group(ReviewGroup group, OutcomeCounts counts) {
    entries.group(group, counts);
    return this;
  }

  /**
   * Several groups as values.
   *
   * <pre>{@code .groups(Map.of(ReviewGroup.RECONSIDERATION, OutcomeCounts.of(1, 0, 0, 0)))}</pre>
   *
   * @param groups group to counts
   * @return this section
   */
  public ReviewSection groups(Map<ReviewGroup, OutcomeCounts> groups) {
    groups.forEach(this::group);
    return this;
  }

  /**
   * Enters four zeros in every group that has no entry yet, on purpose.
   *
   * <pre>{@code .remainingGroupsZero()}</pre>
   *
   * @return this section
   */
  public ReviewSection remainingGroupsZero() {
    for (ReviewGroup g : ReviewGroup.values()) {
      boolean any = false;
      for (ReviewOutcome o : ReviewOutcome.values()) {
        any |= entries.entered(entries.template.cell(g, o));
      }
      if (!any) {
        entries.group(g, OutcomeCounts.zeros());
      }
    }
    return this;
  }
}
