/**
 * Reports as they are distributed: PDF and Word files, HTML pages and text files, read into
 * core's {@link io.github.ogireport.model.PrintedReport}.
 *
 * <p>{@link io.github.ogireport.documents.ReportDocuments} takes a file or its bytes, tells the
 * format from the content and returns a {@link io.github.ogireport.documents.DocumentReading}:
 * the report read, or why the file is not a report or cannot be read.
 *
 * <p>{@link io.github.ogireport.documents.DocxRenderer} writes a report as a Word document in the
 * official layout, on the same walk over the report as core's renderers.
 */
package io.github.ogireport.documents;
