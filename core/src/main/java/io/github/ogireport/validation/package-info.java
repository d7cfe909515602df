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
 */
@ValueStyle
package io.github.ogireport.validation;

import io.github.ogireport.model.ValueStyle;
