package io.github.ogireport.dsl;

import io.github.ogireport.template.ApplicationRow;

/**
 * Section 三 of a 2019-edition report: the shared rows of {@link Applications} and the single
 * （六）其他处理 row.
 *
 * <pre>{@code
 * .section3(s -> s.otherHandling().zeros().remainingRowsZero())
 * }</pre>
 */
public final class Applications2019 extends Applications<Applications2019> {
  Applications2019(Entries entries) {
    super(entries);
  }

  /**
   * {@link ApplicationRow#OTHER}: handled otherwise (the single row of the 2019 edition).
   *
   * <pre>{@code .otherHandling().zeros()}</pre>
   *
   * @return the row's first step
   */
  public RowSteps.NaturalPerson<Applications2019> otherHandling() {
    return entries.applicants(ApplicationRow.OTHER, this);
  }
}
