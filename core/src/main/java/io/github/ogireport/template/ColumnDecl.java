package io.github.ogireport.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a declared table.
 *
 * @param key the stable key, the name of one of the key enums ({@link Applicant}, {@link
 *     DisclosureColumn}, {@link ReviewOutcome})
 * @param label the official label, verbatim
 * @param kind what the column's cells hold
 * @param unit for money columns whose header states a unit (本年收费金额（单位：万元）), that unit
 * @param groups the labels of the column groups this column is printed under, outermost first (for
 *     example {@code ["法人或其他组织"]})
 * @param derived whether every cell of this column is a total derived from other columns
 */
public record ColumnDecl(
    String key,
    String label,
    CellKind kind,
    Optional<MoneyUnit> unit,
    List<String> groups,
    boolean derived) {
  /**
   * Checks that no component is null and copies the group list.
   *
   * @param key the stable key, the name of one of the key enums ({@link Applicant}, {@link DisclosureColumn}, {@link ReviewOutcome})
   * @param label the official label, verbatim
   * @param kind what the column's cells hold
   * @param unit for money columns whose header states a unit (本年收费金额（单位：万元）), that unit
   * @param groups the labels of the column groups this column is printed under, outermost first (for example {@code ["法人或其他组织"]})
   * @param derived whether every cell of this column is a total derived from other columns
   */
  public ColumnDecl {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    groups = List.copyOf(groups);
  }
}
