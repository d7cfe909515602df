package io.github.ogireport.dsl;

import io.github.ogireport.template.ApplicationRow;

/**
 * Section 三 of a 2021-edition report: the shared rows of {@link Applications} and the three
 * （六）其他处理 rows of the 2021 edition.
 *
 * <pre>{@code
 * .section3(s -> s
 *     .otherNotCorrected().naturalPerson(67).commercialEnterprise(3).researchInstitution(0)
 *         .publicInterestOrganization(0).legalServiceInstitution(1).otherOrganization(0)
 *     .otherFeeNotPaid().counts(ApplicantCounts.of(6, 0, 0, 0, 0, 0))
 *     .otherReasons().zeros())
 * }</pre>
 */
public final class Applications2021 extends Applications<Applications2021> {
  Applications2021(Entries entries) {
    super(entries);
  }

  /**
   * {@link ApplicationRow#OTHER_1}: the applicant did not correct the application in time.
   *
   * <pre>{@code .otherNotCorrected().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<Applications2021> otherNotCorrected() {
    return entries.applicants(ApplicationRow.OTHER_1, this);
  }

  /**
   * {@link ApplicationRow#OTHER_2}: the applicant did not pay the processing fee in time. A
   * non-zero row asks section 六 to report the 信息处理费 (identity I11).
   *
   * <pre>{@code .otherFeeNotPaid().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<Applications2021> otherFeeNotPaid() {
    return entries.applicants(ApplicationRow.OTHER_2, this);
  }

  /**
   * {@link ApplicationRow#OTHER_3}: handled otherwise, other reasons.
   *
   * <pre>{@code .otherReasons().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<Applications2021> otherReasons() {
    return entries.applicants(ApplicationRow.OTHER_3, this);
  }
}
