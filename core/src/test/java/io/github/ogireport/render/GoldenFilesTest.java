package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.testkit.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed and 淮安市 2024 reports rendered in each format, checked byte for byte against the golden
 * files under {@code src/test/resources/<edition>/}. On a difference the actual output is written to
 * {@code target/golden-actual/}; review it and copy it over the golden file when the change is
 * intended.
 */
class GoldenFilesTest {

  @ParameterizedTest
  @CsvSource({
    "seed-fangzheng-edu-2020, 2019, html",
    "seed-fangzheng-edu-2020, 2019, md",
    "seed-fangzheng-edu-2020, 2019, txt",
    "huaian-2024, 2021, html",
    "huaian-2024, 2021, md",
    "huaian-2024, 2021, txt"
  })
  void theRenderingEqualsTheGoldenFile(String name, String edition, String format) throws IOException {
    AnnualReport report = ReportJson.readAnnualReport(Fixtures.text(name + ".json"));
    Function<AnnualReport, String> renderer =
        switch (format) {
          case "html" -> ReportRenderer::html;
          case "md" -> ReportRenderer::markdown;
          default -> ReportRenderer::text;
        };
    byte[] actual = renderer.apply(report).getBytes(StandardCharsets.UTF_8);
    String resource = "/" + edition + "/" + name + "." + format;
    byte[] golden;
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(resource)) {
      golden = in == null ? new byte[0] : in.readAllBytes();
    }
    if (!java.util.Arrays.equals(golden, actual)) {
      Path out = Path.of("target", "golden-actual", edition, name + "." + format);
      Files.createDirectories(out.getParent());
      Files.write(out, actual);
    }
    assertEquals(
        new String(golden, StandardCharsets.UTF_8),
        new String(actual, StandardCharsets.UTF_8),
        resource + " differs; the rendering is in target/golden-actual/");
  }
}
