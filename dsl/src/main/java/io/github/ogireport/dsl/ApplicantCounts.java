package io.github.ogireport.dsl;

import io.github.ogireport.template.Applicant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The six applicant counts of one section 三 row, in printed order (自然人, then the five kinds of
 * 法人或其他组织). There is no total: the model derives it.
 *
 * <pre>{@code
 * ApplicantCounts c = ApplicantCounts.of(3001, 53, 0, 0, 61, 4);
 * ApplicantCounts z = ApplicantCounts.zeros();
 * ApplicantCounts m = ApplicantCounts.from(Map.of(Applicant.NATURAL_PERSON, 5L, ...)); // all six
 * }</pre>
 *
 * @param naturalPerson {@link Applicant#NATURAL_PERSON}
 * @param commercialEnterprise {@link Applicant#COMMERCIAL_ENTERPRISE}
 * @param researchInstitution {@link Applicant#RESEARCH_INSTITUTION}
 * @param publicInterestOrganization {@link Applicant#PUBLIC_INTEREST_ORGANIZATION}
 * @param legalServiceInstitution {@link Applicant#LEGAL_SERVICE_INSTITUTION}
 * @param otherOrganization {@link Applicant#OTHER_ORGANIZATION}
 */
public record ApplicantCounts(
    long naturalPerson,
    long commercialEnterprise,
    long researchInstitution,
    long publicInterestOrganization,
    long legalServiceInstitution,
    long otherOrganization) {

  /**
   * The six counts, in printed order.
   *
   * @param naturalPerson 自然人
   * @param commercialEnterprise 商业企业
   * @param researchInstitution 科研机构
   * @param publicInterestOrganization 社会公益组织
   * @param legalServiceInstitution 法律服务机构
   * @param otherOrganization 其他
   * @return the counts
   */
  public static ApplicantCounts of(
      long naturalPerson,
      long commercialEnterprise,
      long researchInstitution,
      long publicInterestOrganization,
      long legalServiceInstitution,
      long otherOrganization) {
    return new ApplicantCounts(
        naturalPerson,
        commercialEnterprise,
        researchInstitution,
        publicInterestOrganization,
        legalServiceInstitution,
        otherOrganization);
  }

  /**
   * Six zeros.
   *
   * @return the counts
   */
  public static ApplicantCounts zeros() {
    return of(0, 0, 0, 0, 0, 0);
  }

  /**
   * The counts of a map that names each of the six applicant columns exactly once.
   *
   * <pre>{@code
   * ApplicantCounts.from(resultSetRowAsMap);
   * }</pre>
   *
   * @param counts applicant to count; {@link Applicant#TOTAL} is not allowed (it is derived)
   * @return the counts
   * @throws IllegalArgumentException when a column is missing or the total is given
   */
  public static ApplicantCounts from(Map<Applicant, Long> counts) {
    Map<Applicant, Long> m = new EnumMap<>(Applicant.class);
    m.putAll(counts);
    if (m.containsKey(Applicant.TOTAL)) {
      throw new IllegalArgumentException("总计 (TOTAL) is derived from the six applicant columns; do not enter it");
    }
    for (Applicant a : Applicant.values()) {
      if (a != Applicant.TOTAL && m.get(a) == null) {
        throw new IllegalArgumentException("the count of " + a + " is missing from " + counts);
      }
    }
    return of(
        m.get(Applicant.NATURAL_PERSON),
        m.get(Applicant.COMMERCIAL_ENTERPRISE),
        m.get(Applicant.RESEARCH_INSTITUTION),
        m.get(Applicant.PUBLIC_INTEREST_ORGANIZATION),
        m.get(Applicant.LEGAL_SERVICE_INSTITUTION),
        m.get(Applicant.OTHER_ORGANIZATION));
  }

  /**
   * One count.
   *
   * <pre>{@code
   * counts.get(Applicant.NATURAL_PERSON);
   * }</pre>
   *
   * @param applicant one of the six applicant columns
   * @return its count
   * @throws IllegalArgumentException for {@link Applicant#TOTAL}
   */
  public long get(Applicant applicant) {
    return switch (applicant) {
      case NATURAL_PERSON -> naturalPerson;
      case COMMERCIAL_ENTERPRISE -> commercialEnterprise;
      case RESEARCH_INSTITUTION -> researchInstitution;
      case PUBLIC_INTEREST_ORGANIZATION -> publicInterestOrganization;
      case LEGAL_SERVICE_INSTITUTION -> legalServiceInstitution;
      case OTHER_ORGANIZATION -> otherOrganization;
      case TOTAL -> throw new IllegalArgumentException("总计 (TOTAL) is derived, not entered");
    };
  }
}
