/**
 * An agency's reports across years: grouping reports by agency, and checking each agency's
 * consecutive reports against each other.
 *
 * <p>A reviewer with a folder of reports first groups them: {@link
 * io.github.ogireport.series.ReportSeries#groupByAgency} puts the reports of one agency together
 * (the printed name, normalised by {@link io.github.ogireport.series.AgencyNames#key}) and orders
 * them by year. {@link io.github.ogireport.series.ReportSeries#check} then checks every pair of
 * consecutive years: the cross-year identities of the current report's edition (I5 上年结转 = last
 * year's 结转下年度, I7, I8), evaluated by {@link
 * io.github.ogireport.validation.ReportValidator#crossYearViolations} from the declarations in
 * {@link io.github.ogireport.template.EditionTemplate#crossYearEquations()}, across the 2020 →
 * 2021 edition change too; and the share of sections 一 and 五 repeated from the year before
 * ({@link io.github.ogireport.series.TextReuse}). A missing year breaks the chain with a note, not
 * an error.
 *
 * <pre>{@code
 * for (AgencyGroup<PrintedReport> group : ReportSeries.groupByAgency(reports, r -> r)) {
 *   SeriesVerdict<PrintedReport> verdict = ReportSeries.check(group, r -> r);
 *   verdict.findings().forEach(System.out::println);
 * }
 * }</pre>
 */
package io.github.ogireport.series;
