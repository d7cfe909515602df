package io.github.ogireport.series;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ReportHeader;
import io.github.ogireport.template.Section;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups reports by agency and checks each agency's reports across consecutive years.
 *
 * <p>{@link #groupByAgency} works on anything that holds a report (the caller's own records of a
 * file and what was read from it, or the reports themselves); {@link #check} works on one group.
 * For each pair of consecutive years it reports
 *
 * <ul>
 *   <li>every violation of the cross-year identities, as {@link
 *       ReportValidator#crossYearViolations} evaluates them from the current report's edition
 *       declaration: I5 (二、上年结转 = last year's 四、结转下年度继续办理, every column) and I7 (2021
 *       edition) or I8 (2019 edition); a 2020 report of the 2019 edition and a 2021 report of the
 *       2021 edition are compared on the cells the two editions share, such as the carried rows;
 *   <li>a warning when more than half ({@link TextReuse#WARN_ABOVE}) of section 一 or 五 repeats
 *       the year before's ({@link TextReuse#share}), for a section of at least {@link
 *       TextReuse#MIN_LENGTH} characters.
 * </ul>
 *
 * <p>A missing year breaks the chain: the reports on either side are not compared and a note says
 * which years are missing. When a year has several reports (the same report saved twice, or two
 * versions), a note says so and each is compared with each report of the years next to it.
 *
 * <pre>{@code
 * List<AgencyGroup<PrintedReport>> groups = ReportSeries.groupByAgency(reports, r -> r);
 * for (AgencyGroup<PrintedReport> g : groups) {
 *   SeriesVerdict<PrintedReport> v = ReportSeries.check(g, r -> r);
 *   System.out.println(v.summary());
 *   v.findings().forEach(f -> System.out.println("  " + f));
 * }
 * }</pre>
 */
public final class ReportSeries {
  private ReportSeries() {}

  /**
   * Groups items by the agency of the report each holds.
   *
   * <p>Agencies are compared by {@link AgencyNames#key}; an item whose agency is not identified
   * ({@link AgencyNames#identifiedKey}: blank, or not found by the reader) is a group of its own.
   * Groups come in the order their first member was given; members by year, those of one year in
   * the order given. {@link AgencyGrouping} makes the same groups one item at a time.
   *
   * @param <T> what is grouped
   * @param items the items, for example one per file read
   * @param report the report an item holds
   * @return the groups
   */
  public static <T> List<AgencyGroup<T>> groupByAgency(
      Collection<? extends T> items, Function<? super T, ? extends ReportHeader> report) {
    AgencyGrouping<T> grouping = new AgencyGrouping<>(report);
    for (T item : items) {
      grouping.add(item);
    }
    return grouping.groups();
  }

  /**
   * Checks one agency's reports across years.
   *
   * @param reports the reports of one agency, in any order
   * @return the verdict
   * @throws IllegalArgumentException when the reports are of more than one agency ({@link
   *     AgencyNames#key}), or there are none
   */
  public static SeriesVerdict<PrintedReport> check(Collection<PrintedReport> reports) {
    List<AgencyGroup<PrintedReport>> groups = groupByAgency(reports, r -> r);
    if (groups.size() != 1) {
      throw new IllegalArgumentException(
          groups.isEmpty()
              ? "a series has at least one report"
              : "a series is one agency's reports; got the agencies "
                  + groups.stream().map(AgencyGroup::agency).toList());
    }
    return check(groups.get(0), r -> r);
  }

  /**
   * Checks one group's reports across years.
   *
   * @param <T> the members of the group
   * @param group the group, as {@link #groupByAgency} made it
   * @param report the printed report a member holds (for a report built in code, {@link
   *     io.github.ogireport.model.AnnualReport#toPrinted()})
   * @return the verdict
   */
  public static <T> SeriesVerdict<T> check(
      AgencyGroup<T> group, Function<? super T, PrintedReport> report) {
    TreeMap<Integer, List<T>> byYear = new TreeMap<>();
    Map<T, PrintedReport> printed = new java.util.IdentityHashMap<>();
    for (T member : group.members()) {
      PrintedReport p = report.apply(member);
      printed.put(member, p);
      byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(member);
    }
    List<SeriesFinding<T>> findings = new ArrayList<>();
    // each member's sections 一 and 五 reduced and hashed once, though compared with two years
    Map<T, Texts> texts = new java.util.IdentityHashMap<>();
    Function<T, Texts> textsOf = m -> texts.computeIfAbsent(m, k -> new Texts(printed.get(k)));
    Integer previousYear = null;
    for (Map.Entry<Integer, List<T>> e : byYear.entrySet()) {
      int year = e.getKey();
      if (e.getValue().size() > 1) {
        findings.add(SeriesFinding.duplicateYear(year, e.getValue().size()));
      }
      if (previousYear != null) {
        if (previousYear + 1 == year) {
          for (T previous : byYear.get(previousYear)) {
            for (T current : e.getValue()) {
              findings.addAll(
                  pair(previousYear, year, previous, current, printed.get(previous),
                      printed.get(current), textsOf));
            }
          }
        } else {
          findings.add(SeriesFinding.missingYears(previousYear, year));
        }
      }
      previousYear = year;
    }
    return new SeriesVerdict<>(group.agency(), group.members(), findings);
  }

  private static <T> List<SeriesFinding<T>> pair(
      int previousYear, int year, T previous, T current, PrintedReport p, PrintedReport c,
      Function<T, Texts> texts) {
    List<SeriesFinding<T>> out = new ArrayList<>();
    for (Violation v : ReportValidator.crossYearViolations(p, c)) {
      out.add(SeriesFinding.crossYear(previousYear, year, previous, current, v));
    }
    for (Section section : List.of(Section.ONE, Section.FIVE)) {
      Reduced later = texts.apply(current).of(section);
      if (later.length() >= TextReuse.MIN_LENGTH) {
        double share = TextReuse.share(texts.apply(previous).of(section).runs(), later.runs(), later.length());
        if (share > TextReuse.WARN_ABOVE) {
          out.add(SeriesFinding.repeatedText(previousYear, year, previous, current, section,
              c.edition().template().heading(section), share));
        }
      }
    }
    return out;
  }

  /** A member's sections 一 and 五 as {@link TextReuse} compares them, each made when first needed. */
  private static final class Texts {
    private final PrintedReport report;
    private Reduced overview;
    private Reduced problems;

    Texts(PrintedReport report) {
      this.report = report;
    }

    /** Section 一 ({@link Section#ONE}) or 五 ({@link Section#FIVE}), reduced. */
    Reduced of(Section section) {
      if (section == Section.ONE) {
        if (overview == null) {
          overview = Reduced.of(report.narratives().overview());
        }
        return overview;
      }
      if (problems == null) {
        problems = Reduced.of(report.narratives().problems());
      }
      return problems;
    }
  }

  /** A text reduced to its words, and the hashes of its runs (made when first needed). */
  private static final class Reduced {
    private final int[] text;
    private long[] runs;

    private Reduced(int[] text) {
      this.text = text;
    }

    static Reduced of(String text) {
      return new Reduced(TextReuse.reduce(text));
    }

    int length() {
      return text.length;
    }

    long[] runs() {
      if (runs == null) {
        runs = TextReuse.runs(text);
      }
      return runs;
    }
  }
}
