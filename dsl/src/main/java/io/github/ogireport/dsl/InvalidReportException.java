package io.github.ogireport.dsl;

import io.github.ogireport.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@code buildOrThrow()} when a report has at least one error. The message lists every
 * violation, errors first, each on its own line; {@link #violations()} has them as values.
 *
 * <pre>{@code
 * try {
 *   report.buildOrThrow();
 * } catch (InvalidReportException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  InvalidReportException(String agency, int year, List<Violation> violations) {
    super(message(agency, year, violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(String agency, int year, List<Violation> violations) {
    long errors = violations.stream().filter(Violation::isError).count();
    return agency
        + " "
        + year
        + ": "
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + (violations.size() - errors)
        + (violations.size() - errors == 1 ? " warning" : " warnings")
        + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
  }

  /**
   * Every violation found, errors first.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }
}
