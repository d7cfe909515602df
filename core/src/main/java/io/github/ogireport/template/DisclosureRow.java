package io.github.ogireport.template;

/** Stable keys of the rows (信息内容) of the section 二 sub-tables, across both editions. */
public enum DisclosureRow {
  /** 规章. */
  RULES,
  /** 规范性文件 (2019) / 行政规范性文件 (2021). */
  NORMATIVE_DOCUMENTS,
  /** 行政许可. */
  LICENSING,
  /** 其他对外管理服务事项 (2019 only). */
  OTHER_SERVICES,
  /** 行政处罚. */
  PENALTIES,
  /** 行政强制. */
  COERCION,
  /** 行政事业性收费. */
  FEES,
  /** 政府集中采购 (2019 only). */
  PROCUREMENT
}
