package io.github.ogireport.model;

import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Section 三 of a report built in code: applications received and how they were handled, by
 * applicant type.
 *
 * <p>It stores the parts only: every row's six applicant cells, except the （七）总计 row. The 总计
 * column and the （七）总计 row are derived from the parts by the edition's identities (I3, I2) and are
 * returned by {@link #get(ApplicationRow, Applicant)} like any other cell.
 *
 * <pre>{@code
 * EditionTemplate t = Edition.E2021.template();
 * Map<CellRef, Long> parts = new HashMap<>();
 * for (CellRef c : t.cells()) {
 *   if (c.table().equals(EditionTemplate.APPLICATIONS) && !t.isDerived(c)) parts.put(c, 0L);
 * }
 * parts.put(t.cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON), 3L);
 * ApplicationMatrix m = ApplicationMatrix.of(Edition.E2021, parts);
 * m.get(ApplicationRow.NEW, Applicant.TOTAL); // 3
 * }</pre>
 */
@Value.Immutable
public abstract class ApplicationMatrix {
  ApplicationMatrix() {}

  /**
   * The edition whose rows this matrix has.
   *
   * @return the edition
   */
  @Value.Parameter
  public abstract Edition edition();

  /**
   * The stored cells: every non-derived section 三 cell of the edition.
   *
   * @return cell to count
   */
  @Value.Parameter
  public abstract Map<CellRef, Long> parts();

  /**
   * A matrix from its parts.
   *
   * @param edition the edition
   * @param parts every non-derived section 三 cell of the edition, with its count
   * @return the matrix
   * @throws IllegalStateException when a part is missing, a cell is not a section 三 part of the
   *     edition, or a derived total would exceed {@code long}
   */
  public static ApplicationMatrix of(Edition edition, Map<? extends CellRef, ? extends Long> parts) {
    return ImmutableApplicationMatrix.of(edition, parts);
  }

  /**
   * Every cell, totals included, in printed order.
   *
   * @return cell to count
   */
  @Value.Lazy
  public Map<CellRef, Long> cells() {
    return Cells.withTotals(edition().template(), EditionTemplate.APPLICATIONS, parts());
  }

  /**
   * One cell; totals are derived.
   *
   * @param row the row
   * @param applicant the column
   * @return the count
   * @throws IllegalArgumentException when the edition has no such row
   */
  public long get(ApplicationRow row, Applicant applicant) {
    return cells().get(edition().template().cell(row, applicant));
  }

  @Value.Check
  void check() {
    Cells.check(
        edition().template(), EditionTemplate.APPLICATIONS, parts(), true, "section 三");
    cells();
  }
}
