package io.github.ogireport.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of {@code core} compared in one JVM: each loaded by a class loader of its own, {@code
 * ReportReader.readText} of one file called in blocks, the builds taking turns (which one goes first
 * alternates from block to block). A slow spell of the machine (see {@link Phases}) slows both
 * builds' blocks alike, so the ratio of their medians block by block is steadier than the ratio of
 * two JMH runs made one after the other. {@code scripts/ab.sh} runs it.
 *
 * <pre>{@code
 * scripts/ab.sh OLD_TREE NEW_TREE FILE [BLOCKS [CALLS]]   # each tree built (core/target/classes)
 * }</pre>
 *
 * <p>It prints each build's median and fastest block, and the median and quartiles of new / old
 * over the blocks. Both builds' code is compiled by the same JIT in the same process, so each
 * is a little slower than alone; compare the ratio, not the times, with JMH's.
 */
public final class AlternatingBlocks {
  private AlternatingBlocks() {}

  /**
   * Runs the comparison.
   *
   * @param args the old tree, the new tree, the file, then optionally the number of blocks and of
   *     calls per block (default 60 and 100)
   * @throws Throwable when a build cannot be loaded or a reading fails
   */
  public static void main(String[] args) throws Throwable {
    if (args.length < 3 || args.length > 5) {
      System.err.println("usage: AlternatingBlocks OLD_TREE NEW_TREE FILE [BLOCKS [CALLS]]");
      System.exit(2);
    }
    Path file = Path.of(args[2]);
    int blocks = args.length > 3 ? Phases.positive(args[3]) : 60;
    int calls = args.length > 4 ? Phases.positive(args[4]) : 100;
    String problem = Phases.problem(file, blocks, calls);
    for (int tree = 0; tree < 2 && problem == null; tree++) {
      problem = built(args[tree]);
    }
    if (problem != null) {
      System.err.println(problem);
      System.exit(2);
    }
    String text = Files.readString(file);
    // The libraries core depends on, from this JVM's class path; core itself from each tree.
    List<URL> libraries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.contains("ogi-report") && !entry.contains("/target/classes")) {
        libraries.add(Path.of(entry).toUri().toURL());
      }
    }
    MethodHandle[] read = {reader(args[0], libraries), reader(args[1], libraries)};
    for (int i = 0; i < 3_000; i++) {
      call(read[0], text);
      call(read[1], text);
    }
    long[][] median = new long[2][blocks];
    double[] ratio = new double[blocks];
    long[] times = new long[calls];
    for (int b = 0; b < blocks; b++) {
      for (int turn = 0; turn < 2; turn++) {
        int build = b % 2 == 0 ? turn : 1 - turn;
        for (int i = 0; i < calls; i++) {
          long t0 = System.nanoTime();
          call(read[build], text);
          times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        median[build][b] = times[calls / 2];
      }
      ratio[b] = (double) median[1][b] / median[0][b];
    }
    Arrays.sort(ratio);
    long[] old = median[0].clone();
    long[] neu = median[1].clone();
    Arrays.sort(old);
    Arrays.sort(neu);
    System.out.printf(Locale.ROOT,
        "%s: old median block %.1f µs (fastest %.1f), new %.1f µs (fastest %.1f);"
            + " new / old by block: median %.3f (quartiles %.3f, %.3f), %d blocks of %d calls%n",
        Path.of(args[2]).getFileName(), old[blocks / 2] / 1e3, old[0] / 1e3, neu[blocks / 2] / 1e3,
        neu[0] / 1e3, ratio[blocks / 2], ratio[blocks / 4], ratio[3 * blocks / 4], blocks, calls);
  }

  /** Why a tree cannot be loaded (its core not built), or null. */
  private static String built(String tree) {
    Path classes = Path.of(tree, "core", "target", "classes", "io", "github", "ogireport", "read");
    return Files.isDirectory(classes) ? null
        : tree + " has no built core (" + classes + "): run ./mvnw -q -pl core compile there";
  }

  private static MethodHandle reader(String tree, List<URL> libraries) throws Exception {
    Path classes = Path.of(tree, "core", "target", "classes");
    List<URL> path = new ArrayList<>();
    path.add(classes.toUri().toURL());
    path.addAll(libraries);
    ClassLoader loader =
        new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Class<?> reader = loader.loadClass("io.github.ogireport.read.ReportReader");
    Class<?> result = loader.loadClass("io.github.ogireport.read.ReadResult");
    return MethodHandles.publicLookup()
        .findStatic(reader, "readText", MethodType.methodType(result, String.class));
  }

  private static void call(MethodHandle read, String text) throws Throwable {
    if (read.invoke(text) == null) {
      throw new IllegalStateException("readText returned null");
    }
  }
}
