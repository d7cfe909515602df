package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogireport.testkit.Samples;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 10 and item 7: a folder nobody vetted, checked by the real command in a child
 * JVM with a small heap. Each odd entry gets its line, the rest is checked, the run ends with 2.
 */
class HostileFolderTest {
  @TempDir Path dir;

  @Test
  void aFifoANewlineNameADirectoryALinkLoopAndAHugeTextEachGetTheirLine() throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "POSIX file names and FIFOs");
    Runs.sample(dir, "hongze-2023.txt");
    Runs.sample(dir, "huaian-2024.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.txt").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Files.writeString(dir.resolve("new\nline.txt"), Samples.text("huaian-2024.txt"), StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("x.txt"));
    Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
    Path huge = dir.resolve("huge.txt");
    try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      String line = "第二十条第（一）项 规章 12 3 45 政府信息公开申请 6789 件，答复 1234 件。\n";
      long written = 0;
      while (written < 20L * 1024 * 1024) {
        w.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", classpath,
            "io.github.ogireport.cli.Check", "--lang", "en", "--quiet", dir.toString())
        .redirectErrorStream(false)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the run ended (no FIFO blocked it)");
    String text = new String(out, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertEquals(2, p.exitValue(), text + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    assertEquals(8, lines.size(), text);
    assertTrue(lines.get(0).startsWith("fifo.txt: cannot read: not a regular file"), lines.get(0));
    assertTrue(lines.get(1).startsWith("hongze-2023.txt: 2021 edition, 洪泽区人民政府, 2023: 2 errors"), lines.get(1));
    assertTrue(lines.get(2).startsWith("huaian-2024.txt: 2021 edition, 淮安市人民政府, 2024: 0 errors"), lines.get(2));
    // 20 MB of one repeated line: refused, or read as a report that proves nothing, never clean.
    boolean readAsReport = lines.get(3).endsWith(", nothing to check");
    assertTrue(readAsReport || lines.get(3).matches("huge\\.txt: (cannot read|not a report): .*"), lines.get(3));
    assertTrue(lines.get(4).startsWith("loop.txt: skipped: a symbolic link loop"), lines.get(4));
    assertTrue(lines.get(5).startsWith("new\\nline.txt: 2021 edition, 淮安市人民政府, 2024: 0 errors"), lines.get(5));
    assertTrue(lines.get(6).startsWith("x.txt: skipped: a folder"), lines.get(6));
    assertEquals(readAsReport
        ? "summary: 4 reports, 1 with errors, 1 with nothing to check, 0 incomplete, 1 not read, 2 skipped"
        : "summary: 3 reports, 1 with errors, 0 with nothing to check, 0 incomplete, 2 not read, 2 skipped",
        lines.get(7));
  }
}
