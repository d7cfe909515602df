package io.github.ogireport.dsl;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.ColumnDecl;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.TableDecl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Section 二 of a report being built, what both editions share: entering one cell as a value, or
 * leaving it blank on purpose. The edition's named rows are on {@link Disclosures2019} and {@link
 * Disclosures2021}. Every row must be entered; a cell left blank is reported as incomplete (a
 * warning), never read as 0.
 *
 * <pre>{@code
 * .section2(s -> s
 *     .cell(Article20Item.ITEM_5, DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, Figure.count(550))
 *     .blank(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.ISSUED))
 * }</pre>
 *
 * @param <S> the edition's section type, returned for chaining
 */
public abstract class Disclosures<S extends Disclosures<S>> {
  final Entries entries;

  Disclosures(Entries entries) {
    this.entries = entries;
  }

  @SuppressWarnings("unchecked")
  S self() {
    return (S) this;
  }

  /**
   * One cell as a value, for building from data.
   *
   * <pre>{@code .cell(Article20Item.ITEM_6, DisclosureRow.PENALTIES, DisclosureColumn.DECISIONS, Figure.count(4119))}</pre>
   *
   * @param item the sub-table
   * @param row the row
   * @param column the column
   * @param figure a count, or money for a money column
   * @return this section
   * @throws IllegalArgumentException when the edition has no such cell or the figure does not fit
   *     the column
   * @throws IllegalStateException when the cell was entered already
   */
  public S cell(Article20Item item, DisclosureRow row, DisclosureColumn column, Figure figure) {
    CellRef cell = entries.template.cell(item, row, column);
    boolean money = entries.template.kind(cell) == io.github.ogireport.template.CellKind.MONEY;
    if (money != (figure instanceof Figure.Amount)) {
      throw new IllegalArgumentException(
          cell + " holds " + entries.template.kind(cell) + ", not " + figure);
    }
    entries.put(cell, PrintedCell.of(figure));
    return self();
  }

  /**
   * Leaves one cell blank on purpose (the report prints nothing there).
   *
   * <pre>{@code .blank(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.PUBLISHED)}</pre>
   *
   * @param item the sub-table
   * @param row the row
   * @param column the column
   * @return this section
   * @throws IllegalArgumentException when the edition has no such cell
   * @throws IllegalStateException when the cell was entered already
   */
  public S blank(Article20Item item, DisclosureRow row, DisclosureColumn column) {
    entries.put(entries.template.cell(item, row, column), PrintedCell.blank());
    return self();
  }

  /** Enters the counts of one row, column by column in the order given. */
  S counts(Article20Item item, DisclosureRow row, long... counts) {
    TableDecl table = entries.template.table(item.name()).orElseThrow();
    if (counts.length != table.columns().size()) {
      throw new IllegalStateException(item + " has " + table.columns().size() + " columns");
    }
    for (int i = 0; i < counts.length; i++) {
      ColumnDecl c = table.columns().get(i);
      cell(item, row, DisclosureColumn.valueOf(c.key()), Figure.count(counts[i]));
    }
    return self();
  }

  /** Enters one row through a row builder; the columns it does not set are entered blank. */
  <R extends RowBuilder> S row(Article20Item item, DisclosureRow row, R builder, Consumer<R> cells) {
    cells.accept(builder);
    TableDecl table = entries.template.table(item.name()).orElseThrow();
    for (ColumnDecl c : table.columns()) {
      DisclosureColumn column = DisclosureColumn.valueOf(c.key());
      Figure f = builder.values.get(column);
      if (f == null) {
        blank(item, row, column);
      } else {
        cell(item, row, column, f);
      }
    }
    return self();
  }

  /**
   * The base of the row builders of section 二: each sets some columns of one row; the columns it
   * does not set are entered blank.
   */
  public abstract static class RowBuilder {
    final Map<DisclosureColumn, Figure> values = new LinkedHashMap<>();

    RowBuilder() {}

    void set(DisclosureColumn column, Figure figure) {
      if (values.put(column, figure) != null) {
        throw new IllegalStateException(column + " is set twice");
      }
    }

    void count(DisclosureColumn column, long count) {
      set(column, Figure.count(count));
    }

    void money(DisclosureColumn column, Money money) {
      set(column, Figure.money(money));
    }
  }
}
