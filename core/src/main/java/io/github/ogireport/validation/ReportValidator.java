package io.github.ogireport.validation;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Checks reports against the identities of their edition.
 *
 * <p>A report is <em>invalid</em> when it has at least one error; the invalid side then holds every
 * violation found, errors first, warnings after, so that a caller sees everything at once. A
 * report with warnings only is <em>valid</em>: the valid side holds the report and its warnings.
 *
 * <pre>{@code
 * Validation<Seq<Violation>, Validated<PrintedReport>> result = ReportValidator.validate(printed);
 * if (result.isInvalid()) {
 *   result.getError().forEach(v -> System.out.println(v));
 * }
 * }</pre>
 *
 * <p>What a blank cell counts as follows the specification's "Blank cells": a blank part counts as
 * 0, a blank total is never assumed (the identities that read it are not evaluated and a {@code
 * MISSING_TOTAL} warning states what its parts give), every blank part is reported once as {@code
 * INCOMPLETE}, and an unreadable cell is reported as {@code UNREADABLE} and stops the identities
 * that read it. When an identity fails only because a smaller one did (I1 on 总计 because I3 failed
 * on a row), only the smaller is reported.
 */
public final class ReportValidator {
  private ReportValidator() {}

  /**
   * Every violation of a printed report's single-report identities, errors first.
   *
   * @param report the report
   * @return the violations, possibly empty
   */
  public static Seq<Violation> violations(PrintedReport report) {
    return List.ofAll(new Evaluator(report, false).evaluate());
  }

  /**
   * Every violation of the entries of a report being built in code, such as a builder holds before
   * it can make an {@link AnnualReport}: the cells entered so far, without totals.
   *
   * <p>A row that was never entered (its cells absent) is an error, {@code NOT_ENTERED}, once per
   * row, and the identities that read it are not evaluated; the totals of sections 三 and 四 are
   * derived from the parts that were entered; a cell entered as blank is {@code INCOMPLETE} as in
   * any report. Everything else is checked as {@link #violations(PrintedReport)} checks it, so a
   * builder can report every mistake at once.
   *
   * @param entries the entered cells, as a printed report without totals
   * @return the violations, possibly empty
   */
  public static Seq<Violation> entryViolations(PrintedReport entries) {
    return List.ofAll(new Evaluator(entries, true).evaluate());
  }

  /**
   * Validates a printed report.
   *
   * @param report the report
   * @return the report with its warnings, or every violation when there is an error
   */
  public static Validation<Seq<Violation>, Validated<PrintedReport>> validate(
      PrintedReport report) {
    return verdict(report, violations(report));
  }

  /**
   * Validates a report built in code (on its printed view: every number, totals derived).
   *
   * @param report the report
   * @return the report with its warnings, or every violation when there is an error
   */
  public static Validation<Seq<Violation>, Validated<AnnualReport>> validate(AnnualReport report) {
    return verdict(report, violations(report.toPrinted()));
  }

  /**
   * Every violation of the cross-year identities (I5; I7 for the 2021 edition; I8 for 2019) between
   * two consecutive reports of one agency.
   *
   * @param previous the report of year Y-1
   * @param current the report of year Y
   * @return the violations, possibly empty
   * @throws IllegalArgumentException when the years are not consecutive
   */
  public static Seq<Violation> crossYearViolations(PrintedReport previous, PrintedReport current) {
    if (previous.year() + 1 != current.year()) {
      throw new IllegalArgumentException(
          "cross-year identities compare consecutive years; got "
              + previous.year()
              + " and "
              + current.year());
    }
    return List.ofAll(Evaluator.crossYear(previous, current));
  }

  /**
   * Validates the cross-year identities of a report against the previous year's.
   *
   * @param previous the report of year Y-1
   * @param current the report of year Y
   * @return the current report with the cross-year warnings, or every cross-year violation when
   *     there is an error
   * @throws IllegalArgumentException when the years are not consecutive
   */
  public static Validation<Seq<Violation>, Validated<PrintedReport>> validatePair(
      PrintedReport previous, PrintedReport current) {
    return verdict(current, crossYearViolations(previous, current));
  }

  private static <R> Validation<Seq<Violation>, Validated<R>> verdict(
      R report, Seq<Violation> violations) {
    return violations.exists(Violation::isError)
        ? Validation.invalid(violations)
        : Validation.valid(Validated.of(report, violations.toJavaList()));
  }
}
