/**
 * The report model: immutable values for a 政府信息公开工作年度报告, in two kinds that share one vocabulary.
 *
 * <ul>
 *   <li>{@link io.github.ogireport.model.AnnualReport}: a report built in code. Every cell of
 *       sections 三 and 四 is a number; totals (the 总计 column, the （七）总计 row, section 四's 总计)
 *       are derived from their parts by the edition's declarations and never stored twice, so they
 *       cannot be wrong.
 *   <li>{@link io.github.ogireport.model.PrintedReport}: a report as a publication printed it. Each
 *       cell is a number, a blank (not 0) or unreadable text ({@link
 *       io.github.ogireport.model.PrintedCell}), and the printed totals are kept, so that
 *       validation can say "总计 printed 0, parts sum to 11".
 * </ul>
 *
 * <p>Cells are addressed by {@link io.github.ogireport.template.CellRef}s from the edition's
 * {@link io.github.ogireport.template.EditionTemplate}. Counts are {@code long}; money is {@link
 * io.github.ogireport.model.Money}, a {@code BigDecimal} with its unit, keeping its printed scale.
 * No value of this package is ever null: absence is {@link java.util.Optional} or a blank cell.
 */
@ValueStyle
package io.github.ogireport.model;

import io.github.ogireport.internal.ValueStyle;
