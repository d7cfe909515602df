package io.github.ogireport.template;

/** Stable keys of the columns of the section 二 sub-tables, across both editions. */
public enum DisclosureColumn {
  /** 本年新制作数量 (2019). */
  MADE,
  /** 本年新公开数量 (2019). */
  PUBLISHED,
  /** 对外公开总数量 (2019). */
  PUBLISHED_TOTAL,
  /** 上一年项目数量 (2019). */
  PREVIOUS_ITEMS,
  /** 本年增/减 (2019), a signed count. */
  CHANGE,
  /** 处理决定数量 (2019) / 本年处理决定数量 (2021). */
  DECISIONS,
  /** 采购项目数量 (2019). */
  PROCUREMENT_ITEMS,
  /** 采购总金额 (2019), money. */
  PROCUREMENT_AMOUNT,
  /** 本年制发件数 (2021). */
  ISSUED,
  /** 本年废止件数 (2021). */
  REPEALED,
  /** 现行有效件数 (2021). */
  IN_FORCE,
  /** 本年收费金额（单位：万元） (2021), money in 万元. */
  FEE_AMOUNT
}
