package io.github.ogireport.model;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Section 四 of a report built in code: administrative reconsideration (行政复议) and litigation
 * (行政诉讼). It stores the four outcomes of each of the three groups; each group's 总计 is derived
 * (I6) and returned by {@link #get(ReviewGroup, ReviewOutcome)}.
 *
 * <pre>{@code
 * ReviewTable r = ReviewTable.of(Edition.E2021, parts);   // 12 cells: 3 groups × 4 outcomes
 * r.get(ReviewGroup.RECONSIDERATION, ReviewOutcome.TOTAL);
 * }</pre>
 */
@Value.Immutable
public abstract class ReviewTable {
  ReviewTable() {}

  /**
   * The edition.
   *
   * @return the edition
   */
  @Value.Parameter
  public abstract Edition edition();

  /**
   * The stored cells: the four outcomes of each group.
   *
   * @return cell to count
   */
  @Value.Parameter
  public abstract Map<CellRef, Long> parts();

  /**
   * A table from its parts.
   *
   * @param edition the edition
   * @param parts the twelve non-derived section 四 cells with their counts
   * @return the table
   * @throws IllegalStateException when a part is missing or a cell is not a section 四 part
   */
  public static ReviewTable of(Edition edition, Map<? extends CellRef, ? extends Long> parts) {
    return ImmutableReviewTable.of(edition, parts);
  }

  /**
   * Every cell, totals included, in printed order.
   *
   * @return cell to count
   */
  @Value.Lazy
  public Map<CellRef, Long> cells() {
    return Cells.withTotals(edition().template(), EditionTemplate.REVIEW, parts());
  }

  /**
   * One cell; 总计 is derived.
   *
   * @param group the group
   * @param outcome the outcome
   * @return the count
   */
  public long get(ReviewGroup group, ReviewOutcome outcome) {
    return cells().get(edition().template().cell(group, outcome));
  }

  @Value.Check
  void check() {
    Cells.check(edition().template(), EditionTemplate.REVIEW, parts(), true, "section 四");
    cells();
  }
}
