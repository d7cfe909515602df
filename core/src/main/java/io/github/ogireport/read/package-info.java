/**
 * Reading published reports: text in the layouts reports come in, and HTML pages.
 *
 * <p>{@link io.github.ogireport.read.ReportReader} turns a published report into a {@link
 * io.github.ogireport.model.PrintedReport} deterministically, with no guessing: sections, rows and
 * columns are found by their labels from the edition declarations (normalised for width, quotes,
 * spaces and line breaks, and accepting the declared variants), never by counting positions. A
 * run of digits printed without separators is split only where the identities make the split
 * unique; otherwise its cells are unreadable. The reader never throws: what it could not read is a
 * {@link io.github.ogireport.read.ReadingProblem} naming the line or element it came from, and the
 * identities then check what it did read.
 */
@ValueStyle
package io.github.ogireport.read;

import io.github.ogireport.internal.ValueStyle;
