package io.github.ogireport.validation;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Term;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The one evaluator of an edition's equations on counts, in exact {@code long} arithmetic: a sum
 * beyond {@code long} throws {@link ArithmeticException} rather than wrap. {@link ReportValidator}
 * decides with it whether an equation holds; anything else that needs to know (a reader choosing
 * among the splits of a row, a test kit making a report that satisfies its identities) calls it
 * too, so that "holds" means one thing everywhere.
 *
 * <pre>{@code
 * Map<CellRef, Long> values = ...;
 * for (Equation e : Edition.E2021.template().equations()) {
 *   if (!Equations.holds(e, values::get)) { ... }
 * }
 * }</pre>
 *
 * <p>Blank and unreadable cells are the caller's to decide: {@link ReportValidator} does not
 * evaluate an equation that reads an unreadable cell or a blank total, and counts a blank part as 0.
 */
public final class Equations {
  private Equations() {}

  /**
   * The signed sum of some terms.
   *
   * @param terms the terms, for example {@link Equation#expected()}
   * @param values the count of each cell; called once per term
   * @return the sum
   * @throws ArithmeticException when the sum (or a negated term) is beyond {@code long}
   */
  public static long sum(List<Term> terms, ToLongFunction<CellRef> values) {
    long sum = 0;
    for (Term t : terms) {
      long v = values.applyAsLong(t.cell());
      sum = Math.addExact(sum, t.sign() > 0 ? v : Math.negateExact(v));
    }
    return sum;
  }

  /**
   * Whether an equation holds for given side sums.
   *
   * @param e the equation
   * @param expected the sum of its expected side
   * @param found the sum of its found side
   * @return {@code found == expected}, or {@code found >= expected} for {@link
   *     Equation.Relation#AT_LEAST}
   */
  public static boolean holds(Equation e, long expected, long found) {
    return e.relation() == Equation.Relation.AT_LEAST ? found >= expected : found == expected;
  }

  /**
   * Whether an equation holds for the counts of its cells.
   *
   * @param e the equation
   * @param values the count of each cell
   * @return whether it holds
   * @throws ArithmeticException when a side's sum is beyond {@code long}
   */
  public static boolean holds(Equation e, ToLongFunction<CellRef> values) {
    return holds(e, sum(e.expected(), values), sum(e.found(), values));
  }
}
