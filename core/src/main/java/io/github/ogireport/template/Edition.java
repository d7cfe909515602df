package io.github.ogireport.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * An edition of the statutory report format.
 *
 * <ul>
 *   <li>{@link #E2019}: 国办公开办函〔2019〕60号, 《中华人民共和国政府信息公开工作年度报告格式（试行）》, used
 *       for the report years 2019 and 2020;
 *   <li>{@link #E2021}: 国办公开办函〔2021〕30号, the revised format dated 2021-09-26, used from the
 *       report year 2021 on.
 * </ul>
 *
 * <p>Each edition carries its whole declaration: {@link #template()}.
 *
 * <pre>{@code
 * EditionTemplate t = Edition.E2021.template();
 * String label = t.applications().row("OTHER_3").label();   // "3.其他"
 * }</pre>
 */
public enum Edition {
  /** The 2019 trial format (report years 2019 and 2020). */
  E2019("2019", 2019),
  /** The 2021 revised format (report years 2021 onward). */
  E2021("2021", 2021);

  private final String id;
  private final int firstReportYear;

  Edition(String id, int firstReportYear) {
    this.id = id;
    this.firstReportYear = firstReportYear;
  }

  /**
   * The first report year this edition is required for; it is in force until the next edition's
   * first year.
   *
   * @return for example 2021 for {@link #E2021}
   */
  public int firstReportYear() {
    return firstReportYear;
  }

  /**
   * The edition's stable identifier, as written in JSON ({@code "2019"} or {@code "2021"}).
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * The complete declaration of this edition: tables, labels, cell kinds and identities.
   *
   * @return the edition's template, never null
   */
  public EditionTemplate template() {
    return Templates.of(this);
  }

  /**
   * The edition with the given identifier.
   *
   * @param id {@code "2019"} or {@code "2021"}
   * @return the edition, or empty when the identifier is unknown
   */
  public static Optional<Edition> fromId(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }

  /**
   * The edition an agency is required to use for a report year: 2019 for the years 2019 and 2020,
   * 2021 from 2021 on. Published reports sometimes use another; this is the rule, not a guess.
   *
   * @param reportYear the year the report covers
   * @return the edition in force for that year
   * @throws IllegalArgumentException for years before 2019, when no edition existed
   */
  public static Edition forReportYear(int reportYear) {
    Edition inForce = null;
    for (Edition e : values()) {
      if (e.firstReportYear <= reportYear
          && (inForce == null || e.firstReportYear > inForce.firstReportYear)) {
        inForce = e;
      }
    }
    if (inForce == null) {
      throw new IllegalArgumentException(
          "no edition of the report format covers the year "
              + reportYear
              + " (the first is "
              + values()[0].firstReportYear
              + ")");
    }
    return inForce;
  }
}
