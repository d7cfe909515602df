/**
 * Validation of reports by the identities their edition declares.
 *
 * <p>{@link io.github.ogireport.validation.ReportValidator} evaluates every identity of the report's
 * edition and returns a vavr {@link io.vavr.control.Validation}: invalid with every violation at
 * once when any error is found, valid with the report and its warnings otherwise. Each {@link
 * io.github.ogireport.validation.Violation} names its identity, severity and edition, every cell
 * involved with its official labels, the expected and the found value, and a one-line message in
 * Chinese and English. When a larger identity fails only as the echo of a smaller one (I1 on 总计
 * because I3 failed on a row), only the smaller is reported.
 *
 * <p>The header is validated too ({@code AGENCY}, {@code YEAR}, {@code EDITION_YEAR}), two reports
 * of different agencies are not compared across years ({@code SAME_AGENCY}), and {@link
 * io.github.ogireport.validation.Verdict} sums a report's violations up in one word, with {@code
 * NOTHING_TO_CHECK} for a published report that has no readable number or no total in section 三.
 */
@ValueStyle
package io.github.ogireport.validation;

import io.github.ogireport.internal.ValueStyle;
