package io.github.ogireport.template;

import org.immutables.value.Value;

/**
 * The address of one cell of an edition's tables: section, table, row and column keys, with the
 * official labels for people. Equality is by keys only; the labels come from the edition
 * declaration that made the reference ({@link EditionTemplate#cells()} and its look-ups), so a
 * {@code CellRef} is never made by hand.
 *
 * <p>For section 四 the row is the group (行政复议, 未经复议直接起诉, 复议后起诉) and the column the outcome.
 */
@Value.Immutable(prehash = true)
public abstract class CellRef {

  CellRef() {}

  /**
   * The section the cell belongs to.
   *
   * @return section 二, 三 or 四
   */
  public abstract Section section();

  /**
   * The stable key of the table.
   *
   * @return for example {@code "ITEM_1"} or {@code "APPLICATIONS"}
   */
  public abstract String table();

  /**
   * The stable key of the row.
   *
   * @return for example {@code "NEW"}
   */
  public abstract String row();

  /**
   * The stable key of the column.
   *
   * @return for example {@code "NATURAL_PERSON"}
   */
  public abstract String column();

  /**
   * The official caption of the table.
   *
   * @return for example {@code 第二十条第（一）项}
   */
  @Value.Auxiliary
  public abstract String tableLabel();

  /**
   * The official label of the row (for section 四, of the group).
   *
   * @return for example {@code 一、本年新收政府信息公开申请数量}
   */
  @Value.Auxiliary
  public abstract String rowLabel();

  /**
   * The official label of the column.
   *
   * @return for example {@code 自然人}
   */
  @Value.Auxiliary
  public abstract String columnLabel();

  /**
   * The JSON pointer of this cell inside a report document, for example {@code
   * /section3/NEW/NATURAL_PERSON} or {@code /section2/ITEM_1/RULES/MADE}.
   *
   * @return the pointer
   */
  public String jsonPointer() {
    String base = "/section" + (section().ordinal() + 1);
    String tablePart = section() == Section.TWO ? "/" + table() : "";
    return base + tablePart + "/" + row() + "/" + column();
  }

  /**
   * The cell for people: section numeral, table caption (section 二 only), row label and column
   * label, for example {@code 三 一、本年新收政府信息公开申请数量 / 自然人}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String where = section() == Section.TWO ? tableLabel() + " " : "";
    return section().numeral() + " " + where + rowLabel() + " / " + columnLabel();
  }

  static CellRef of(TableDecl table, RowDecl row, ColumnDecl column) {
    return ImmutableCellRef.builder()
        .section(table.section())
        .table(table.key())
        .row(row.key())
        .column(column.key())
        .tableLabel(table.caption())
        .rowLabel(row.label())
        .columnLabel(column.label())
        .build();
  }
}
