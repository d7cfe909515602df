package io.github.ogireport.benchmarks;

import io.github.ogireport.read.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether the machine, not the library, moves a run's median: {@link ReportReader#readText} of one
 * file and two fixed pieces of work with no library code in them, on one thread, block after block
 * (in each block, a run of calls of each, so that none evicts another's data from the caches), each
 * call timed; for each block, the median call of each. One control works in
 * registers (a hash over the text), the other touches memory as a reading does (it fills a fresh
 * array of 64 KB and reads it back at scattered places). When a block's reading is slow and the
 * memory control is slow with it while the register control is not, the machine's memory was
 * slower then (other tenants of the host's caches and memory bus), and no change of the library
 * made it so. {@code scripts/phases.sh} runs it; BENCHMARKS.md shows a run.
 *
 * <pre>{@code
 * scripts/phases.sh FILE [BLOCKS [CALLS]]   # default 40 blocks of 500 calls, after 5,000 unmeasured
 * }</pre>
 */
public final class Phases {
  private Phases() {}

  /**
   * Runs the blocks and prints one line per block: its number, then the medians in µs of the
   * reading, the memory control and the register control.
   *
   * @param args the file, then optionally the number of blocks and of calls per block
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: Phases FILE [BLOCKS [CALLS]]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int blocks = args.length > 1 ? positive(args[1]) : 40;
    int calls = args.length > 2 ? positive(args[2]) : 500;
    String problem = problem(file, blocks, calls);
    if (problem != null) {
      System.err.println(problem);
      System.exit(2);
    }
    String text = Files.readString(file);
    long sink = 0;
    for (int i = 0; i < 5_000; i++) {
      sink += ReportReader.readText(text).report().cells().size() + memory(i) + registers(text);
    }
    long[][] times = new long[3][calls];
    System.out.println("block  readText  memory  registers   (median µs of " + calls + " calls)");
    for (int b = 0; b < blocks; b++) {
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        sink += ReportReader.readText(text).report().cells().size();
        times[0][i] = System.nanoTime() - t0;
      }
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        sink += memory(i);
        times[1][i] = System.nanoTime() - t0;
      }
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        sink += registers(text);
        times[2][i] = System.nanoTime() - t0;
      }
      System.out.printf(Locale.ROOT, "%5d  %8.1f  %6.1f  %9.1f%n", b, median(times[0]),
          median(times[1]), median(times[2]));
    }
    System.out.println(sink == 42 ? "" : "done");
  }

  /** What is wrong with a file to read and counts of blocks and calls, or null. */
  static String problem(Path file, int blocks, int calls) {
    return !Files.isRegularFile(file) ? "no such file: " + file
        : blocks < 1 || calls < 1 ? "BLOCKS and CALLS must be whole numbers from 1" : null;
  }

  /** A whole number from 1, or 0 when the text is none. */
  static int positive(String text) {
    try {
      return Math.max(0, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1000.0;
  }

  /** Fills a fresh 64 KB array and reads it back at scattered places, eight times. */
  private static long memory(int seed) {
    long h = seed;
    for (int r = 0; r < 8; r++) {
      int[] x = new int[16_384];
      for (int i = 0; i < x.length; i++) {
        x[i] = i * 31 + r;
      }
      for (int i = 0; i < x.length; i += 7) {
        h += x[(int) ((h & 0x7fff_ffffL) % x.length)] + x[i];
      }
    }
    return h;
  }

  /** A hash over the text, eight times: arithmetic on values held in registers. */
  private static long registers(String text) {
    long h = 0;
    for (int r = 0; r < 8; r++) {
      for (int i = 0; i < text.length(); i++) {
        h = h * 31 + text.charAt(i) + (h >>> 17);
      }
    }
    return h;
  }
}
