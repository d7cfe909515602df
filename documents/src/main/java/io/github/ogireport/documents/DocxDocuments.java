package io.github.ogireport.documents;

import io.github.ogireport.documents.DocumentReading.NotRead;
import io.github.ogireport.documents.DocumentReading.Outcome;

/** Word .docx files. */
final class DocxDocuments {
  private DocxDocuments() {}

  static DocumentReading read(byte[] docx) {
    return new NotRead(DocumentFormat.DOCX, Outcome.CANNOT_READ, "Word .docx files are not read by this version");
  }
}
