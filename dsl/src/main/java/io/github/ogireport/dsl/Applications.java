package io.github.ogireport.dsl;

import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.RowDecl;
import java.util.Map;

/**
 * Section 三 of a report being built, the rows both editions share. Each row method starts a row
 * whose six applicant columns are entered in printed order ({@link RowSteps}); totals are derived.
 * The edition's own （六）其他处理 rows are on {@link Applications2019} and {@link Applications2021}.
 *
 * <pre>{@code
 * .section3(s -> s
 *     .newlyReceived().naturalPerson(3001).commercialEnterprise(53).researchInstitution(0)
 *         .publicInterestOrganization(0).legalServiceInstitution(61).otherOrganization(4)
 *     .row(ApplicationRow.CARRIED, ApplicantCounts.of(34, 0, 0, 0, 0, 0))
 *     .remainingRowsZero())
 * }</pre>
 *
 * @param <S> the edition's section type, returned for chaining
 */
public abstract class Applications<S extends Applications<S>> {
  final Entries entries;

  Applications(Entries entries) {
    this.entries = entries;
  }

  @SuppressWarnings("unchecked")
  private S self() {
    return (S) this;
  }

  private RowSteps.NaturalPerson<S> start(ApplicationRow row) {
    return entries.applicants(row, self());
  }

  /**
   * {@link ApplicationRow#NEW}: applications received this year.
   *
   * <pre>{@code .newlyReceived().naturalPerson(3001)…}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> newlyReceived() {
    return start(ApplicationRow.NEW);
  }

  /**
   * {@link ApplicationRow#CARRIED}: applications carried over from last year.
   *
   * <pre>{@code .carriedOver().naturalPerson(34)…}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> carriedOver() {
    return start(ApplicationRow.CARRIED);
  }

  /**
   * {@link ApplicationRow#GRANTED}: disclosed.
   *
   * <pre>{@code .granted().naturalPerson(1288)…}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> granted() {
    return start(ApplicationRow.GRANTED);
  }

  /**
   * {@link ApplicationRow#PARTIAL}: partly disclosed.
   *
   * <pre>{@code .partiallyGranted().naturalPerson(447)…}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> partiallyGranted() {
    return start(ApplicationRow.PARTIAL);
  }

  /**
   * {@link ApplicationRow#DENIED_1}: not disclosed, a state secret.
   *
   * <pre>{@code .deniedStateSecret().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> deniedStateSecret() {
    return start(ApplicationRow.DENIED_1);
  }

  /**
   * {@link ApplicationRow#DENIED_2}: not disclosed, forbidden by other laws and regulations.
   *
   * <pre>{@code .deniedByOtherLaws().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> deniedByOtherLaws() {
    return start(ApplicationRow.DENIED_2);
  }

  /**
   * {@link ApplicationRow#DENIED_3}: not disclosed, endangers the "three securities and one
   * stability".
   *
   * <pre>{@code .deniedSecurityAndStability().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> deniedSecurityAndStability() {
    return start(ApplicationRow.DENIED_3);
  }

  /**
   * {@link ApplicationRow#DENIED_4}: not disclosed, protects a third party's lawful rights.
   *
   * <pre>{@code .deniedThirdPartyRights().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> deniedThirdPartyRights() {
    return start(ApplicationRow.DENIED_4);
  }

  /**
   * {@link ApplicationRow#DENIED_5}: not disclosed, internal affairs.
   *
   * <pre>{@code .deniedInternalAffairs().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> deniedInternalAffairs() {
    return start(ApplicationRow.DENIED_5);
  }

  /**
   * {@link ApplicationRow#DENIED_6}: not disclosed, process information.
   *
   * <pre>{@code .deniedProcessInformation().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> deniedProcessInformation() {
    return start(ApplicationRow.DENIED_6);
  }

  /**
   * {@link ApplicationRow#DENIED_7}: not disclosed, administrative enforcement files.
   *
   * <pre>{@code .deniedEnforcementFiles().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> deniedEnforcementFiles() {
    return start(ApplicationRow.DENIED_7);
  }

  /**
   * {@link ApplicationRow#DENIED_8}: not disclosed, administrative enquiry matters.
   *
   * <pre>{@code .deniedEnquiryMatters().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> deniedEnquiryMatters() {
    return start(ApplicationRow.DENIED_8);
  }

  /**
   * {@link ApplicationRow#UNABLE_1}: cannot be provided, the agency does not hold it.
   *
   * <pre>{@code .unableNotHeld().naturalPerson(746)…}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> unableNotHeld() {
    return start(ApplicationRow.UNABLE_1);
  }

  /**
   * {@link ApplicationRow#UNABLE_2}: cannot be provided, it would have to be made.
   *
   * <pre>{@code .unableWouldNeedMaking().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> unableWouldNeedMaking() {
    return start(ApplicationRow.UNABLE_2);
  }

  /**
   * {@link ApplicationRow#UNABLE_3}: cannot be provided, still unclear after correction.
   *
   * <pre>{@code .unableStillUnclear().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> unableStillUnclear() {
    return start(ApplicationRow.UNABLE_3);
  }

  /**
   * {@link ApplicationRow#NOT_PROCESSED_1}: not processed, a petition or complaint.
   *
   * <pre>{@code .notProcessedComplaint().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> notProcessedComplaint() {
    return start(ApplicationRow.NOT_PROCESSED_1);
  }

  /**
   * {@link ApplicationRow#NOT_PROCESSED_2}: not processed, a repeated application.
   *
   * <pre>{@code .notProcessedRepeated().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> notProcessedRepeated() {
    return start(ApplicationRow.NOT_PROCESSED_2);
  }

  /**
   * {@link ApplicationRow#NOT_PROCESSED_3}: not processed, asks for a publication.
   *
   * <pre>{@code .notProcessedPublication().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> notProcessedPublication() {
    return start(ApplicationRow.NOT_PROCESSED_3);
  }

  /**
   * {@link ApplicationRow#NOT_PROCESSED_4}: not processed, many repeated applications without
   * good reason.
   *
   * <pre>{@code .notProcessedExcessive().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> notProcessedExcessive() {
    return start(ApplicationRow.NOT_PROCESSED_4);
  }

  /**
   * {@link ApplicationRow#NOT_PROCESSED_5}: not processed, asks to confirm or reissue
   * information already obtained.
   *
   * <pre>{@code .notProcessedConfirmation().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> notProcessedConfirmation() {
    return start(ApplicationRow.NOT_PROCESSED_5);
  }

  /**
   * {@link ApplicationRow#CARRY_FORWARD}: carried forward to next year.
   *
   * <pre>{@code .carriedForward().naturalPerson(103)…}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<S> carriedForward() {
    return start(ApplicationRow.CARRY_FORWARD);
  }

  /**
   * One row as a value, for building from data.
   *
   * <pre>{@code .row(ApplicationRow.GRANTED, ApplicantCounts.of(1288, 21, 0, 0, 50, 3))}</pre>
   *
   * @param row a row of this edition; not {@link ApplicationRow#TOTAL}, which is derived
   * @param counts the six counts
   * @return this section
   * @throws IllegalArgumentException when the edition has no such row, or for the total row
   * @throws IllegalStateException when a cell of the row was entered already
   */
  public S row(ApplicationRow row, ApplicantCounts counts) {
    if (row == ApplicationRow.TOTAL) {
      throw new IllegalArgumentException("（七）总计 (TOTAL) is derived from the result rows; do not enter it");
    }
    start(row);
    entries.row(row, counts);
    return self();
  }

  /**
   * Several rows as values, for building from data.
   *
   * <pre>{@code .rows(countsByRowFromTheDatabase)}</pre>
   *
   * @param rows row to counts
   * @return this section
   * @throws IllegalArgumentException when the edition has no such row, or for the total row
   */
  public S rows(Map<ApplicationRow, ApplicantCounts> rows) {
    rows.forEach(this::row);
    return self();
  }

  /**
   * Enters six zeros in every row of this edition that has no entry yet, on purpose. A row partly
   * entered is left as it is (and reported as not entered).
   *
   * <pre>{@code .remainingRowsZero()}</pre>
   *
   * @return this section
   */
  public S remainingRowsZero() {
    for (RowDecl r : entries.template.applications().rows()) {
      ApplicationRow row = ApplicationRow.valueOf(r.key());
      if (r.derived()) {
        continue;
      }
      boolean any = false;
      for (Applicant a : Applicant.values()) {
        any |= entries.entered(entries.template.cell(row, a));
      }
      if (!any) {
        entries.row(row, ApplicantCounts.zeros());
      }
    }
    return self();
  }
}
