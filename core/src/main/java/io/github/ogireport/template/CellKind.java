package io.github.ogireport.template;

/** What a table cell holds. */
public enum CellKind {
  /** A count of items or applications: an integer, never negative (identity I4). */
  COUNT,
  /** A signed count, such as 本年增/减 of the 2019 edition, printed "+4", "-2" or "0". */
  SIGNED_COUNT,
  /** An amount of money with its unit (元 or 万元), keeping its printed decimals. */
  MONEY
}
