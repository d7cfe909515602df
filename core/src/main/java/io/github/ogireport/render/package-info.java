/**
 * Rendering reports in the official layout: HTML, Markdown and plain text.
 *
 * <p>{@link io.github.ogireport.render.ReportRenderer} walks the edition's declaration: every
 * heading, caption and label comes from the {@link io.github.ogireport.template.EditionTemplate},
 * every number from the report. A renderer never sums anything: the totals it prints are the ones
 * the model holds (derived in a report built in code, as printed in a printed report), so a
 * rendered total cannot disagree with a validated one. A blank printed cell stays blank; a blank
 * printed as a mark ("/", "—") prints that mark; unreadable text prints as it was read.
 */
package io.github.ogireport.render;
