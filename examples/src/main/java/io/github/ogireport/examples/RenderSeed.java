package io.github.ogireport.examples;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.ReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the seed report as an HTML page, a Markdown file and a text file.
 *
 * <pre>{@code
 * RenderSeed.main(new String[] {"target/seed-report"});
 * // target/seed-report.html, target/seed-report.md, target/seed-report.txt
 * }</pre>
 */
public final class RenderSeed {
  private RenderSeed() {}

  /**
   * Writes the three renderings.
   *
   * @param args the output path without extension (default {@code target/seed-report})
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path base = Path.of(args.length > 0 ? args[0] : "target/seed-report");
    if (base.getParent() != null) {
      Files.createDirectories(base.getParent());
    }
    AnnualReport seed = SeedReport.builder().buildOrThrow();
    write(base, ".html", ReportRenderer.html(seed));
    write(base, ".md", ReportRenderer.markdown(seed));
    write(base, ".txt", ReportRenderer.text(seed));
  }

  private static void write(Path base, String extension, String content) throws IOException {
    Path file = Path.of(base + extension);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    System.out.println(file.toAbsolutePath());
  }
}
