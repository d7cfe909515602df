package io.github.ogireport.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real published reports under {@code src/test/resources/samples}. */
public final class Samples {
  private Samples() {}

  /** The text of a sample file. */
  public static String text(String file) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
