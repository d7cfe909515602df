package io.github.ogireport.validation;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedGrid;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ReportHeader;
import io.github.ogireport.series.AgencyNames;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Identity;
import io.github.ogireport.template.Section;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Checks reports against the identities of their edition.
 *
 * <p>A report is <em>invalid</em> when it has at least one error; the invalid side then holds every
 * violation found, errors first, warnings after, so that a caller sees everything at once. A
 * report with warnings only is <em>valid</em>: the valid side holds the report and its warnings.
 *
 * <pre>{@code
 * Validation<Seq<Violation>, Validated<PrintedReport>> result = ReportValidator.validate(printed);
 * if (result.isInvalid()) {
 *   result.getError().forEach(v -> System.out.println(v));
 * }
 * }</pre>
 *
 * <p>What a blank cell counts as follows the specification's "Blank cells": a blank part counts as
 * 0, a blank total is never assumed (the identities that read it are not evaluated and a {@code
 * MISSING_TOTAL} warning states what its parts give), every blank part is reported once as {@code
 * INCOMPLETE}, and an unreadable cell is reported as {@code UNREADABLE} and stops the identities
 * that read it. When an identity fails only because a smaller one did (I1 on 总计 because I3 failed
 * on a row), only the smaller is reported.
 *
 * <p>The header is checked too: a blank agency ({@code AGENCY}) and a year before 2019 or after the
 * current year in China ({@code YEAR}: a year up to the latest the clock has shown counts as
 * begun, without reading the clock again) are errors; an edition that is not the one in force for the
 * year ({@code EDITION_YEAR}: 2019 for report years up to 2020, 2021 from 2021) is an error in a
 * report built in code and a warning in a published report. An amount of money below 0 is an
 * {@code I4} error, as a negative count is.
 *
 * <p>A published report with no readable number, or with no total printed in section 三, gets a
 * {@value #NOTHING_TO_CHECK} warning: it breaks no identity only because none could be evaluated,
 * and must not be shown as clean. {@link Verdict#of(Seq)} turns the violations into one word.
 */
public final class ReportValidator {
  /**
   * The id of the warning that a published report proves nothing: it has no readable number, or
   * prints no total in section 三 ({@link Verdict#NOTHING_TO_CHECK}).
   */
  public static final String NOTHING_TO_CHECK = "NOTHING_TO_CHECK";

  /** The time zone whose calendar says which report years have begun. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The first report year of the format: the first year of its earliest edition. */
  private static final int FIRST_REPORT_YEAR =
      java.util.Arrays.stream(Edition.values()).mapToInt(Edition::firstReportYear).min().orElseThrow();

  private ReportValidator() {}

  /**
   * Every violation of a printed report's single-report identities, errors first.
   *
   * @param report the report
   * @return the violations, possibly empty
   */
  public static Seq<Violation> violations(PrintedReport report) {
    return violations(report, true);
  }

  /**
   * {@link #violations(PrintedReport)}, with or without the shortcuts that find the same faster:
   * without, every check walks the whole report (the properties compare the two).
   *
   * @param report the report
   * @param shortcuts whether to take the shortcuts
   * @return the violations, possibly empty
   */
  static Seq<Violation> violations(PrintedReport report, boolean shortcuts) {
    CompiledEdition compiled = CompiledEdition.of(report.edition());
    List<Violation> head = header(report, compiled.template, false, shortcuts);
    java.util.List<Violation> evaluated;
    boolean negativeAmount;
    if (shortcuts && Evaluator.quiet(report, compiled)) {
      // What the evaluator would find: nothing but what section 一 quotes (I10).
      evaluated =
          report.narratives().overview().isEmpty()
              ? java.util.List.of()
              : new Evaluator(report, compiled, false, true).quotedFiguresOnly();
      negativeAmount = false;
    } else {
      Evaluator evaluator = new Evaluator(report, compiled, false, shortcuts);
      evaluated = evaluator.evaluate();
      negativeAmount = evaluator.negativeAmount();
    }
    // The report's map is walked for money below 0 only when its grid (which holds every cell of
    // the map when it places as many) saw some, or may not hold them all.
    boolean moneyCells =
        !shortcuts || negativeAmount || report.printedGrid().placed() != report.cells().size();
    List<Violation> money = negativeMoney(report, moneyCells);
    List<Violation> nothing = nothingToCheck(report, compiled, shortcuts);
    if (head.isEmpty() && evaluated.isEmpty() && money.isEmpty() && nothing.isEmpty()) {
      return List.empty();
    }
    return errorsFirst(head.appendAll(evaluated).appendAll(money).appendAll(nothing));
  }

  /**
   * Every violation of the entries of a report being built in code, such as a builder holds before
   * it can make an {@link AnnualReport}: the cells entered so far, without totals.
   *
   * <p>A row that was never entered (its cells absent) is an error, {@code NOT_ENTERED}, once per
   * row, and the identities that read it are not evaluated; the totals of sections 三 and 四 are
   * derived from the parts that were entered; a cell entered as blank is {@code INCOMPLETE} as in
   * any report. Everything else is checked as {@link #violations(PrintedReport)} checks it, so a
   * builder can report every mistake at once.
   *
   * @param entries the entered cells, as a printed report without totals
   * @return the violations, possibly empty
   */
  public static Seq<Violation> entryViolations(PrintedReport entries) {
    return built(entries, new Evaluator(entries, true).evaluate());
  }

  /**
   * Validates a printed report.
   *
   * @param report the report
   * @return the report with its warnings, or every violation when there is an error
   */
  public static Validation<Seq<Violation>, Validated<PrintedReport>> validate(
      PrintedReport report) {
    return verdict(report, violations(report));
  }

  /**
   * Validates a report built in code (on its printed view: every number, totals derived).
   *
   * @param report the report
   * @return the report with its warnings, or every violation when there is an error
   */
  public static Validation<Seq<Violation>, Validated<AnnualReport>> validate(AnnualReport report) {
    PrintedReport printed = report.toPrinted();
    return verdict(report, built(printed, new Evaluator(printed, false).evaluate()));
  }

  /** The violations of a report built in code: the header as a built report's, no verdict. */
  private static Seq<Violation> built(PrintedReport report, java.util.List<Violation> evaluated) {
    return errorsFirst(
        header(report, report.edition().template(), true, true).appendAll(evaluated).appendAll(negativeMoney(report, true)));
  }

  private static Seq<Violation> errorsFirst(List<Violation> all) {
    return all.filter(Violation::isError).appendAll(all.filter(v -> !v.isError()));
  }

  /**
   * AGENCY, YEAR and EDITION_YEAR.
   *
   * @param t the report's edition
   * @param shortcuts whether to read the current year from {@link #YEARS} rather than from the
   *     clock
   */
  private static List<Violation> header(
      PrintedReport report, EditionTemplate t, boolean built, boolean shortcuts) {
    List<Violation> out = List.empty();
    if (BlankNames.isBlank(report.agency())) {
      out = out.append(Messages.blankAgency(identity(t, "AGENCY"), report.edition()));
    }
    int current = shortcuts ? YEARS.current(report.year()) : currentYear();
    int first = FIRST_REPORT_YEAR;
    if (report.year() < first || report.year() > current) {
      out =
          out.append(
              Messages.year(identity(t, "YEAR"), report.edition(), report.year(), first, current));
    }
    if (report.year() >= first) {
      Edition inForce = Edition.forReportYear(report.year());
      if (inForce != report.edition()) {
        out =
            out.append(
                Messages.editionYear(
                    identity(t, "EDITION_YEAR"), report.edition(), report.year(), inForce, built));
      }
    }
    return out;
  }

  /**
   * I4 on money: an amount below 0 in a cell or in the 信息处理费 facts.
   *
   * @param cells whether to look at the cells (the caller may know that none holds money below 0)
   */
  private static List<Violation> negativeMoney(PrintedReport report, boolean cells) {
    var fees = report.narratives().processingFees();
    if (!cells && fees.isEmpty()) {
      return List.empty();
    }
    EditionTemplate t = report.edition().template();
    List<Violation> out = List.empty();
    if (cells) {
      for (var e : report.cells().entrySet()) {
        if (e.getValue() instanceof PrintedCell.Numeric n
            && n.figure() instanceof Figure.Amount a
            && a.money().amount().signum() < 0) {
          out =
              out.append(
                  Messages.negativeMoney(
                      identity(t, "I4"),
                      report.edition(),
                      Optional.of(e.getKey()),
                      e.getKey().toString(),
                      a.money().amount(),
                      a.money().toString()));
        }
      }
    }
    if (fees.isPresent()) {
      String keyword = t.processingFeeKeyword();
      // In the order of the fields' names.
      out = negativeFee(out, t, report, keyword, "amountCharged", fees.get().amountCharged());
      out = negativeFee(out, t, report, keyword, "amountCollected", fees.get().amountCollected());
    }
    return out;
  }

  private static List<Violation> negativeFee(
      List<Violation> out,
      EditionTemplate t,
      PrintedReport report,
      String keyword,
      String field,
      Optional<Money> amount) {
    if (amount.isEmpty() || amount.get().amount().signum() >= 0) {
      return out;
    }
    Money money = amount.get();
    return out.append(
        Messages.negativeMoney(
            identity(t, "I4"),
            report.edition(),
            Optional.empty(),
            keyword + "（" + field + "）",
            money.amount(),
            money.toString()));
  }

  /** NOTHING_TO_CHECK: no readable number, or no printed total in section 三. */
  private static List<Violation> nothingToCheck(
      PrintedReport report, CompiledEdition compiled, boolean shortcuts) {
    PrintedGrid grid = report.printedGrid();
    for (int i : shortcuts ? compiled.sectionThreeTotals : new int[0]) {
      if (grid.state(i) == PrintedGrid.NUMBER) {
        return List.empty(); // a printed total: the grid holds the report's cell at its position
      }
    }
    EditionTemplate t = compiled.template;
    boolean anyNumber = false;
    boolean anyTotal = false;
    for (var e : report.cells().entrySet()) {
      if (e.getValue() instanceof PrintedCell.Numeric) {
        anyNumber = true;
        if (e.getKey().section() == Section.THREE && t.isDerived(e.getKey())) {
          anyTotal = true;
          break;
        }
      }
    }
    if (anyTotal) {
      return List.empty();
    }
    return List.of(
        Messages.nothingToCheck(identity(t, NOTHING_TO_CHECK), report.edition(), !anyNumber));
  }

  /** The current year in China. */
  static int currentYear() {
    return CurrentYear.value();
  }

  /** The current year as the header's check asks for it (see {@link YearClock}). */
  private static final YearClock YEARS = new YearClock(ReportValidator::currentYear);

  /**
   * The current year for the YEAR check, reading the clock only when the answer may depend on it:
   * a report year from {@link #FIRST_REPORT_YEAR} up to the latest year the clock has shown has
   * begun, and is told so without reading the clock again; any other year (one before the first,
   * which the check rejects with the current year in its message, or one after the latest year
   * seen) reads the clock. Times go forward, so that this is the clock's answer; it differs only
   * when the clock is set back across a New Year in China while the library runs: a report of the
   * year the clock has left then still counts as begun.
   */
  static final class YearClock {
    private final java.util.function.IntSupplier clock;
    /** The latest year the clock has shown (a race between threads may keep an earlier one). */
    private volatile int latest;

    /**
     * A year clock.
     *
     * @param clock the current year (read when the answer depends on it)
     */
    YearClock(java.util.function.IntSupplier clock) {
      this.clock = clock;
      this.latest = clock.getAsInt();
    }

    /**
     * The current year for a report of a year: the latest year seen when the report's year lies
     * between the first report year and it, else the clock's year now.
     *
     * @param reportYear the report's year
     * @return the current year to check the report's year against
     */
    int current(int reportYear) {
      int seen = latest;
      if (reportYear >= FIRST_REPORT_YEAR && reportYear <= seen) {
        return seen;
      }
      int now = clock.getAsInt();
      if (now > seen) {
        latest = now; // a race may keep an earlier year seen: the clock is read once more then
      }
      return now;
    }
  }

  /**
   * The current year in China, kept with the instants it begins and ends at and recomputed only
   * when the clock has left them.
   */
  private record CurrentYear(int year, long from, long until) {
    private static volatile CurrentYear last = of(System.currentTimeMillis());

    static int value() {
      long now = System.currentTimeMillis();
      CurrentYear y = last;
      if (now < y.from || now >= y.until) {
        y = of(now);
        last = y;
      }
      return y.year;
    }

    private static CurrentYear of(long now) {
      Year year = Year.from(java.time.Instant.ofEpochMilli(now).atZone(CHINA));
      return new CurrentYear(
          year.getValue(),
          year.atDay(1).atStartOfDay(CHINA).toInstant().toEpochMilli(),
          year.plusYears(1).atDay(1).atStartOfDay(CHINA).toInstant().toEpochMilli());
    }
  }

  /**
   * {@link ReportHeader#isBlankName} without a matcher per call: which characters of the basic
   * plane cannot name anything, found once by matching each against {@link
   * ReportHeader#NAMING_CHARACTER}. A surrogate can (a code point beyond the basic plane is not in
   * that class's list, nor is a lone surrogate), so a name is blank exactly when each of its
   * characters is.
   */
  static final class BlankNames {
    private static final java.util.BitSet BLANK = new java.util.BitSet();

    static {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(ReportHeader.NAMING_CHARACTER).matcher("");
      for (char c = 0; c < Character.MAX_VALUE; c++) {
        if (!m.reset(String.valueOf(c)).matches()) {
          BLANK.set(c);
        }
      }
      if (!m.reset(String.valueOf(Character.MAX_VALUE)).matches()) {
        BLANK.set(Character.MAX_VALUE);
      }
    }

    private BlankNames() {}

    static boolean isBlank(String name) {
      for (int k = 0; k < name.length(); k++) {
        if (!BLANK.get(name.charAt(k))) {
          return false;
        }
      }
      return true;
    }
  }

  private static Identity identity(EditionTemplate t, String id) {
    return t.identity(id).orElseThrow();
  }

  /**
   * Every violation of the cross-year identities (I5; I7 for the 2021 edition; I8 for 2019) between
   * two consecutive reports of one agency.
   *
   * <p>Two reports of different agencies are not compared: the result is one {@code SAME_AGENCY}
   * error naming both. Names are of one agency when their grouping keys ({@link AgencyNames#key},
   * as {@code ReportSeries} groups reports) are equal, or one ends with the other: in a pair the
   * caller chose, 洪泽区人民政府 and 淮安市洪泽区人民政府 (a name with and without its place prefix) are
   * taken as one agency, although a series keeps them apart.
   *
   * @param previous the report of year Y-1
   * @param current the report of year Y
   * @return the violations, possibly empty
   * @throws IllegalArgumentException when the years are not consecutive
   */
  public static Seq<Violation> crossYearViolations(PrintedReport previous, PrintedReport current) {
    if (previous.year() + 1 != current.year()) {
      throw new IllegalArgumentException(
          "cross-year identities compare consecutive years; got "
              + previous.year()
              + " and "
              + current.year());
    }
    if (!sameAgency(previous.agency(), current.agency())) {
      return List.of(
          Messages.differentAgencies(
              identity(current.edition().template(), "SAME_AGENCY"),
              current.edition(),
              previous.agency(),
              current.agency()));
    }
    return List.ofAll(Evaluator.crossYear(previous, current));
  }

  /**
   * Whether two names are of one agency: their grouping keys ({@link AgencyNames#key}) are equal, or
   * one ends with the other (a name with and without its place prefix). A name that identifies no
   * agency (blank, or the reader's mark for a name it could not find) is one agency with none.
   */
  static boolean sameAgency(String a, String b) {
    var x = AgencyNames.identifiedKey(a);
    var y = AgencyNames.identifiedKey(b);
    return x.isPresent()
        && y.isPresent()
        && (x.get().endsWith(y.get()) || y.get().endsWith(x.get()));
  }

  /**
   * Validates the cross-year identities of a report against the previous year's.
   *
   * @param previous the report of year Y-1
   * @param current the report of year Y
   * @return the current report with the cross-year warnings, or every cross-year violation when
   *     there is an error (a {@code SAME_AGENCY} error when the reports are of two agencies)
   * @throws IllegalArgumentException when the years are not consecutive
   */
  public static Validation<Seq<Violation>, Validated<PrintedReport>> validatePair(
      PrintedReport previous, PrintedReport current) {
    return verdict(current, crossYearViolations(previous, current));
  }

  private static <R> Validation<Seq<Violation>, Validated<R>> verdict(
      R report, Seq<Violation> violations) {
    return violations.exists(Violation::isError)
        ? Validation.invalid(violations)
        : Validation.valid(Validated.of(report, violations.toJavaList()));
  }
}
