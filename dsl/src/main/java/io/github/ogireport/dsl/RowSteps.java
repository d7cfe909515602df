package io.github.ogireport.dsl;

/**
 * The steps of one row: each step offers only the next column, in printed order, so a row cannot
 * be entered with a column missing or out of place. The last step returns to the section.
 *
 * <p>Step types are for chaining, not for holding in variables:
 *
 * <pre>{@code
 * s.granted().naturalPerson(1288).commercialEnterprise(21).researchInstitution(0)
 *     .publicInterestOrganization(0).legalServiceInstitution(50).otherOrganization(3)
 * s.reconsideration().upheld(72).corrected(64).otherOutcome(178).pending(37)
 * }</pre>
 */
public final class RowSteps {
  private RowSteps() {}

  /**
   * First step of a section 三 row: 自然人, or the whole row at once.
   *
   * @param <S> the section builder the row returns to
   */
  public interface NaturalPerson<S> {
    /**
     * 自然人.
     *
     * <pre>{@code .naturalPerson(3001)}</pre>
     *
     * @param count the count
     * @return the next step
     */
    CommercialEnterprise<S> naturalPerson(long count);

    /**
     * The whole row as a value.
     *
     * <pre>{@code .counts(ApplicantCounts.of(3001, 53, 0, 0, 61, 4))}</pre>
     *
     * @param counts the six counts
     * @return the section
     */
    S counts(ApplicantCounts counts);

    /**
     * The whole row as six zeros, entered on purpose.
     *
     * <pre>{@code .zeros()}</pre>
     *
     * @return the section
     */
    S zeros();
  }

  /**
   * 法人或其他组织: 商业企业.
   *
   * @param <S> the section builder the row returns to
   */
  public interface CommercialEnterprise<S> {
    /**
     * 商业企业.
     *
     * <pre>{@code .commercialEnterprise(53)}</pre>
     *
     * @param count the count
     * @return the next step
     */
    ResearchInstitution<S> commercialEnterprise(long count);
  }

  /**
   * 法人或其他组织: 科研机构.
   *
   * @param <S> the section builder the row returns to
   */
  public interface ResearchInstitution<S> {
    /**
     * 科研机构.
     *
     * <pre>{@code .researchInstitution(0)}</pre>
     *
     * @param count the count
     * @return the next step
     */
    PublicInterestOrganization<S> researchInstitution(long count);
  }

  /**
   * 法人或其他组织: 社会公益组织.
   *
   * @param <S> the section builder the row returns to
   */
  public interface PublicInterestOrganization<S> {
    /**
     * 社会公益组织.
     *
     * <pre>{@code .publicInterestOrganization(0)}</pre>
     *
     * @param count the count
     * @return the next step
     */
    LegalServiceInstitution<S> publicInterestOrganization(long count);
  }

  /**
   * 法人或其他组织: 法律服务机构.
   *
   * @param <S> the section builder the row returns to
   */
  public interface LegalServiceInstitution<S> {
    /**
     * 法律服务机构.
     *
     * <pre>{@code .legalServiceInstitution(61)}</pre>
     *
     * @param count the count
     * @return the next step
     */
    OtherOrganization<S> legalServiceInstitution(long count);
  }

  /**
   * 法人或其他组织: 其他, the last column entered (总计 is derived).
   *
   * @param <S> the section builder the row returns to
   */
  public interface OtherOrganization<S> {
    /**
     * 其他.
     *
     * <pre>{@code .otherOrganization(4)}</pre>
     *
     * @param count the count
     * @return the section, for the next row
     */
    S otherOrganization(long count);
  }

  /**
   * First step of a section 四 group: 结果维持, or the whole group at once.
   *
   * @param <S> the section builder the group returns to
   */
  public interface Upheld<S> {
    /**
     * 结果维持.
     *
     * <pre>{@code .upheld(72)}</pre>
     *
     * @param count the count
     * @return the next step
     */
    Corrected<S> upheld(long count);

    /**
     * The whole group as a value.
     *
     * <pre>{@code .counts(OutcomeCounts.of(72, 64, 178, 37))}</pre>
     *
     * @param counts the four counts
     * @return the section
     */
    S counts(OutcomeCounts counts);

    /**
     * The whole group as four zeros, entered on purpose.
     *
     * <pre>{@code .zeros()}</pre>
     *
     * @return the section
     */
    S zeros();
  }

  /**
   * 结果纠正.
   *
   * @param <S> the section builder the group returns to
   */
  public interface Corrected<S> {
    /**
     * 结果纠正.
     *
     * <pre>{@code .corrected(64)}</pre>
     *
     * @param count the count
     * @return the next step
     */
    OtherOutcome<S> corrected(long count);
  }

  /**
   * 其他结果.
   *
   * @param <S> the section builder the group returns to
   */
  public interface OtherOutcome<S> {
    /**
     * 其他结果.
     *
     * <pre>{@code .otherOutcome(178)}</pre>
     *
     * @param count the count
     * @return the next step
     */
    Pending<S> otherOutcome(long count);
  }

  /**
   * 尚未审结, the last outcome entered (总计 is derived).
   *
   * @param <S> the section builder the group returns to
   */
  public interface Pending<S> {
    /**
     * 尚未审结.
     *
     * <pre>{@code .pending(37)}</pre>
     *
     * @param count the count
     * @return the section, for the next group
     */
    S pending(long count);
  }
}
