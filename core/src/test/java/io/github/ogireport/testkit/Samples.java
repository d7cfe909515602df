package io.github.ogireport.testkit;

/** The real published reports under {@code src/test/resources/samples}. */
public final class Samples {
  private Samples() {}

  /** The text of a sample file. */
  public static String text(String file) {
    return Resources.text("/samples/" + file);
  }
}
