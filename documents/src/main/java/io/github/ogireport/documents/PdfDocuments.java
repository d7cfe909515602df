package io.github.ogireport.documents;

import io.github.ogireport.documents.DocumentReading.NotRead;
import io.github.ogireport.documents.DocumentReading.Outcome;

/** PDF files. */
final class PdfDocuments {
  private PdfDocuments() {}

  static DocumentReading read(byte[] pdf) {
    return new NotRead(DocumentFormat.PDF, Outcome.CANNOT_READ, "PDF files are not read by this version");
  }
}
