package io.github.ogireport.template;

/** Stable keys of the three groups of section 四, in printed order. */
public enum ReviewGroup {
  /** 行政复议. */
  RECONSIDERATION,
  /** 行政诉讼: 未经复议直接起诉. */
  DIRECT_LITIGATION,
  /** 行政诉讼: 复议后起诉. */
  LITIGATION_AFTER_RECONSIDERATION
}
