package io.github.ogireport.cli;

import io.github.ogireport.documents.DocumentReading;
import io.github.ogireport.documents.ReportDocuments;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.CellNote;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Verdict;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the checker made of one file: a report with its violations, or why no report was read.
 *
 * @param entry the file
 * @param status the verdict
 * @param reason why the file was not read or skipped (empty for a report)
 * @param read the reading (null when no report was read)
 * @param violations the report's violations (empty when no report was read)
 */
record FileCheck(Entry entry, Status status, String reason, ReadResult read, Seq<Violation> violations) {

  /** The verdict on one file. */
  enum Status {
    /** A report with an error. */
    ERROR("error"),
    /**
     * A report without error that proves nothing: no readable number, or no total printed in
     * section 三 ({@link Verdict#NOTHING_TO_CHECK}); never shown as clean.
     */
    NOTHING_TO_CHECK("nothing to check"),
    /** A report without error that is not fully read or not fully filled in. */
    INCOMPLETE("incomplete"),
    /** A report without error, fully read. */
    CLEAN("clean"),
    /** A file that is not a report. */
    NOT_A_REPORT("not a report"),
    /** A file that may be a report but cannot be read. */
    CANNOT_READ("cannot read"),
    /** An entry of a folder that is not read (a folder, another file type, a link loop). */
    SKIPPED("skipped");

    final String words;

    Status(String words) {
      this.words = words;
    }

    boolean isReport() {
      return this == ERROR || this == NOTHING_TO_CHECK || this == INCOMPLETE || this == CLEAN;
    }

    boolean isNotRead() {
      return this == NOT_A_REPORT || this == CANNOT_READ;
    }
  }

  /** The checks that say a report is not complete: blank, unreadable or missing cells. */
  private static final Set<String> INCOMPLETENESS = Set.of("INCOMPLETE", "UNREADABLE", "MISSING_TOTAL");

  /**
   * Reads and checks one file. Never throws: an {@link Error} (out of memory included) or any
   * exception is this file's "cannot read". The reasons are in the language given.
   */
  static FileCheck of(Entry e, Lang l) {
    if (e.skipped().isPresent()) {
      return notRead(e, Status.SKIPPED, e.skipped().get());
    }
    if (e.unreadable().isPresent()) {
      return notRead(e, Status.CANNOT_READ, e.unreadable().get());
    }
    try {
      BasicFileAttributes a = Files.readAttributes(e.path(), BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return notRead(e, Status.CANNOT_READ, l.t("不是普通文件", "not a regular file"));
      }
      DocumentReading reading = ReportDocuments.read(e.path());
      if (reading instanceof DocumentReading.NotRead n) {
        return notRead(e,
            n.outcome() == DocumentReading.Outcome.NOT_A_REPORT ? Status.NOT_A_REPORT : Status.CANNOT_READ,
            l.reason(n));
      }
      ReadResult read = ((DocumentReading.Read) reading).result();
      Seq<Violation> violations = ReportValidator.violations(read.report());
      return new FileCheck(e, status(read, violations), "", read, violations);
    } catch (OutOfMemoryError oom) {
      return notRead(e, Status.CANNOT_READ, l.t("读取时内存不足", "out of memory while reading")
          + l.open + oom.getMessage() + l.close + l.colon
          + l.t("文件对这个 Java 堆（-Xmx）而言太大", "the file is too large for this Java heap (-Xmx)"));
    } catch (IOException | RuntimeException | Error t) {
      return notRead(e, Status.CANNOT_READ,
          t instanceof IOException io ? Inputs.why(io, l) : l.t("读取程序出错：", "the reader failed: ") + t);
    }
  }

  private static FileCheck notRead(Entry e, Status status, String reason) {
    return new FileCheck(e, status, reason, null, List.empty());
  }

  private static Status status(ReadResult read, Seq<Violation> violations) {
    switch (Verdict.of(violations)) {
      case ERRORS:
        return Status.ERROR;
      case NOTHING_TO_CHECK:
        return Status.NOTHING_TO_CHECK;
      default:
        break;
    }
    boolean incomplete = !read.problems().isEmpty()
        || violations.exists(v -> INCOMPLETENESS.contains(v.identityId()));
    return incomplete ? Status.INCOMPLETE : Status.CLEAN;
  }

  PrintedReport report() {
    return read.report();
  }

  long errors() {
    return violations.count(Violation::isError);
  }

  long warnings() {
    return violations.size() - errors();
  }

  int problems() {
    return read == null ? 0 : read.problems().size();
  }

  /** The numbers printed with words after them ({@link ReadResult#notes()}), by cell. */
  Map<CellRef, CellNote> notes() {
    Map<CellRef, CellNote> notes = new HashMap<>();
    if (read != null) {
      read.notes().forEach(n -> notes.put(n.cell(), n));
    }
    return notes;
  }

  /** The agency as the reader found it, empty when not found (the report then holds a stand-in). */
  Optional<String> agency() {
    return read.agency();
  }

  /** The year as the reader found it, empty when not found (the report then holds a stand-in). */
  OptionalInt year() {
    return read.year();
  }

  /** The agency as found, or the word for "not found" in the language given. */
  String agencyShown(Lang l) {
    return agency().orElse(l.notFound());
  }

  /** The year as found, or the word for "not found" in the language given. */
  String yearShown(Lang l) {
    return year().isPresent() ? Integer.toString(year().getAsInt()) : l.notFound();
  }

  /** Whether the reader found both the agency and the year: only such a report joins a series. */
  boolean headerFound() {
    return agency().isPresent() && year().isPresent();
  }

  Optional<PrintedReport> maybeReport() {
    return Optional.ofNullable(read).map(ReadResult::report);
  }
}
