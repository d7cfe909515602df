package io.github.ogireport.series;

import io.github.ogireport.template.Section;
import io.github.ogireport.validation.Violation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about two reports of an agency's series (or about a gap or a duplicate in it).
 *
 * <p>Four kinds:
 *
 * <ul>
 *   <li>{@link Kind#CROSS_YEAR}: a broken cross-year identity (I5, I7, I8) between two consecutive
 *       years; {@link #violation()} holds the violation, with its cells and values, and the level
 *       is its severity;
 *   <li>{@link Kind#REPEATED_TEXT}: a warning that more than half of section 一 or 五 repeats the
 *       year before's ({@link TextReuse});
 *   <li>{@link Kind#MISSING_YEARS}: a note that the series has no report for the years between two
 *       reports, so the chain is broken there and those two are not compared;
 *   <li>{@link Kind#DUPLICATE_YEAR}: a note that the series has more than one report of one year;
 *       each of them is compared with each report of the neighbouring years.
 * </ul>
 *
 * @param <T> the members of the series ({@link AgencyGroup#members()})
 * @param kind the kind
 * @param id for a cross-year violation its identity id ({@code I5}, {@code I7}, {@code I8});
 *     otherwise the kind's name
 * @param level error, warning or note
 * @param previousYear the earlier year of the two compared (the year before the gap; the duplicated
 *     year)
 * @param year the later year (the year after the gap; the duplicated year)
 * @param previous the earlier report, when the finding is about two reports
 * @param current the later report, when the finding is about two reports
 * @param section for {@link Kind#REPEATED_TEXT}, section 一 or 五
 * @param share for {@link Kind#REPEATED_TEXT}, the share of the section's text repeated, 0 to 1
 * @param violation for {@link Kind#CROSS_YEAR}, the violation
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record SeriesFinding<T>(
    Kind kind,
    String id,
    Level level,
    int previousYear,
    int year,
    Optional<T> previous,
    Optional<T> current,
    Optional<Section> section,
    Optional<Double> share,
    Optional<Violation> violation,
    String messageZh,
    String messageEn) {

  /**
   * Checks that no component is null.
   *
   * @param kind the kind
   * @param id the id
   * @param level the level
   * @param previousYear the earlier year
   * @param year the later year
   * @param previous the earlier report
   * @param current the later report
   * @param section the section of repeated text
   * @param share the share of repeated text
   * @param violation the violation
   * @param messageZh the message in Chinese
   * @param messageEn the message in English
   */
  public SeriesFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(violation, "violation");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /** What a finding is about. */
  public enum Kind {
    /** A broken cross-year identity. */
    CROSS_YEAR,
    /** Section 一 or 五 mostly repeated from the year before. */
    REPEATED_TEXT,
    /** No report for the years between two reports. */
    MISSING_YEARS,
    /** More than one report of one year. */
    DUPLICATE_YEAR
  }

  /** How serious a finding is. */
  public enum Level {
    /** The two reports contradict each other. */
    ERROR,
    /** Something is suspicious. */
    WARNING,
    /** Information about the series itself; nothing is wrong with a report. */
    NOTE
  }

  static <T> SeriesFinding<T> crossYear(
      int previousYear, int year, T previous, T current, Violation v) {
    return new SeriesFinding<>(
        Kind.CROSS_YEAR,
        v.identityId(),
        v.isError() ? Level.ERROR : Level.WARNING,
        previousYear,
        year,
        Optional.of(previous),
        Optional.of(current),
        Optional.empty(),
        Optional.empty(),
        Optional.of(v),
        v.messageZh(),
        v.messageEn());
  }

  static <T> SeriesFinding<T> repeatedText(
      int previousYear,
      int year,
      T previous,
      T current,
      Section section,
      String heading,
      double share) {
    String percent = Math.round(share * 100) + "%";
    return new SeriesFinding<>(
        Kind.REPEATED_TEXT,
        Kind.REPEATED_TEXT.name(),
        Level.WARNING,
        previousYear,
        year,
        Optional.of(previous),
        Optional.of(current),
        Optional.of(section),
        Optional.of(share),
        Optional.empty(),
        year + "年" + heading + "有" + percent + "与" + previousYear + "年相同",
        percent + " of section " + section.numeral() + " (" + heading + ") of " + year
            + " repeats " + previousYear);
  }

  static <T> SeriesFinding<T> missingYears(int previousYear, int year) {
    String missing =
        year - previousYear == 2
            ? String.valueOf(previousYear + 1)
            : (previousYear + 1) + "–" + (year - 1);
    return note(
        Kind.MISSING_YEARS,
        previousYear,
        year,
        "缺少" + missing + "年度报告，" + previousYear + "年与" + year + "年之间未作跨年度核对",
        "no report for " + missing + ": " + previousYear + " and " + year
            + " are not checked against each other");
  }

  static <T> SeriesFinding<T> duplicateYear(int year, int count) {
    return note(
        Kind.DUPLICATE_YEAR,
        year,
        year,
        year + "年度有" + count + "份报告，各份分别与相邻年度核对",
        count + " reports of " + year + "; each is checked against the neighbouring years");
  }

  /** A note about the series itself: no report, section, share or violation is concerned. */
  private static <T> SeriesFinding<T> note(
      Kind kind, int previousYear, int year, String messageZh, String messageEn) {
    return new SeriesFinding<>(
        kind,
        kind.name(),
        Level.NOTE,
        previousYear,
        year,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        messageZh,
        messageEn);
  }

  /**
   * One readable line: the years, the id, the level and both messages, with the cells of a
   * violation.
   *
   * @return for example {@code 2023→2024 I5 error: 自然人 …}
   */
  @Override
  public String toString() {
    String years = previousYear == year ? String.valueOf(year) : previousYear + "→" + year;
    String cells =
        violation
            .filter(v -> !v.cells().isEmpty())
            .map(
                v ->
                    " ["
                        + String.join(
                            "; ", v.cells().stream().map(Object::toString).toList())
                        + "]")
            .orElse("");
    return years
        + " "
        + id
        + " "
        + level.name().toLowerCase(Locale.ROOT)
        + ": "
        + messageZh
        + " | "
        + messageEn
        + cells;
  }
}
