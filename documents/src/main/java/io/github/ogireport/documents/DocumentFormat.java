package io.github.ogireport.documents;

/** What a file turned out to be, told from its bytes (never from its name). */
public enum DocumentFormat {
  /** A PDF file ({@code %PDF-}). */
  PDF,
  /** A Word .docx file (a zip archive with {@code word/document.xml}). */
  DOCX,
  /** A legacy Word 97–2003 .doc file, or another OLE2 compound file. */
  WORD_97,
  /** An HTML page. */
  HTML,
  /** Plain text or Markdown, in UTF-8, UTF-16 or GB18030/GBK. */
  TEXT,
  /** A JSON document (such as this library's own report JSON), not a printed report. */
  JSON,
  /** A zip archive that is not a Word document. */
  ZIP,
  /** An image (PNG, JPEG, GIF, TIFF, BMP): no text to read. */
  IMAGE,
  /** Bytes that are no text in any encoding read here, and no known document format. */
  BINARY,
  /** An empty file, or one holding only white space. */
  EMPTY
}
