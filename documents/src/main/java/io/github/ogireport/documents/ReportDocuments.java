package io.github.ogireport.documents;

import io.github.ogireport.documents.DocumentReading.NotRead;
import io.github.ogireport.documents.DocumentReading.Outcome;
import io.github.ogireport.documents.DocumentReading.Read;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.read.ReadingProblem;
import io.github.ogireport.read.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a report as it is distributed: a PDF, a Word .docx, an HTML page, or text (Markdown
 * included) in UTF-8, UTF-16 or GB18030/GBK. The format is told from the content, never from the
 * file's name.
 *
 * <pre>{@code
 * DocumentReading reading = ReportDocuments.read(Path.of("洪泽区2023年报.pdf"));
 * if (reading instanceof DocumentReading.Read read) {
 *   PrintedReport report = read.result().report();   // every cell read, blanks kept blank
 *   read.result().problems();                         // what could not be read, and where
 * } else {
 *   System.out.println(reading);                      // "cannot read: no text layer: OCR it first"
 * }
 * }</pre>
 *
 * <p>Never throws for any content: a file that is not a report (empty, binary, an image, JSON, an
 * archive, text with no section of a report) or that cannot be read (damaged, encrypted, a scan
 * without text, a Word 97 file) gives a {@link DocumentReading.NotRead} with the reason.
 */
public final class ReportDocuments {
  /** Files above this size are not read: no annual report comes near it. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private ReportDocuments() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @return the report read, or why none was
   */
  public static DocumentReading read(Path file) {
    try {
      // one look at the file for both (the checker reads tens of thousands of files)
      java.nio.file.attribute.BasicFileAttributes a =
          Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      if (a.isDirectory()) {
        return new NotRead(DocumentFormat.BINARY, Outcome.CANNOT_READ, "a folder, not a file");
      }
      long size = a.size();
      if (size > MAX_BYTES) {
        return new NotRead(DocumentFormat.BINARY, Outcome.NOT_A_REPORT,
            "too large for a report (" + size + " bytes)");
      }
      return read(Files.readAllBytes(file));
    } catch (IOException | SecurityException e) {
      return new NotRead(DocumentFormat.BINARY, Outcome.CANNOT_READ, "cannot open the file: " + why(e));
    }
  }

  /**
   * Reads a file's content.
   *
   * @param content the bytes of the file
   * @return the report read, or why none was
   */
  public static DocumentReading read(byte[] content) {
    if (content == null || content.length == 0) {
      return new NotRead(DocumentFormat.EMPTY, Outcome.NOT_A_REPORT, "empty file");
    }
    try {
      return dispatch(content);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new NotRead(DocumentFormat.BINARY, Outcome.CANNOT_READ, "the file could not be read: " + why(e));
    }
  }

  private static DocumentReading dispatch(byte[] b) {
    if (isPdf(b)) {
      return PdfDocuments.read(b);
    }
    if (TextDecoding.startsWith(b, 'P', 'K', 3, 4)) {
      return zip(b);
    }
    if (TextDecoding.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return new NotRead(DocumentFormat.WORD_97, Outcome.CANNOT_READ,
          "Word 97 format: save as .docx (or an encrypted or other Office 97 file)");
    }
    Optional<String> image = image(b);
    if (image.isPresent()) {
      return new NotRead(DocumentFormat.IMAGE, Outcome.CANNOT_READ,
          "an image (" + image.get() + "), no text: OCR it first");
    }
    Optional<TextDecoding.Decoded> decoded = TextDecoding.decode(b);
    if (decoded.isEmpty()) {
      return new NotRead(DocumentFormat.BINARY, Outcome.NOT_A_REPORT,
          "binary data, not text in UTF-8, UTF-16 or GB18030/GBK, nor a PDF or .docx");
    }
    String text = decoded.get().text();
    String head = head(text);
    if (head.isEmpty()) {
      return new NotRead(DocumentFormat.EMPTY, Outcome.NOT_A_REPORT, "only white space");
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return new NotRead(DocumentFormat.JSON, Outcome.NOT_A_REPORT,
          "a JSON document, not a printed report (this library's JSON is read with ReportJson)");
    }
    if (isHtml(head)) {
      return report(DocumentFormat.HTML, ReportReader.readHtml(text));
    }
    return report(DocumentFormat.TEXT, ReportReader.readText(text));
  }

  /**
   * A reading, or "not a report" when the reader found nothing of a report in it.
   *
   * @param format the format read
   * @param result core's reading
   * @return the outcome
   */
  static DocumentReading report(DocumentFormat format, ReadResult result) {
    for (ReadingProblem p : result.problems()) {
      if (p.kind() == ReadingProblem.Kind.NOT_A_REPORT) {
        return new NotRead(format, Outcome.NOT_A_REPORT, p.message());
      }
    }
    return new Read(format, result);
  }

  /**
   * What went wrong, on one line: the exception's message (or its kind when it has none), line
   * breaks and overlong detail cut.
   *
   * @param e what a library threw
   * @return one line
   */
  static String why(Throwable e) {
    String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  private static boolean isPdf(byte[] b) {
    byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    int limit = Math.min(b.length - magic.length, 1024);
    outer:
    for (int i = 0; i <= limit; i++) {
      for (int k = 0; k < magic.length; k++) {
        if (b[i + k] != magic[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static DocumentReading zip(byte[] b) {
    boolean word = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
      ZipEntry e;
      int entries = 0;
      while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
        if (e.getName().equals("word/document.xml")) {
          word = true;
          break;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return new NotRead(DocumentFormat.ZIP, Outcome.CANNOT_READ, "a damaged zip archive: " + why(e));
    }
    if (!word) {
      return new NotRead(DocumentFormat.ZIP, Outcome.NOT_A_REPORT,
          "a zip archive without word/document.xml, not a Word document");
    }
    return DocxDocuments.read(b);
  }

  private static Optional<String> image(byte[] b) {
    if (TextDecoding.startsWith(b, 0x89, 'P', 'N', 'G')) {
      return Optional.of("PNG");
    }
    if (TextDecoding.startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("JPEG");
    }
    if (TextDecoding.startsWith(b, 'G', 'I', 'F', '8')) {
      return Optional.of("GIF");
    }
    if (TextDecoding.startsWith(b, 'I', 'I', '*', 0) || TextDecoding.startsWith(b, 'M', 'M', 0, '*')) {
      return Optional.of("TIFF");
    }
    if (TextDecoding.startsWith(b, 'B', 'M') && b.length > 26 && b[14] >= 12 && b[15] == 0) {
      return Optional.of("BMP");
    }
    return Optional.empty();
  }

  /** How much of a text's start {@link #isHtml} reads. */
  static final int HEAD = 4096;

  /**
   * The start of a text that tells its format: at most {@link #HEAD} chars of it {@link
   * String#strip() stripped}, without copying the whole text.
   *
   * @param text the text
   * @return the start, empty when the text is only white space
   */
  static String head(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, Math.min(to, from + HEAD));
  }

  /** A page: markup at its start, or a document element near it. */
  static boolean isHtml(String head) {
    int end = Math.min(head.length(), HEAD);
    if (head.lastIndexOf('<', end - 1) < 0) {
      return false; // every mark of a page below starts with "<", which lower case leaves alone
    }
    String h = head.substring(0, end).toLowerCase(Locale.ROOT);
    if (h.startsWith("<!doctype html") || h.contains("<html")) {
      return true;
    }
    return h.startsWith("<") && (h.contains("<html") || h.contains("<body") || h.contains("<table")
        || h.contains("<head") || h.contains("<meta") || h.contains("<div") || h.contains("<p"));
  }
}
