package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The seed report's page renders in headless Chromium. This is the one rendering step that is
 * skipped where no browser is installed; the golden files and the structure tests always run.
 */
class ScreenshotTest {

  private static boolean chromiumInstalled() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Arrays.stream(path.split(File.pathSeparator))
        .anyMatch(
            d ->
                Files.isExecutable(Path.of(d, "chromium"))
                    || Files.isExecutable(Path.of(d, "chromium-browser"))
                    || Files.isExecutable(Path.of(d, "google-chrome")));
  }

  @Test
  void theSeedPageRendersInHeadlessChromium() throws Exception {
    assumeTrue(chromiumInstalled(), "no Chromium on this machine: screenshot skipped");
    RenderSeed.main(new String[] {"target/screenshot/seed-report"});
    Path png = Path.of("target/screenshot/seed-report.png");
    Files.deleteIfExists(png);
    Process p =
        new ProcessBuilder(
                "../scripts/chromium-screenshot.sh", "target/screenshot/seed-report.html", png.toString())
            .inheritIO()
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium took more than two minutes");
    assertEquals(0, p.exitValue());
    byte[] bytes = Files.readAllBytes(png);
    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), "a PNG file");
    assertTrue(bytes.length > 20_000, "a page with content, not a blank image: " + bytes.length);
  }
}
