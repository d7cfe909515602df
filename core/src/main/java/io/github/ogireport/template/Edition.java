package io.github.ogireport.template;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 * <p>Each edition carries its whole declaration: {@link #template()}. The editions are data: {@link
 * #values()} lists every declared edition, and a further one is declared with {@link
 * EditionDeclaration} (see {@code docs/adding-an-edition.md}). Two editions are equal only when they
 * are the same declared edition.
 *
 * <pre>{@code
 * EditionTemplate t = Edition.E2021.template();
 * String label = t.applications().row("OTHER_3").label();   // "3.其他"
 * }</pre>
 */
public final class Edition {
  // Before the constants, which take their ordinal from it.
  private static final java.util.concurrent.atomic.AtomicInteger CREATED =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The 2019 trial format (report years 2019 and 2020). */
  public static final Edition E2019 = new Edition("2019", 2019);

  /** The 2021 revised format (report years 2021 onward). */
  public static final Edition E2021 = new Edition("2021", 2021);

  private final String id;
  private final int firstReportYear;
  private final int ordinal;

  Edition(String id, int firstReportYear) {
    this.id = Objects.requireNonNull(id, "id");
    this.firstReportYear = firstReportYear;
    this.ordinal = CREATED.getAndIncrement();
  }

  /**
   * A small number unique to this edition, for arrays indexed by edition: 0 for {@link #E2019}, 1
   * for {@link #E2021}, then in the order further editions are declared (never reused).
   *
   * @return the number
   */
  public int ordinal() {
    return ordinal;
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
   * The constant-like name of the edition, {@code "E"} and its id.
   *
   * @return for example {@code "E2021"}
   */
  public String name() {
    return "E" + id;
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
   * The complete declaration of this edition: tables, labels, cell kinds and identities.
   *
   * @return the edition's template, never null
   * @throws IllegalStateException when this edition is no longer declared
   */
  public EditionTemplate template() {
    return Templates.of(this);
  }

  /**
   * Every declared edition, oldest first.
   *
   * @return the editions: {@link #E2019}, {@link #E2021} and any declared with {@link
   *     EditionDeclaration}
   */
  public static Edition[] values() {
    return Templates.editions().toArray(new Edition[0]);
  }

  /**
   * The declared edition with the given identifier.
   *
   * @param id for example {@code "2019"} or {@code "2021"}
   * @return the edition, or empty when no declared edition has that identifier
   */
  public static Optional<Edition> fromId(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }

  /**
   * The declared edition with the given name or identifier, as an enum's {@code valueOf} would.
   *
   * @param name for example {@code "E2021"} (its {@link #name()}) or {@code "2021"} (its id)
   * @return the edition
   * @throws IllegalArgumentException when no declared edition has that name or identifier
   */
  public static Edition valueOf(String name) {
    Objects.requireNonNull(name, "name");
    return Arrays.stream(values())
        .filter(e -> e.name().equals(name) || e.id.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no edition "
                        + name
                        + "; the declared editions are "
                        + Arrays.stream(values()).map(Edition::name).toList()));
  }

  /**
   * The edition an agency is required to use for a report year: the declared edition with the
   * latest first year not after it (2019 for the years 2019 and 2020, 2021 from 2021 on). Published
   * reports sometimes use another; this is the rule, not a guess.
   *
   * @param reportYear the year the report covers
   * @return the edition in force for that year
   * @throws IllegalArgumentException for years before 2019, when no edition existed
   */
  public static Edition forReportYear(int reportYear) {
    List<Edition> all = Templates.editions();
    Edition inForce = null;
    for (Edition e : all) {
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
              + all.get(0).firstReportYear
              + ")");
    }
    return inForce;
  }

  @Override
  public String toString() {
    return name();
  }
}
