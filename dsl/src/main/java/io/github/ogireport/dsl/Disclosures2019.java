package io.github.ogireport.dsl;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import java.util.function.Consumer;

/**
 * Section 二 of a 2019-edition report: five sub-tables under 第二十条 (items 一, 五, 六, 八, 九). Each
 * row takes its counts in printed order, or a row builder that sets some of them and leaves the
 * others blank.
 *
 * <pre>{@code
 * .section2(s -> s
 *     .rules(r -> r.made(0).publishedTotal(0))          // 本年新公开数量 printed blank
 *     .normativeDocuments(r -> r.made(0).publishedTotal(0))
 *     .licensing(6, 0, 0).otherServices(0, 0, 0)
 *     .penalties(0, 0, 0).coercion(0, 0, 0)
 *     .fees(0, 0)
 *     .procurement(25, yuan("17920154.55")))
 * }</pre>
 */
public final class Disclosures2019 extends Disclosures<Disclosures2019> {
  Disclosures2019(Entries entries) {
    super(entries);
  }

  /**
   * {@link DisclosureRow#RULES} of item 一: made, newly published, published in total.
   *
   * <pre>{@code .rules(2, 2, 15)}</pre>
   *
   * @param made {@link DisclosureColumn#MADE}
   * @param published {@link DisclosureColumn#PUBLISHED}
   * @param publishedTotal {@link DisclosureColumn#PUBLISHED_TOTAL}
   * @return this section
   */
  public Disclosures2019 rules(long made, long published, long publishedTotal) {
    return counts(Article20Item.ITEM_1, DisclosureRow.RULES, made, published, publishedTotal);
  }

  /**
   * {@link DisclosureRow#RULES} of item 一, some cells blank.
   *
   * <pre>{@code .rules(r -> r.made(0).publishedTotal(0))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2019 rules(Consumer<DocumentRow> cells) {
    return row(Article20Item.ITEM_1, DisclosureRow.RULES, new DocumentRow(), cells);
  }

  /**
   * {@link DisclosureRow#NORMATIVE_DOCUMENTS} of item 一: made, newly published, published in
   * total.
   *
   * <pre>{@code .normativeDocuments(5, 5, 40)}</pre>
   *
   * @param made {@link DisclosureColumn#MADE}
   * @param published {@link DisclosureColumn#PUBLISHED}
   * @param publishedTotal {@link DisclosureColumn#PUBLISHED_TOTAL}
   * @return this section
   */
  public Disclosures2019 normativeDocuments(long made, long published, long publishedTotal) {
    return counts(
        Article20Item.ITEM_1, DisclosureRow.NORMATIVE_DOCUMENTS, made, published, publishedTotal);
  }

  /**
   * {@link DisclosureRow#NORMATIVE_DOCUMENTS} of item 一, some cells blank.
   *
   * <pre>{@code .normativeDocuments(r -> r.made(0).publishedTotal(0))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2019 normativeDocuments(Consumer<DocumentRow> cells) {
    return row(Article20Item.ITEM_1, DisclosureRow.NORMATIVE_DOCUMENTS, new DocumentRow(), cells);
  }

  /**
   * {@link DisclosureRow#LICENSING} of item 五: last year's items, this year's change, decisions.
   *
   * <pre>{@code .licensing(6, 0, 0)}</pre>
   *
   * @param previousItems {@link DisclosureColumn#PREVIOUS_ITEMS}
   * @param change {@link DisclosureColumn#CHANGE}, signed
   * @param decisions {@link DisclosureColumn#DECISIONS}
   * @return this section
   */
  public Disclosures2019 licensing(long previousItems, long change, long decisions) {
    return counts(Article20Item.ITEM_5, DisclosureRow.LICENSING, previousItems, change, decisions);
  }

  /**
   * {@link DisclosureRow#LICENSING} of item 五, some cells blank.
   *
   * <pre>{@code .licensing(r -> r.previousItems(6).decisions(0))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2019 licensing(Consumer<ItemRow> cells) {
    return row(Article20Item.ITEM_5, DisclosureRow.LICENSING, new ItemRow(), cells);
  }

  /**
   * {@link DisclosureRow#OTHER_SERVICES} of item 五.
   *
   * <pre>{@code .otherServices(0, 0, 0)}</pre>
   *
   * @param previousItems {@link DisclosureColumn#PREVIOUS_ITEMS}
   * @param change {@link DisclosureColumn#CHANGE}, signed
   * @param decisions {@link DisclosureColumn#DECISIONS}
   * @return this section
   */
  public Disclosures2019 otherServices(long previousItems, long change, long decisions) {
    return counts(
        Article20Item.ITEM_5, DisclosureRow.OTHER_SERVICES, previousItems, change, decisions);
  }

  /**
   * {@link DisclosureRow#OTHER_SERVICES} of item 五, some cells blank.
   *
   * <pre>{@code .otherServices(r -> r.previousItems(0))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2019 otherServices(Consumer<ItemRow> cells) {
    return row(Article20Item.ITEM_5, DisclosureRow.OTHER_SERVICES, new ItemRow(), cells);
  }

  /**
   * {@link DisclosureRow#PENALTIES} of item 六.
   *
   * <pre>{@code .penalties(0, 0, 0)}</pre>
   *
   * @param previousItems {@link DisclosureColumn#PREVIOUS_ITEMS}
   * @param change {@link DisclosureColumn#CHANGE}, signed
   * @param decisions {@link DisclosureColumn#DECISIONS}
   * @return this section
   */
  public Disclosures2019 penalties(long previousItems, long change, long decisions) {
    return counts(Article20Item.ITEM_6, DisclosureRow.PENALTIES, previousItems, change, decisions);
  }

  /**
   * {@link DisclosureRow#PENALTIES} of item 六, some cells blank.
   *
   * <pre>{@code .penalties(r -> r.decisions(12))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2019 penalties(Consumer<ItemRow> cells) {
    return row(Article20Item.ITEM_6, DisclosureRow.PENALTIES, new ItemRow(), cells);
  }

  /**
   * {@link DisclosureRow#COERCION} of item 六.
   *
   * <pre>{@code .coercion(0, 0, 0)}</pre>
   *
   * @param previousItems {@link DisclosureColumn#PREVIOUS_ITEMS}
   * @param change {@link DisclosureColumn#CHANGE}, signed
   * @param decisions {@link DisclosureColumn#DECISIONS}
   * @return this section
   */
  public Disclosures2019 coercion(long previousItems, long change, long decisions) {
    return counts(Article20Item.ITEM_6, DisclosureRow.COERCION, previousItems, change, decisions);
  }

  /**
   * {@link DisclosureRow#COERCION} of item 六, some cells blank.
   *
   * <pre>{@code .coercion(r -> r.decisions(3))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2019 coercion(Consumer<ItemRow> cells) {
    return row(Article20Item.ITEM_6, DisclosureRow.COERCION, new ItemRow(), cells);
  }

  /**
   * {@link DisclosureRow#FEES} of item 八: last year's items and this year's change.
   *
   * <pre>{@code .fees(0, 0)}</pre>
   *
   * @param previousItems {@link DisclosureColumn#PREVIOUS_ITEMS}
   * @param change {@link DisclosureColumn#CHANGE}, signed
   * @return this section
   */
  public Disclosures2019 fees(long previousItems, long change) {
    return counts(Article20Item.ITEM_8, DisclosureRow.FEES, previousItems, change);
  }

  /**
   * {@link DisclosureRow#FEES} of item 八, some cells blank.
   *
   * <pre>{@code .fees(r -> r.previousItems(2))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2019 fees(Consumer<FeeRow> cells) {
    return row(Article20Item.ITEM_8, DisclosureRow.FEES, new FeeRow(), cells);
  }

  /**
   * {@link DisclosureRow#PROCUREMENT} of item 九: number of procurement items and their total
   * amount, with the unit as printed.
   *
   * <pre>{@code .procurement(25, yuan("17920154.55"))}</pre>
   *
   * @param items {@link DisclosureColumn#PROCUREMENT_ITEMS}
   * @param amount {@link DisclosureColumn#PROCUREMENT_AMOUNT}
   * @return this section
   */
  public Disclosures2019 procurement(long items, Money amount) {
    cell(
        Article20Item.ITEM_9,
        DisclosureRow.PROCUREMENT,
        DisclosureColumn.PROCUREMENT_ITEMS,
        Figure.count(items));
    return cell(
        Article20Item.ITEM_9,
        DisclosureRow.PROCUREMENT,
        DisclosureColumn.PROCUREMENT_AMOUNT,
        Figure.money(amount));
  }

  /**
   * {@link DisclosureRow#PROCUREMENT} of item 九, some cells blank.
   *
   * <pre>{@code .procurement(r -> r.items(25))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2019 procurement(Consumer<ProcurementRow> cells) {
    return row(Article20Item.ITEM_9, DisclosureRow.PROCUREMENT, new ProcurementRow(), cells);
  }

  /** The columns of a row of item 一: made, newly published, published in total. */
  public static final class DocumentRow extends RowBuilder {
    DocumentRow() {}

    /**
     * {@link DisclosureColumn#MADE}.
     *
     * <pre>{@code r.made(2)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public DocumentRow made(long count) {
      count(DisclosureColumn.MADE, count);
      return this;
    }

    /**
     * {@link DisclosureColumn#PUBLISHED}.
     *
     * <pre>{@code r.published(2)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public DocumentRow published(long count) {
      count(DisclosureColumn.PUBLISHED, count);
      return this;
    }

    /**
     * {@link DisclosureColumn#PUBLISHED_TOTAL}.
     *
     * <pre>{@code r.publishedTotal(15)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public DocumentRow publishedTotal(long count) {
      count(DisclosureColumn.PUBLISHED_TOTAL, count);
      return this;
    }
  }

  /** The columns of a row of items 五 and 六: last year's items, change, decisions. */
  public static final class ItemRow extends RowBuilder {
    ItemRow() {}

    /**
     * {@link DisclosureColumn#PREVIOUS_ITEMS}.
     *
     * <pre>{@code r.previousItems(6)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public ItemRow previousItems(long count) {
      count(DisclosureColumn.PREVIOUS_ITEMS, count);
      return this;
    }

    /**
     * {@link DisclosureColumn#CHANGE}, signed.
     *
     * <pre>{@code r.change(-2)}</pre>
     *
     * @param count the change
     * @return this row
     */
    public ItemRow change(long count) {
      count(DisclosureColumn.CHANGE, count);
      return this;
    }

    /**
     * {@link DisclosureColumn#DECISIONS}.
     *
     * <pre>{@code r.decisions(12)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public ItemRow decisions(long count) {
      count(DisclosureColumn.DECISIONS, count);
      return this;
    }
  }

  /** The columns of the row of item 八: last year's items and change. */
  public static final class FeeRow extends RowBuilder {
    FeeRow() {}

    /**
     * {@link DisclosureColumn#PREVIOUS_ITEMS}.
     *
     * <pre>{@code r.previousItems(2)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public FeeRow previousItems(long count) {
      count(DisclosureColumn.PREVIOUS_ITEMS, count);
      return this;
    }

    /**
     * {@link DisclosureColumn#CHANGE}, signed.
     *
     * <pre>{@code r.change(0)}</pre>
     *
     * @param count the change
     * @return this row
     */
    public FeeRow change(long count) {
      count(DisclosureColumn.CHANGE, count);
      return this;
    }
  }

  /** The columns of the row of item 九: procurement items and amount. */
  public static final class ProcurementRow extends RowBuilder {
    ProcurementRow() {}

    /**
     * {@link DisclosureColumn#PROCUREMENT_ITEMS}.
     *
     * <pre>{@code r.items(25)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public ProcurementRow items(long count) {
      count(DisclosureColumn.PROCUREMENT_ITEMS, count);
      return this;
    }

    /**
     * {@link DisclosureColumn#PROCUREMENT_AMOUNT}.
     *
     * <pre>{@code r.amount(yuan("17920154.55"))}</pre>
     *
     * @param amount the amount with its unit
     * @return this row
     */
    public ProcurementRow amount(Money amount) {
      money(DisclosureColumn.PROCUREMENT_AMOUNT, amount);
      return this;
    }
  }
}
