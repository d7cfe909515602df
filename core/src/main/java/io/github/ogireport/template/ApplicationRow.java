package io.github.ogireport.template;

/**
 * Stable keys of the rows of section 三 (收到和处理政府信息公开申请情况), across both editions. Which rows
 * an edition has, and their labels, is declared in {@link EditionTemplate#applications()}: the 2019
 * edition has the single {@link #OTHER} row, the 2021 edition {@link #OTHER_1}, {@link #OTHER_2} and
 * {@link #OTHER_3}.
 */
public enum ApplicationRow {
  /** 一、本年新收政府信息公开申请数量. */
  NEW,
  /** 二、上年结转政府信息公开申请数量. */
  CARRIED,
  /** （一）予以公开. */
  GRANTED,
  /** （二）部分公开. */
  PARTIAL,
  /** （三）不予公开 1. */
  DENIED_1,
  /** （三）不予公开 2. */
  DENIED_2,
  /** （三）不予公开 3. */
  DENIED_3,
  /** （三）不予公开 4. */
  DENIED_4,
  /** （三）不予公开 5. */
  DENIED_5,
  /** （三）不予公开 6. */
  DENIED_6,
  /** （三）不予公开 7. */
  DENIED_7,
  /** （三）不予公开 8. */
  DENIED_8,
  /** （四）无法提供 1. */
  UNABLE_1,
  /** （四）无法提供 2. */
  UNABLE_2,
  /** （四）无法提供 3. */
  UNABLE_3,
  /** （五）不予处理 1. */
  NOT_PROCESSED_1,
  /** （五）不予处理 2. */
  NOT_PROCESSED_2,
  /** （五）不予处理 3. */
  NOT_PROCESSED_3,
  /** （五）不予处理 4. */
  NOT_PROCESSED_4,
  /** （五）不予处理 5. */
  NOT_PROCESSED_5,
  /** （六）其他处理, the single row of the 2019 edition. */
  OTHER,
  /** （六）其他处理 1 (2021 edition). */
  OTHER_1,
  /** （六）其他处理 2 (2021 edition): the applicant did not pay the processing fee. */
  OTHER_2,
  /** （六）其他处理 3 (2021 edition). */
  OTHER_3,
  /** （七）总计: derived from the result rows (identity I2). */
  TOTAL,
  /** 四、结转下年度继续办理. */
  CARRY_FORWARD
}
