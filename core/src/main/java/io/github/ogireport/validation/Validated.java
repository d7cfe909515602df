package io.github.ogireport.validation;

import java.util.List;
import org.immutables.value.Value;

/**
 * A report that passed validation (no error), with the warnings it still has.
 *
 * @param <R> the kind of report
 */
@Value.Immutable
public abstract class Validated<R> {
  Validated() {}

  static <R> Validated<R> of(R report, List<Violation> warnings) {
    return ImmutableValidated.<R>builder().report(report).warnings(warnings).build();
  }

  /**
   * The report.
   *
   * @return the validated report
   */
  public abstract R report();

  /**
   * The warnings found, in the order they were found.
   *
   * @return the warnings (never errors)
   */
  public abstract List<Violation> warnings();
}
