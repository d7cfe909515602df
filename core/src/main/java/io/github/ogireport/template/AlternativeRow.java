package io.github.ogireport.template;

import java.util.List;
import java.util.Objects;

/**
 * A row that published reports print in place of some rows of the edition: a 2021-edition report
 * that still prints the 2019 edition's single （六）其他处理 row instead of its three sub-rows. A
 * printed report may hold it; a report built in code never does. Validation reads it where the
 * rows it replaces would be, and warns ({@code LEGACY_ROW}) that it was printed.
 *
 * @param row the row as printed
 * @param replaces the keys of the rows it stands for
 */
public record AlternativeRow(RowDecl row, List<String> replaces) {
  /**
   * Checks the components and copies the list.
   *
   * @param row the row as printed
   * @param replaces the keys of the rows it stands for
   */
  public AlternativeRow {
    Objects.requireNonNull(row, "row");
    replaces = List.copyOf(replaces);
    if (replaces.isEmpty()) {
      throw new IllegalArgumentException("an alternative row replaces at least one row");
    }
  }
}
