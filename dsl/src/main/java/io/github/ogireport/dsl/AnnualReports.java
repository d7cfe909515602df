package io.github.ogireport.dsl;

import io.github.ogireport.model.Money;

/**
 * The entry point of the builder: one method per edition, and money helpers for static import.
 *
 * <pre>{@code
 * import static io.github.ogireport.dsl.AnnualReports.*;
 *
 * AnnualReport report = edition2021("淮安市人民政府", 2024)
 *     .section2(s -> s.rules(1, 0, 11).normativeDocuments(8, 26, 66)
 *         .licensing(447228).penalties(3985758).coercion(88283).fees(wanYuan("96171.6")))
 *     .section3(s -> s … .remainingRowsZero())
 *     .section4(s -> s … .remainingGroupsZero())
 *     .buildOrThrow();
 * }</pre>
 */
public final class AnnualReports {
  private AnnualReports() {}

  /**
   * A report in the 2019 edition (report years 2019 and 2020). Another year, a year before 2019 or
   * after the current one, and a blank agency are errors that {@link ReportBuilder#build()} lists
   * with the others ({@code EDITION_YEAR}, {@code YEAR}, {@code AGENCY}).
   *
   * <pre>{@code edition2019("方正县教育局", 2020)}</pre>
   *
   * @param agency the agency publishing the report, as it names itself
   * @param year the report year
   * @return a builder with nothing entered
   */
  public static Report2019 edition2019(String agency, int year) {
    return new Report2019(agency, year);
  }

  /**
   * A report in the 2021 edition (report years 2021 on). A year before 2021, a year after the
   * current one, and a blank agency are errors that {@link ReportBuilder#build()} lists with the
   * others ({@code EDITION_YEAR}, {@code YEAR}, {@code AGENCY}).
   *
   * <pre>{@code edition2021("淮安市人民政府", 2024)}</pre>
   *
   * @param agency the agency publishing the report, as it names itself
   * @param year the report year
   * @return a builder with nothing entered
   */
  public static Report2021 edition2021(String agency, int year) {
    return new Report2021(agency, year);
  }

  /**
   * An amount in 元, keeping the decimals as written.
   *
   * <pre>{@code yuan("17920154.55")}</pre>
   *
   * @param amount the decimal amount (a negative one is an {@code I4} error when the report is
   *     built)
   * @return the money
   * @throws IllegalArgumentException when the text is not a decimal number, or has more than 20
   *     digits before the point or 10 after it
   */
  public static Money yuan(String amount) {
    return Money.yuan(amount);
  }

  /**
   * An amount in 万元, keeping the decimals as written.
   *
   * <pre>{@code wanYuan("7730.28")}</pre>
   *
   * @param amount the decimal amount (a negative one is an {@code I4} error when the report is
   *     built)
   * @return the money
   * @throws IllegalArgumentException when the text is not a decimal number, or has more than 20
   *     digits before the point or 10 after it
   */
  public static Money wanYuan(String amount) {
    return Money.wanYuan(amount);
  }
}
