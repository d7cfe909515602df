package io.github.ogireport.dsl;

import io.github.ogireport.model.Money;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.template.Edition;
import java.util.function.Consumer;

/**
 * The builder of a 2021-edition report (report years 2021 on). Offers the 2021 section 二 ({@link
 * Disclosures2021}), section 三 with the three （六）其他处理 rows ({@link Applications2021}) and the
 * 信息处理费 facts of section 六; the rows of the 2019 edition do not exist here.
 *
 * <pre>{@code
 * AnnualReports.edition2021("淮安市人民政府", 2024)
 *     .section2(s -> s.rules(1, 0, 11) … )
 *     .section3(s -> s.otherFeeNotPaid().counts(ApplicantCounts.of(6, 0, 0, 0, 0, 0)) … )
 *     .processingFees(ProcessingFees.builder().amountCollected(yuan("3940")).build())
 *     .build();
 * }</pre>
 */
public final class Report2021 extends ReportBuilder<Report2021> {
  Report2021(String agency, int year) {
    super(Edition.E2021, agency, year);
  }

  /**
   * Section 二: the four sub-tables of the 2021 edition.
   *
   * <pre>{@code .section2(s -> s.rules(1, 0, 11).licensing(447228) … )}</pre>
   *
   * @param rows enters the rows
   * @return this builder
   */
  public Report2021 section2(Consumer<Disclosures2021> rows) {
    rows.accept(new Disclosures2021(entries));
    return this;
  }

  /**
   * Section 三: applications received and handled, row by row.
   *
   * <pre>{@code .section3(s -> s.otherReasons().zeros().remainingRowsZero())}</pre>
   *
   * @param rows enters the rows
   * @return this builder
   */
  public Report2021 section3(Consumer<Applications2021> rows) {
    rows.accept(new Applications2021(entries));
    return this;
  }

  /**
   * The 信息处理费 facts section 六 states (any of them may be absent).
   *
   * <pre>{@code .processingFees(ProcessingFees.builder().amountCollected(yuan("3940")).build())}</pre>
   *
   * @param fees the facts
   * @return this builder
   */
  public Report2021 processingFees(ProcessingFees fees) {
    narratives.processingFees(fees);
    return this;
  }

  /**
   * The three 信息处理费 facts section 六 states.
   *
   * <pre>{@code .processingFees(2, yuan("300"), yuan("100"))}</pre>
   *
   * @param noticesIssued fee notices issued
   * @param charged amount charged
   * @param collected amount collected
   * @return this builder
   */
  public Report2021 processingFees(long noticesIssued, Money charged, Money collected) {
    return processingFees(ProcessingFees.of(noticesIssued, charged, collected));
  }
}
