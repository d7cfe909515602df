package io.github.ogireport.template;

import java.util.List;
import java.util.Objects;

/**
 * A total cell and the parts it is the sum of, as an identity defines it (I2 for the （七）总计 row, I3
 * for the 总计 column, I6 for section 四). A report built in code never stores such a cell: the model
 * computes it from this declaration. The parts may themselves be derived (the （七）总计 row's 总计
 * cell is the sum of the row's six applicant cells, each a column total).
 *
 * @param total the derived cell
 * @param parts the cells it sums
 * @param identity the identity that defines it
 */
public record Derivation(CellRef total, List<CellRef> parts, Identity identity) {
  /**
   * Checks that no component is null and copies the parts.
   *
   * @param total the derived cell
   * @param parts the cells it sums
   * @param identity the identity that defines it
   */
  public Derivation {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(identity, "identity");
    parts = List.copyOf(parts);
  }
}
