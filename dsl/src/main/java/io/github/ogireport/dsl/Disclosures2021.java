package io.github.ogireport.dsl;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import java.util.function.Consumer;

/**
 * Section 二 of a 2021-edition report: four sub-tables under 第二十条 (items 一, 五, 六, 八).
 *
 * <pre>{@code
 * .section2(s -> s
 *     .rules(1, 0, 11).normativeDocuments(8, 26, 66)
 *     .licensing(447228).penalties(3985758).coercion(88283)
 *     .fees(wanYuan("96171.6")))
 * }</pre>
 */
public final class Disclosures2021 extends Disclosures<Disclosures2021> {
  Disclosures2021(Entries entries) {
    super(entries);
  }

  /**
   * {@link DisclosureRow#RULES} of item 一: issued, repealed, in force.
   *
   * <pre>{@code .rules(1, 0, 11)}</pre>
   *
   * @param issued {@link DisclosureColumn#ISSUED}
   * @param repealed {@link DisclosureColumn#REPEALED}
   * @param inForce {@link DisclosureColumn#IN_FORCE}
   * @return this section
   */
  public Disclosures2021 rules(long issued, long repealed, long inForce) {
    return counts(Article20Item.ITEM_1, DisclosureRow.RULES, issued, repealed, inForce);
  }

  /**
   * {@link DisclosureRow#RULES} of item 一, some cells blank.
   *
   * <pre>{@code .rules(r -> r.inForce(11))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2021 rules(Consumer<DocumentRow> cells) {
    return row(Article20Item.ITEM_1, DisclosureRow.RULES, new DocumentRow(), cells);
  }

  /**
   * {@link DisclosureRow#NORMATIVE_DOCUMENTS} of item 一: issued, repealed, in force.
   *
   * <pre>{@code .normativeDocuments(8, 26, 66)}</pre>
   *
   * @param issued {@link DisclosureColumn#ISSUED}
   * @param repealed {@link DisclosureColumn#REPEALED}
   * @param inForce {@link DisclosureColumn#IN_FORCE}
   * @return this section
   */
  public Disclosures2021 normativeDocuments(long issued, long repealed, long inForce) {
    return counts(
        Article20Item.ITEM_1, DisclosureRow.NORMATIVE_DOCUMENTS, issued, repealed, inForce);
  }

  /**
   * {@link DisclosureRow#NORMATIVE_DOCUMENTS} of item 一, some cells blank.
   *
   * <pre>{@code .normativeDocuments(r -> r.issued(8).inForce(66))}</pre>
   *
   * @param cells sets the columns that are printed
   * @return this section
   */
  public Disclosures2021 normativeDocuments(Consumer<DocumentRow> cells) {
    return row(Article20Item.ITEM_1, DisclosureRow.NORMATIVE_DOCUMENTS, new DocumentRow(), cells);
  }

  /**
   * {@link DisclosureRow#LICENSING} of item 五: decisions this year.
   *
   * <pre>{@code .licensing(447228)}</pre>
   *
   * @param decisions {@link DisclosureColumn#DECISIONS}
   * @return this section
   */
  public Disclosures2021 licensing(long decisions) {
    return counts(Article20Item.ITEM_5, DisclosureRow.LICENSING, decisions);
  }

  /**
   * {@link DisclosureRow#PENALTIES} of item 六: decisions this year.
   *
   * <pre>{@code .penalties(3985758)}</pre>
   *
   * @param decisions {@link DisclosureColumn#DECISIONS}
   * @return this section
   */
  public Disclosures2021 penalties(long decisions) {
    return counts(Article20Item.ITEM_6, DisclosureRow.PENALTIES, decisions);
  }

  /**
   * {@link DisclosureRow#COERCION} of item 六: decisions this year.
   *
   * <pre>{@code .coercion(88283)}</pre>
   *
   * @param decisions {@link DisclosureColumn#DECISIONS}
   * @return this section
   */
  public Disclosures2021 coercion(long decisions) {
    return counts(Article20Item.ITEM_6, DisclosureRow.COERCION, decisions);
  }

  /**
   * {@link DisclosureRow#FEES} of item 八: fees collected this year; the column's unit is 万元.
   *
   * <pre>{@code .fees(wanYuan("96171.6"))}</pre>
   *
   * @param amount {@link DisclosureColumn#FEE_AMOUNT}
   * @return this section
   */
  public Disclosures2021 fees(Money amount) {
    return cell(
        Article20Item.ITEM_8, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Figure.money(amount));
  }

  /** The columns of a row of item 一: issued, repealed, in force. */
  public static final class DocumentRow extends RowBuilder {
    DocumentRow() {}

    /**
     * {@link DisclosureColumn#ISSUED}.
     *
     * <pre>{@code r.issued(8)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public DocumentRow issued(long count) {
      count(DisclosureColumn.ISSUED, count);
      return this;
    }

    /**
     * {@link DisclosureColumn#REPEALED}.
     *
     * <pre>{@code r.repealed(26)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public DocumentRow repealed(long count) {
      count(DisclosureColumn.REPEALED, count);
      return this;
    }

    /**
     * {@link DisclosureColumn#IN_FORCE}.
     *
     * <pre>{@code r.inForce(66)}</pre>
     *
     * @param count the count
     * @return this row
     */
    public DocumentRow inForce(long count) {
      count(DisclosureColumn.IN_FORCE, count);
      return this;
    }
  }
}
