package io.github.ogireport.validation;

import io.vavr.collection.Seq;

/**
 * What the violations of one report amount to, in one word, for a checker to print and to choose its
 * exit status by.
 *
 * <pre>{@code
 * Seq<Violation> found = ReportValidator.violations(printed);
 * switch (Verdict.of(found)) {
 *   case CLEAN -> ...;             // every identity holds
 *   case WARNINGS -> ...;          // only warnings
 *   case ERRORS -> ...;            // at least one error
 *   case NOTHING_TO_CHECK -> ...;  // no error, but the report proves nothing: not clean
 * }
 * }</pre>
 */
public enum Verdict {
  /** No violation at all. */
  CLEAN,
  /** Warnings only, and there was something to check. */
  WARNINGS,
  /** At least one error. */
  ERRORS,
  /**
   * No error, but a {@value ReportValidator#NOTHING_TO_CHECK} warning: the report has no readable
   * number, or prints no total in section 三, so no identity could confirm anything. Such a report
   * must not be shown as clean.
   */
  NOTHING_TO_CHECK;

  /**
   * The verdict of a report's violations.
   *
   * @param violations every violation of one report, as {@link ReportValidator} lists them
   * @return {@link #ERRORS} when one is an error; otherwise {@link #NOTHING_TO_CHECK} when one is
   *     a {@value ReportValidator#NOTHING_TO_CHECK} warning; otherwise {@link #WARNINGS} or {@link
   *     #CLEAN}
   */
  public static Verdict of(Seq<Violation> violations) {
    if (violations.exists(Violation::isError)) {
      return ERRORS;
    }
    if (violations.exists(v -> v.identityId().equals(ReportValidator.NOTHING_TO_CHECK))) {
      return NOTHING_TO_CHECK;
    }
    return violations.isEmpty() ? CLEAN : WARNINGS;
  }
}
