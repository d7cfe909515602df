package io.github.ogireport.cli;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedGrid;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A temporary file where a run keeps what the series checks read of each report, so that the
 * checker's memory does not grow with the reports' text: one record ({@link #encode}) after
 * another, read back by position when the agency's series is checked.
 * The file is made at the first write and deleted when closed (or, at the latest, when the JVM
 * exits).
 *
 * <p>Records are appended by one thread (the one that collects the workers' results, in input
 * order) and read by any number of threads afterwards.
 */
final class Spill implements Closeable {
  /** Where one record is in the file. */
  record At(long position, int length) {}

  /** Records wait in memory until this many bytes are pending, then go to the file in one write. */
  static final int PENDING_BYTES = 1 << 20;

  private final int pendingBytes;
  private FileChannel channel;
  private Path file;
  private long end; // the end of the records, pending ones included
  private byte[] pending = new byte[0]; // records not yet in the file, from position end - pendingLength
  private int pendingLength;

  /** A spill whose records go to the file {@link #PENDING_BYTES} at a time. */
  Spill() {
    this(PENDING_BYTES);
  }

  /** A spill whose records go to the file {@code pendingBytes} at a time (small in tests). */
  Spill(int pendingBytes) {
    this.pendingBytes = pendingBytes;
  }

  /**
   * A kept report ({@link SeriesCheck#keep}) as the bytes of one record, or null when the record
   * cannot carry it (a cell outside its edition's printable cells, a text besides sections 一 and
   * 五); such a report stays in memory. The record holds the header, each cell by its index in the
   * edition's printable cells, and the two texts char for char (any {@code char}, a lone surrogate
   * too, comes back as it went).
   */
  static byte[] encode(PrintedReport kept) {
    Narratives n = kept.narratives();
    if (!n.equals(SeriesCheck.keptNarratives(n))) {
      return null;
    }
    EditionTemplate t = kept.edition().template();
    int size = headerBytes(kept, n);
    for (Map.Entry<CellRef, PrintedCell> e : kept.cells().entrySet()) {
      if (t.index(e.getKey()) < 0) {
        return null;
      }
      size += cellBytes(e.getValue());
    }
    ByteBuffer b = ByteBuffer.allocate(size);
    putHeader(b, kept, n, kept.cells().size());
    for (Map.Entry<CellRef, PrintedCell> e : kept.cells().entrySet()) {
      putCell(b, t.index(e.getKey()), e.getValue());
    }
    return b.array();
  }

  /**
   * The record {@link #encode} makes of {@link SeriesCheck#keep keep(report)}, made straight from
   * the report: the kept cells taken by position from its {@link PrintedReport#printedGrid()}, no
   * kept report made. Null when the grid does not hold every cell of the report (then {@code encode}
   * of the kept report says whether a record can carry it).
   */
  static byte[] encodeKept(PrintedReport report) {
    PrintedGrid g = report.printedGrid();
    if (g.placed() != report.cells().size()) {
      return null;
    }
    int[] positions = SeriesCheck.crossYearPositions(report.edition());
    Narratives n = report.narratives();
    int size = headerBytes(report, n);
    int count = 0;
    for (int i : positions) {
      PrintedCell c = g.cell(i);
      if (c != null) {
        count++;
        size += cellBytes(c);
      }
    }
    ByteBuffer b = ByteBuffer.allocate(size);
    putHeader(b, report, n, count);
    for (int i : positions) {
      PrintedCell c = g.cell(i);
      if (c != null) {
        putCell(b, i, c);
      }
    }
    return b.array();
  }

  /** The bytes of a record before its cells. */
  private static int headerBytes(PrintedReport r, Narratives n) {
    return 1 + 4 + 4 + 8 + 4 + chars(r.agency()) + chars(n.overview()) + chars(n.problems());
  }

  /** The bytes of one cell of a record. */
  private static int cellBytes(PrintedCell c) {
    return 4 + 1 + (c instanceof PrintedCell.Numeric v
        ? (v.figure() instanceof Figure.Count ? 8 : 1 + chars(amount(v)))
        : chars(text(c)));
  }

  /** Writes what a record holds before its cells: the header, sections 一 and 五, the number of cells. */
  private static void putHeader(ByteBuffer b, PrintedReport r, Narratives n, int cells) {
    b.put((byte) r.edition().ordinal()).putInt(r.year());
    putChars(b, r.agency());
    b.putLong(r.publicationDate().map(LocalDate::toEpochDay).orElse(NO_DATE));
    putChars(b, n.overview());
    putChars(b, n.problems());
    b.putInt(cells);
  }

  /** Writes one cell: its position among the edition's printable cells, its kind, what it holds. */
  private static void putCell(ByteBuffer b, int position, PrintedCell c) {
    b.putInt(position);
    if (c instanceof PrintedCell.Numeric v) {
      if (v.figure() instanceof Figure.Count count) {
        b.put(COUNT).putLong(count.value());
      } else {
        b.put(AMOUNT).put((byte) ((Figure.Amount) v.figure()).money().unit().ordinal());
        putChars(b, amount(v));
      }
    } else {
      putChars(b.put(c instanceof PrintedCell.Blank ? BLANK
          : c instanceof PrintedCell.Unreadable ? UNREADABLE : NOT_READ), text(c));
    }
  }

  /** The report of a record {@link #encode} made. */
  static PrintedReport decode(byte[] record) {
    ByteBuffer b = ByteBuffer.wrap(record);
    Edition edition = EDITIONS[b.get()];
    int year = b.getInt();
    String agency = getChars(b);
    long day = b.getLong();
    Optional<LocalDate> date = day == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    String overview = getChars(b);
    String problems = getChars(b);
    PrintedCell[] cells = new PrintedCell[edition.template().printableCells().size()];
    for (int i = b.getInt(); i > 0; i--) {
      int at = b.getInt();
      byte kind = b.get();
      cells[at] = switch (kind) {
        case COUNT -> new PrintedCell.Numeric(new Figure.Count(b.getLong()));
        case AMOUNT -> {
          MoneyUnit unit = UNITS[b.get()];
          yield new PrintedCell.Numeric(new Figure.Amount(Money.of(new BigDecimal(getChars(b)), unit)));
        }
        case BLANK -> new PrintedCell.Blank(getChars(b));
        case UNREADABLE -> new PrintedCell.Unreadable(getChars(b));
        case NOT_READ -> new PrintedCell.NotRead(getChars(b));
        default -> throw new IllegalStateException("a record of the series' file is damaged");
      };
    }
    return PrintedReport.of(edition, agency, year, date,
        SeriesCheck.keptNarratives(overview, problems), cells);
  }

  private static final long NO_DATE = Long.MIN_VALUE;
  private static final byte COUNT = 0;
  private static final byte AMOUNT = 1;
  private static final byte BLANK = 2;
  private static final byte UNREADABLE = 3;
  private static final byte NOT_READ = 4;
  private static final Edition[] EDITIONS = Edition.values();
  private static final MoneyUnit[] UNITS = MoneyUnit.values();

  /** The amount of a cell of money, as {@link BigDecimal#toString()} writes it (read back exactly). */
  private static String amount(PrintedCell.Numeric v) {
    return ((Figure.Amount) v.figure()).money().amount().toString();
  }

  /** The text of a cell that holds no number: its mark, what was printed, or why it was not read. */
  private static String text(PrintedCell c) {
    if (c instanceof PrintedCell.Blank v) {
      return v.mark();
    }
    if (c instanceof PrintedCell.Unreadable v) {
      return v.text();
    }
    return ((PrintedCell.NotRead) c).why();
  }

  /** The bytes {@link #putChars} writes. */
  private static int chars(String s) {
    return 4 + 2 * s.length();
  }

  /** Writes a text's length, then each char as two bytes, high first (into the buffer's array). */
  private static void putChars(ByteBuffer b, String s) {
    int n = s.length();
    b.putInt(n);
    byte[] a = b.array();
    int p = b.arrayOffset() + b.position();
    for (int i = 0; i < n; i++, p += 2) {
      char c = s.charAt(i);
      a[p] = (byte) (c >>> 8);
      a[p + 1] = (byte) c;
    }
    b.position(b.position() + 2 * n);
  }

  /** Reads a text {@link #putChars} wrote. */
  private static String getChars(ByteBuffer b) {
    char[] c = new char[b.getInt()];
    byte[] a = b.array();
    int p = b.arrayOffset() + b.position();
    for (int i = 0; i < c.length; i++, p += 2) {
      c[i] = (char) ((a[p] << 8) | (a[p + 1] & 0xFF));
    }
    b.position(b.position() + 2 * c.length);
    return new String(c);
  }

  /**
   * Appends one record; called by one thread at a time. Records are written to the file a block
   * at a time (see {@link #PENDING_BYTES}), not one system call each.
   */
  synchronized At write(byte[] record) {
    if (channel == null) {
      open(); // at the first write, so that a temporary folder that takes no file is told at once
    }
    if (pendingLength + record.length > pendingBytes) {
      flush();
    }
    At written = new At(end, record.length);
    if (record.length > pendingBytes) {
      writeOut(record, record.length); // nothing is pending: flushed above
    } else {
      if (pendingLength + record.length > pending.length) {
        pending = Arrays.copyOf(pending, Math.min(pendingBytes, Math.max(2 * pending.length, pendingLength + record.length)));
      }
      System.arraycopy(record, 0, pending, pendingLength, record.length);
      pendingLength += record.length;
    }
    end += record.length;
    return written;
  }

  /**
   * Writes the pending records to the file: called when the last record is written, so that a
   * failure to write is told on the writing thread ({@link #read} writes them too, if not done).
   */
  synchronized void flush() {
    if (pendingLength > 0) {
      writeOut(pending, pendingLength);
      pendingLength = 0;
    }
  }

  /** Makes the file. */
  private void open() {
    try {
      file = Files.createTempFile("ogi-check-series-", ".bin");
      file.toFile().deleteOnExit();
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the series' temporary file: " + e.getMessage(), e);
    }
  }

  /** Writes bytes at the file's end (the end of the records before them). */
  private void writeOut(byte[] bytes, int length) {
    try {
      ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
      long at = end - pendingLength;
      while (b.hasRemaining()) {
        at += channel.write(b, at);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the series' temporary file: " + e.getMessage(), e);
    }
  }

  /** Writes what is pending to the file when the record at {@code at} is not all in it yet. */
  private synchronized void written(At at) {
    if (at.position() + at.length() > end - pendingLength) {
      flush();
    }
  }

  /** Reads the report of one record back; safe on any number of threads once writing is done. */
  PrintedReport read(At at) {
    written(at);
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

  /** The temporary file, null before the first write. */
  synchronized Path file() {
    return file;
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
