package io.github.ogireport.testkit;

/**
 * JSON documents of real reports ({@code seed-fangzheng-edu-2020.json}, {@code huaian-2024.json}),
 * as {@code ReportJson} writes them.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The text of a fixture.
   *
   * @param name a file name, for example {@code huaian-2024.json}
   * @return the document (UTF-8)
   * @throws IllegalArgumentException when there is no such fixture
   */
  public static String text(String name) {
    return Resources.text("fixtures/" + name);
  }
}
