package io.github.ogireport.testkit;

/** The JSON fixtures under {@code src/test/resources/fixtures}. */
public final class Fixtures {
  private Fixtures() {}

  /** The text of a fixture. */
  public static String text(String name) {
    return Resources.text("/fixtures/" + name);
  }
}
