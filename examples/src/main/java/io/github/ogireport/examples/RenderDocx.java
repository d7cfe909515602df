package io.github.ogireport.examples;

import io.github.ogireport.documents.DocxRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed report (方正县教育局 2020, 2019 edition) and the 淮安市 2024 report (2021 edition) as
 * Word documents, for a look at them (scripts/render-docx.sh converts them to PDF and PNG).
 *
 * <pre>{@code
 * RenderDocx.main(new String[] {"target/docx"});
 * // target/docx/seed-fangzheng-edu-2020.docx, target/docx/huaian-2024.docx
 * }</pre>
 */
public final class RenderDocx {
  private RenderDocx() {}

  /**
   * Writes the two documents and prints their paths.
   *
   * @param args the output folder (default {@code target/docx})
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/docx");
    Files.createDirectories(dir);
    write(dir.resolve("seed-fangzheng-edu-2020.docx"), DocxRenderer.docx(SeedReport.builder().buildOrThrow()));
    write(dir.resolve("huaian-2024.docx"), DocxRenderer.docx(HuaianReport.builder().buildOrThrow()));
  }

  private static void write(Path file, byte[] docx) throws IOException {
    Files.write(file, docx);
    System.out.println(file.toAbsolutePath());
  }
}
