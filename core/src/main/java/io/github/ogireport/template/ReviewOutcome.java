package io.github.ogireport.template;

/** Stable keys of the five cells of each section 四 group; {@link #TOTAL} is derived (I6). */
public enum ReviewOutcome {
  /** 结果维持. */
  UPHELD,
  /** 结果纠正. */
  CORRECTED,
  /** 其他结果. */
  OTHER,
  /** 尚未审结. */
  PENDING,
  /** 总计. */
  TOTAL
}
