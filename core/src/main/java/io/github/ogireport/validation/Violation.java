package io.github.ogireport.validation;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One broken identity of one report: which identity, how serious, where, what was expected and
 * what was found.
 *
 * <p>By convention {@link #expected()} is the value computed from parts and {@link #found()} the
 * printed total; for I1 the expected value is 一 + 二 and the found value （七）总计 + 四. A check that
 * compares no numbers (I13, a blank cell) has neither.
 *
 * <pre>{@code
 * Violation v = ...;
 * v.identityId();    // "I6"
 * v.cells();         // [四、行政复议 / 结果维持, ..., 四、行政复议 / 总计]
 * v.expected();      // Optional[11]
 * v.found();         // Optional[0]
 * v.messageEn();     // "行政复议 总计 printed 0, parts sum to 11"
 * }</pre>
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }

  /**
   * The id of the broken identity or check: {@code I1}…{@code I13}, {@code INCOMPLETE}, {@code
   * MISSING_TOTAL} or {@code UNREADABLE}.
   *
   * @return the id
   */
  public abstract String identityId();

  /**
   * How serious the violation is.
   *
   * @return error or warning
   */
  public abstract Severity severity();

  /**
   * The edition of the report the violation was found in.
   *
   * @return the edition
   */
  public abstract Edition edition();

  /**
   * Every cell involved, with its section, keys and official labels.
   *
   * @return the cells (empty for checks on text, such as I13)
   */
  public abstract List<CellRef> cells();

  /**
   * The value the identity requires, computed from the parts.
   *
   * @return the expected value, when the identity compares numbers
   */
  public abstract Optional<BigDecimal> expected();

  /**
   * The value the report has.
   *
   * @return the found value, when there is one
   */
  public abstract Optional<BigDecimal> found();

  /**
   * The one-line message in Chinese.
   *
   * @return the message
   */
  public abstract String messageZh();

  /**
   * The one-line message in English.
   *
   * @return the message
   */
  public abstract String messageEn();

  /**
   * Whether the violation is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Whether a cell is involved.
   *
   * @param cell a cell
   * @return true when {@link #cells()} contains it
   */
  public boolean involves(CellRef cell) {
    return cells().contains(cell);
  }

  /**
   * One readable line: id, severity, both messages.
   *
   * @return for example {@code I6 error: 行政复议 总计印为 0，各项之和为 11 | 行政复议 总计 printed 0, parts
   *     sum to 11}
   */
  @Override
  public String toString() {
    return identityId()
        + " "
        + severity().name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + messageZh()
        + " | "
        + messageEn()
        + (cells().isEmpty()
            ? ""
            : " ["
                + cells().stream().map(CellRef::toString).collect(Collectors.joining("; "))
                + "]");
  }
}
