package io.github.ogireport.model;

import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.Edition;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One section 二 sub-table (第二十条第（一）项 and so on) of a report built in code.
 *
 * <p>A cell that the report leaves empty (the seed report prints 本年新公开数量 blank) is simply not
 * in {@link #cells()}; validation reports it as incomplete (a warning), never as 0.
 *
 * <pre>{@code
 * EditionTemplate t = Edition.E2021.template();
 * DisclosureTable item5 = DisclosureTable.of(Edition.E2021, Article20Item.ITEM_5, Map.of(
 *     t.cell(Article20Item.ITEM_5, DisclosureRow.LICENSING, DisclosureColumn.DECISIONS),
 *     Figure.count(447228)));
 * }</pre>
 */
@Value.Immutable
public abstract class DisclosureTable {
  DisclosureTable() {}

  /**
   * The edition.
   *
   * @return the edition
   */
  @Value.Parameter
  public abstract Edition edition();

  /**
   * Which sub-table this is.
   *
   * @return the item of 第二十条
   */
  @Value.Parameter
  public abstract Article20Item item();

  /**
   * The cells the report fills, each with a count or an amount as its column requires.
   *
   * @return cell to figure
   */
  @Value.Parameter
  public abstract Map<CellRef, Figure> cells();

  /**
   * A sub-table.
   *
   * @param edition the edition
   * @param item the sub-table
   * @param cells the filled cells
   * @return the sub-table
   * @throws IllegalStateException when the edition has no such sub-table or a cell does not belong
   *     to it or does not fit its column's kind
   */
  public static DisclosureTable of(
      Edition edition, Article20Item item, Map<? extends CellRef, ? extends Figure> cells) {
    return ImmutableDisclosureTable.of(edition, item, cells);
  }

  /**
   * One cell.
   *
   * @param row the row
   * @param column the column
   * @return the figure, or empty when the report leaves the cell blank
   * @throws IllegalArgumentException when the edition has no such cell
   */
  public Optional<Figure> figure(DisclosureRow row, DisclosureColumn column) {
    return Optional.ofNullable(cells().get(edition().template().cell(item(), row, column)));
  }

  @Value.Check
  void check() {
    if (edition().template().table(item().name()).isEmpty()) {
      throw new IllegalStateException(
          "the " + edition().id() + " edition has no sub-table " + item() + " in section 二");
    }
    Cells.check(edition().template(), item().name(), cells(), false, "section 二 " + item());
  }
}
