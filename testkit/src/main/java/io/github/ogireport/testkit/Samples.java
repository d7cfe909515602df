package io.github.ogireport.testkit;

import java.util.List;

/**
 * The real published reports this library is tested on, as the agencies published them (text
 * copied from their pages, or the page's HTML), carried in this jar.
 *
 * <pre>{@code
 * ReadResult r = ReportReader.read(Source.text(Samples.text("huaian-2024.txt")));
 * }</pre>
 */
public final class Samples {
  private static final List<String> FILES =
      List.of(
          "hongze-2023.txt",
          "hongze-2024.txt",
          "huaian-2024.txt",
          "pingtan-2021.txt",
          "pingtan-2023.html",
          "seed-fangzheng-edu-2020.txt");

  private Samples() {}

  /**
   * The text of a sample file.
   *
   * @param file a file name of {@link #files()}, for example {@code huaian-2024.txt}
   * @return the file's text (UTF-8)
   * @throws IllegalArgumentException when there is no such sample
   */
  public static String text(String file) {
    return Resources.text("samples/" + file);
  }

  /**
   * The names of the samples this kit carries.
   *
   * @return the file names, each readable with {@link #text(String)}
   */
  public static List<String> files() {
    return FILES;
  }
}
