package io.github.ogireport.documents;

import io.github.ogireport.read.ReadResult;
import java.util.Objects;

/**
 * What {@link ReportDocuments} made of one file: either a report it read, or the reason it read
 * none.
 *
 * <pre>{@code
 * DocumentReading reading = ReportDocuments.read(path);
 * if (reading instanceof DocumentReading.Read r) {
 *   ReportValidator.validate(r.result().report());
 * } else if (reading instanceof DocumentReading.NotRead n) {
 *   System.out.println(n.outcome().words() + ": " + n.reason());   // "not a report: empty file"
 * }
 * }</pre>
 */
public sealed interface DocumentReading permits DocumentReading.Read, DocumentReading.NotRead {

  /**
   * The format told from the file's bytes.
   *
   * @return the format
   */
  DocumentFormat format();

  /**
   * A file read as a report: the printed report and the reading problems met.
   *
   * @param format the format of the file
   * @param result what core's reader made of it
   */
  record Read(DocumentFormat format, ReadResult result) implements DocumentReading {
    /**
     * Checks that no component is null.
     *
     * @param format the format
     * @param result the reading
     */
    public Read {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * A file that gave no report.
   *
   * @param format the format of the file
   * @param outcome whether it is no report at all, or a report that cannot be read
   * @param reason one line saying why, in words a reviewer can act on
   */
  record NotRead(DocumentFormat format, Outcome outcome, String reason) implements DocumentReading {
    /**
     * Checks that no component is null.
     *
     * @param format the format
     * @param outcome the outcome
     * @param reason the reason
     */
    public NotRead {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return outcome.words() + ": " + reason;
    }
  }

  /** Why a file gave no report. */
  enum Outcome {
    /** The file is something else: empty, binary, JSON, an archive, text with no section. */
    NOT_A_REPORT("not a report"),
    /** The file may well be a report but cannot be read: damaged, encrypted, scanned, Word 97. */
    CANNOT_READ("cannot read");

    private final String words;

    Outcome(String words) {
      this.words = words;
    }

    /**
     * The outcome in a reviewer's words.
     *
     * @return {@code not a report} or {@code cannot read}
     */
    public String words() {
      return words;
    }
  }
}
