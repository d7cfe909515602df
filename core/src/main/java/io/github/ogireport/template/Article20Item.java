package io.github.ogireport.template;

/**
 * Stable keys of the section 二 sub-tables, one per item of 第二十条 that the template reports on.
 * The 2019 edition has five ({@link #ITEM_1}, {@link #ITEM_5}, {@link #ITEM_6}, {@link #ITEM_8},
 * {@link #ITEM_9}); the 2021 edition drops {@link #ITEM_9}.
 */
public enum Article20Item {
  /** 第二十条第（一）项: rules and normative documents. */
  ITEM_1,
  /** 第二十条第（五）项: administrative licensing (and, in 2019, other services). */
  ITEM_5,
  /** 第二十条第（六）项: administrative penalties and coercion. */
  ITEM_6,
  /** 第二十条第（八）项: administrative fees. */
  ITEM_8,
  /** 第二十条第（九）项: government procurement (2019 edition only). */
  ITEM_9
}
