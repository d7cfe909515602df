package io.github.ogireport.template;

/**
 * Stable keys of the columns of section 三 (申请人情况), in printed order. {@link #TOTAL} is derived
 * from the six applicant columns (identity I3).
 */
public enum Applicant {
  /** 自然人. */
  NATURAL_PERSON,
  /** 法人或其他组织: 商业企业. */
  COMMERCIAL_ENTERPRISE,
  /** 法人或其他组织: 科研机构. */
  RESEARCH_INSTITUTION,
  /** 法人或其他组织: 社会公益组织. */
  PUBLIC_INTEREST_ORGANIZATION,
  /** 法人或其他组织: 法律服务机构. */
  LEGAL_SERVICE_INSTITUTION,
  /** 法人或其他组织: 其他. */
  OTHER_ORGANIZATION,
  /** 总计. */
  TOTAL
}
