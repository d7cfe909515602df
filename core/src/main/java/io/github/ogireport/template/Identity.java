package io.github.ogireport.template;

import java.util.Objects;

/**
 * One identity of the template (I1–I13 of the specification), or one of the completeness checks:
 * the three that the specification's "Blank cells" section asks for ({@code INCOMPLETE}, {@code
 * MISSING_TOTAL}, {@code UNREADABLE}) and {@code NOT_ENTERED}, a row of a report being built in
 * code that was never entered.
 *
 * <p>An identity is data: its id is stable and appears in every violation; its severity says
 * whether a break makes the report wrong; its rank orders identities from the smallest (a row sum)
 * to the largest (the table's 勾稽 relation), so that a failure of a larger identity that is only the
 * echo of a smaller one is not reported twice; its blank policy says what a blank cell counts as.
 * The cells an identity reads are in the {@link Equation}s, {@link Derivation}s and other rules of
 * the {@link EditionTemplate} that declares it.
 *
 * @param id the stable id, for example {@code "I1"}
 * @param severity error or warning
 * @param scope one report, or a pair of consecutive reports of one agency
 * @param rank the cascade rank: a failure of rank {@code n} that disappears once the totals of a
 *     failing identity of lower rank are replaced by their parts' sum is not reported
 * @param blanks what a blank cell counts as
 * @param ruleZh the rule, in Chinese
 * @param ruleEn the rule, in English
 */
public record Identity(
    String id,
    Severity severity,
    Scope scope,
    int rank,
    BlankPolicy blanks,
    String ruleZh,
    String ruleEn) {

  /**
   * Checks that no component is null.
   *
   * @param id the stable id, for example {@code "I1"}
   * @param severity error or warning
   * @param scope one report, or a pair of consecutive reports of one agency
   * @param rank the cascade rank: a failure of rank {@code n} that disappears once the totals of a failing identity of lower rank are replaced by their parts' sum is not reported
   * @param blanks what a blank cell counts as
   * @param ruleZh the rule, in Chinese
   * @param ruleEn the rule, in English
   */
  public Identity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(blanks, "blanks");
    Objects.requireNonNull(ruleZh, "ruleZh");
    Objects.requireNonNull(ruleEn, "ruleEn");
  }

  /** Where an identity is evaluated. */
  public enum Scope {
    /** On one report. */
    REPORT,
    /** On a pair of consecutive reports of one agency (I5, I7, I8). */
    CROSS_YEAR
  }

  /** What a blank (or missing) cell counts as in an identity. */
  public enum BlankPolicy {
    /**
     * A blank part counts as 0; a blank total is never assumed: the identity is not evaluated and
     * a {@code MISSING_TOTAL} warning states what the parts give (rules 2 and 3 of "Blank cells").
     */
    PART_ZERO_TOTAL_SKIPS,
    /** The identity is evaluated only when every cell it reads holds a number. */
    SKIP_WHEN_BLANK,
    /** The identity reads no table cell, or reports the blank itself. */
    NOT_APPLICABLE
  }
}
