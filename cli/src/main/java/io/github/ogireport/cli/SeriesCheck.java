package io.github.ogireport.cli;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reports of a folder grouped by agency, and each agency's consecutive years checked across
 * years with {@link ReportValidator#crossYearViolations}. Only the cells the cross-year identities
 * read are kept, so memory grows by a few cells per report, not by whole reports.
 *
 * <p>An agency is its printed name normalised (width, spaces); a name that only adds the places
 * above it ({@code 淮安市洪泽区人民政府} for {@code 洪泽区人民政府}) is the same agency.
 */
final class SeriesCheck {
  private static final Set<CellRef> CROSS_YEAR_CELLS =
      Stream.of(Edition.values())
          .flatMap(e -> e.template().crossYearEquations().stream())
          .flatMap(q -> q.cells().stream())
          .collect(Collectors.toUnmodifiableSet());
  private static final Pattern PLACES = Pattern.compile("(?:\\p{IsHan}{1,8}?(?:省|市|自治区|自治州|地区|盟|州|县|区))+");

  /**
   * One report of a series: the year, the file, its review page and the cells compared across years.
   *
   * @param report the report, with only the cells the cross-year identities read
   * @param file the file's name as printed
   * @param page the report's page in the review site, or empty
   */
  record Member(PrintedReport report, String file, String page) {}

  /**
   * One consecutive pair checked, or a note on the chain.
   *
   * @param from the earlier year
   * @param to the later year
   * @param violations the cross-year violations (empty for a note)
   * @param note a note: a missing year, two reports for one year, a pair that could not be checked
   */
  record Step(int from, int to, List<Violation> violations, String note) {}

  /**
   * The series verdict of one agency.
   *
   * @param agency the agency's name (the shortest printed form)
   * @param members the reports, by year
   * @param steps the pairs checked and the notes, in year order
   */
  record Verdict(String agency, List<Member> members, List<Step> steps) {
    long errors() {
      return steps.stream().flatMap(s -> s.violations().stream()).filter(Violation::isError).count();
    }

    long warnings() {
      return steps.stream().flatMap(s -> s.violations().stream()).filter(v -> !v.isError()).count();
    }

    int firstYear() {
      return members.get(0).report().year();
    }

    int lastYear() {
      return members.get(members.size() - 1).report().year();
    }
  }

  private final Map<String, List<Member>> byName = new LinkedHashMap<>();

  /** Keeps what the cross-year checks need of one report. */
  void add(PrintedReport report, String file, String page) {
    Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();
    report.cells().forEach((c, v) -> {
      if (CROSS_YEAR_CELLS.contains(c)) {
        cells.put(c, v);
      }
    });
    PrintedReport kept = PrintedReport.builder().from(report).cells(cells)
        .narratives(io.github.ogireport.model.Narratives.empty()).build();
    byName.computeIfAbsent(normalise(report.agency()), k -> new ArrayList<>())
        .add(new Member(kept, file, page));
  }

  static String normalise(String agency) {
    return Normalizer.normalize(agency, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** The verdicts of every agency with reports of two years or more, by agency name. */
  List<Verdict> verdicts() {
    // Names that only add places before another name are that agency.
    List<String> names = new ArrayList<>(byName.keySet());
    names.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    Map<String, List<Member>> agencies = new TreeMap<>();
    for (String n : names) {
      String key = agencies.keySet().stream()
          .filter(k -> n.endsWith(k) && n.length() - k.length() <= 20
              && PLACES.matcher(n.substring(0, n.length() - k.length())).matches())
          .findFirst()
          .orElse(n);
      agencies.computeIfAbsent(key, k -> new ArrayList<>()).addAll(byName.get(n));
    }
    List<Verdict> out = new ArrayList<>();
    agencies.forEach((agency, members) -> {
      if (members.stream().map(m -> m.report().year()).distinct().count() < 2) {
        return; // one year (or one report) is not a series
      }
      members.sort(Comparator.comparingInt((Member m) -> m.report().year()).thenComparing(Member::file));
      out.add(new Verdict(agency, List.copyOf(members), steps(members)));
    });
    return out;
  }

  private static List<Step> steps(List<Member> members) {
    List<Step> steps = new ArrayList<>();
    for (int i = 1; i < members.size(); i++) {
      PrintedReport previous = members.get(i - 1).report();
      PrintedReport current = members.get(i).report();
      int from = previous.year();
      int to = current.year();
      if (from == to) {
        steps.add(new Step(from, to, List.of(), "two reports for " + to + ": " + members.get(i - 1).file()
            + ", " + members.get(i).file() + "; the later is compared with the next year"));
      } else if (from + 1 != to) {
        steps.add(new Step(from, to, List.of(), "no report for " + (from + 1)
            + (to - from > 2 ? "–" + (to - 1) : "") + ": the chain is broken there"));
      } else {
        try {
          steps.add(new Step(from, to, ReportValidator.crossYearViolations(previous, current).asJava(), ""));
        } catch (RuntimeException e) {
          steps.add(new Step(from, to, List.of(), "not compared: " + e.getMessage()));
        }
      }
    }
    return steps;
  }
}
