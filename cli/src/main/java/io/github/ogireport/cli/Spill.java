package io.github.ogireport.cli;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.PrintedReport;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file where a run keeps what the series checks read of each report, so that the
 * checker's memory does not grow with the reports' text: one JSON document ({@link ReportJson},
 * kind {@code "printed"}) after another, read back by position when the agency's series is checked.
 * The file is made at the first write and deleted when closed (or, at the latest, when the JVM
 * exits).
 *
 * <p>Records are appended by one thread (the one that collects the workers' results, in input
 * order) and read by any number of threads afterwards.
 */
final class Spill implements Closeable {
  /** Where one record is in the file. */
  record At(long position, int length) {}

  private FileChannel channel;
  private Path file;
  private long end;

  /**
   * A report's document, as written to the file, or null when the JSON document cannot carry the
   * report (a negative count, a year outside 2019–9999, a lone surrogate: {@link
   * ReportJson#write(PrintedReport)}); such a report stays in memory.
   */
  static byte[] encode(PrintedReport kept) {
    try {
      return ReportJson.write(kept).getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notCarried) {
      return null;
    }
  }

  /** The report of a document {@link #encode} made. */
  static PrintedReport decode(byte[] document) {
    return ReportJson.readPrintedReport(new String(document, StandardCharsets.UTF_8));
  }

  /** Appends one record; called by one thread at a time. */
  synchronized At write(byte[] record) {
    try {
      if (channel == null) {
        file = Files.createTempFile("ogi-check-series-", ".json");
        file.toFile().deleteOnExit();
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }
      ByteBuffer b = ByteBuffer.wrap(record);
      long at = end;
      while (b.hasRemaining()) {
        at += channel.write(b, at);
      }
      At written = new At(end, record.length);
      end = at;
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the series' temporary file: " + e.getMessage(), e);
    }
  }

  /** Reads the report of one record back; safe on any number of threads once writing is done. */
  PrintedReport read(At at) {
    ByteBuffer b = ByteBuffer.allocate(at.length());
    try {
      while (b.hasRemaining()) {
        if (channel.read(b, at.position() + b.position()) < 0) {
          throw new IOException("the file ends before its record at " + at.position());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the series' temporary file: " + e.getMessage(), e);
    }
    return decode(b.array());
  }

  /** Closes and deletes the file, if one was made. */
  @Override
  public synchronized void close() throws IOException {
    if (channel != null) {
      try {
        channel.close();
      } finally {
        Files.deleteIfExists(file);
        channel = null;
      }
    }
  }
}
