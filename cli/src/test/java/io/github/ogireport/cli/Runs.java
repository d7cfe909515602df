package io.github.ogireport.cli;

import io.github.ogireport.testkit.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the checker in this JVM and keeps what it printed. */
final class Runs {
  static final List<String> SAMPLES =
      List.of(
          "hongze-2023.txt", "hongze-2024.txt", "huaian-2024.txt", "pingtan-2021.txt",
          "pingtan-2023.html", "seed-fangzheng-edu-2020.txt");

  private Runs() {}

  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    String last() {
      List<String> l = lines();
      return l.get(l.size() - 1);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Check.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path sample(Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, Samples.text(name), StandardCharsets.UTF_8);
    return p;
  }

  /**
   * 淮安市 2024's text with its row 规章 printed {@code 1（其中修订1件） 0 11}, as {@code noted.txt} in
   * {@code dir}: a number with words in brackets after it.
   */
  static Path noted(Path dir) throws IOException {
    String text = Samples.text("huaian-2024.txt");
    if (!text.contains("\n规章 1 0 11\n")) {
      throw new IllegalStateException("the sample's row 规章 is no longer 1 0 11");
    }
    Path p = dir.resolve("noted.txt");
    Files.writeString(p, text.replace("\n规章 1 0 11\n", "\n规章 1（其中修订1件） 0 11\n"), StandardCharsets.UTF_8);
    return p;
  }

  static Path samples(Path dir) throws IOException {
    for (String s : SAMPLES) {
      sample(dir, s);
    }
    return dir;
  }
}
