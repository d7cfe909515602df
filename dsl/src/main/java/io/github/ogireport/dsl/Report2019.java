package io.github.ogireport.dsl;

import io.github.ogireport.template.Edition;
import java.util.function.Consumer;

/**
 * The builder of a 2019-edition report (report years 2019 and 2020). Offers the 2019 section 二
 * ({@link Disclosures2019}) and section 三 with the single （六）其他处理 row ({@link
 * Applications2019}); the rows of the 2021 edition do not exist here.
 *
 * <pre>{@code
 * AnnualReport seed = AnnualReports.edition2019("方正县教育局", 2020)
 *     .section2(s -> s.rules(r -> r.made(0).publishedTotal(0)) … )
 *     .section3(s -> s.remainingRowsZero())
 *     .section4(s -> s.remainingGroupsZero())
 *     .buildOrThrow();
 * }</pre>
 */
public final class Report2019 extends ReportBuilder<Report2019> {
  Report2019(String agency, int year) {
    super(Edition.E2019, agency, year);
  }

  /**
   * Section 二: the five sub-tables of the 2019 edition.
   *
   * <pre>{@code .section2(s -> s.licensing(6, 0, 0).procurement(25, yuan("17920154.55")) … )}</pre>
   *
   * @param rows enters the rows
   * @return this builder
   */
  public Report2019 section2(Consumer<Disclosures2019> rows) {
    rows.accept(new Disclosures2019(entries));
    return this;
  }

  /**
   * Section 三: applications received and handled, row by row.
   *
   * <pre>{@code .section3(s -> s.newlyReceived().zeros().remainingRowsZero())}</pre>
   *
   * @param rows enters the rows
   * @return this builder
   */
  public Report2019 section3(Consumer<Applications2019> rows) {
    rows.accept(new Applications2019(entries));
    return this;
  }
}
