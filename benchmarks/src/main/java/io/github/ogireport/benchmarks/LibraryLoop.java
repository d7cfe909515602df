package io.github.ogireport.benchmarks;

import io.github.ogireport.read.ReportReader;
import io.github.ogireport.validation.ReportValidator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of the checker: the loop a user of the library would write to check a folder of text
 * reports, in a JVM of its own as the checker runs in: each file read with {@code
 * Files.readString}, {@link ReportReader#readText} and {@link ReportValidator#violations}, on N
 * threads taking the files in name order. It prints the files, the wall and CPU time of the loop
 * (the JVM's start excluded), reports per second and reports per CPU second. {@code
 * scripts/library-loop.sh} runs it; BENCHMARKS.md compares the checker's rate with it.
 *
 * <pre>{@code
 * scripts/library-loop.sh DIR [THREADS]   # THREADS: default one per core
 * }</pre>
 */
public final class LibraryLoop {
  private LibraryLoop() {}

  /**
   * Runs the loop.
   *
   * @param args the folder, then optionally the number of threads
   * @throws IOException when the folder cannot be listed
   * @throws InterruptedException when interrupted
   * @throws ExecutionException when a file cannot be read
   */
  public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: LibraryLoop DIR [THREADS]");
      System.exit(2);
    }
    if (!Files.isDirectory(Path.of(args[0]))) {
      System.err.println("no such folder: " + args[0]);
      System.exit(2);
    }
    List<Path> files;
    try (var s = Files.list(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long wall0 = System.nanoTime();
    long cpu0 = os.getProcessCpuTime();
    AtomicInteger next = new AtomicInteger();
    AtomicLong violations = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        workers.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < files.size(); ) {
            var read = ReportReader.readText(Files.readString(files.get(i)));
            violations.addAndGet(ReportValidator.violations(read.report()).size());
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT,
        "%d files, %d violations, %d threads: wall %.2f s, cpu %.2f s, %.0f reports/s, %.0f reports per cpu-s%n",
        files.size(), violations.get(), threads, wall, cpu, files.size() / wall, files.size() / cpu);
  }
}
