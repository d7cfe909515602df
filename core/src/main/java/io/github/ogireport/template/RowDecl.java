package io.github.ogireport.template;

import java.util.List;
import java.util.Objects;

/**
 * One row of a declared table.
 *
 * @param key the stable key, the name of one of the key enums ({@link ApplicationRow}, {@link
 *     DisclosureRow}, {@link ReviewGroup})
 * @param label the official label, verbatim
 * @param groups the labels of the row groups this row is printed under, outermost first (for
 *     example {@code ["三、本年度办理结果", "（三）不予公开"]}); empty for a top-level row
 * @param derived whether every cell of this row is a total derived from other rows
 */
public record RowDecl(String key, String label, List<String> groups, boolean derived) {
  /**
   * Checks that no component is null and copies the group list.
   *
   * @param key the stable key, the name of one of the key enums ({@link ApplicationRow}, {@link DisclosureRow}, {@link ReviewGroup})
   * @param label the official label, verbatim
   * @param groups the labels of the row groups this row is printed under, outermost first (for example {@code ["三、本年度办理结果", "（三）不予公开"]}); empty for a top-level row
   * @param derived whether every cell of this row is a total derived from other rows
   */
  public RowDecl {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    groups = List.copyOf(groups);
  }
}
