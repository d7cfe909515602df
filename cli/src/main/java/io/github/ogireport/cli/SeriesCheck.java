package io.github.ogireport.cli;

import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ReportHeader;
import io.github.ogireport.series.AgencyGroup;
import io.github.ogireport.series.AgencyGrouping;
import io.github.ogireport.series.AgencyNames;
import io.github.ogireport.series.ReportSeries;
import io.github.ogireport.series.SeriesFinding;
import io.github.ogireport.series.SeriesVerdict;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reports of a run grouped by agency and checked across years with core's {@link
 * ReportSeries}. Of each report only what the series checks read is kept (the cells of the
 * cross-year identities, sections 一 and 五), not the whole report: in memory, or, for the
 * checker's runs, in a {@link Spill} file, read back one series at a time.
 */
final class SeriesCheck {
  private static final Set<CellRef> CROSS_YEAR_CELLS =
      Stream.of(Edition.values())
          .flatMap(e -> e.template().crossYearEquations().stream())
          .flatMap(q -> q.cells().stream())
          .collect(Collectors.toUnmodifiableSet());

  /**
   * For each edition (by ordinal), the positions among its printable cells of the cells in {@link
   * #CROSS_YEAR_CELLS}, in order: the cells {@link #keep} keeps of a report of that edition, found
   * by position in the report's {@link PrintedReport#printedGrid()} rather than by hashing each of
   * its cells.
   */
  private static final int[][] CROSS_YEAR_POSITIONS =
      Stream.of(Edition.values())
          .map(e -> {
            List<CellRef> printable = e.template().printableCells();
            return java.util.stream.IntStream.range(0, printable.size())
                .filter(i -> CROSS_YEAR_CELLS.contains(printable.get(i)))
                .toArray();
          })
          .toArray(int[][]::new);

  /** The positions among an edition's printable cells of the cells the series checks read, in order. */
  static int[] crossYearPositions(Edition edition) {
    return CROSS_YEAR_POSITIONS[edition.ordinal()];
  }

  /**
   * One report of a series.
   *
   * @param report the report's header; when {@code at} is null, the report itself, with only what
   *     the series checks read
   * @param file the file's name as printed
   * @param page the report's page in the review site, or empty
   * @param at where what the series checks read of the report is kept in the run's {@link Spill},
   *     or null when it is {@code report} itself
   */
  record Member(ReportHeader report, String file, String page, Spill.At at) {
    /** A member whose report, with only what the series checks read, is held in memory. */
    Member(PrintedReport report, String file, String page) {
      this(report, file, page, null);
    }
  }

  /**
   * The header of a report whose cells and text are kept in the run's {@link Spill}: all a member
   * holds in memory.
   */
  private record Header(Edition edition, String agency, int year, Optional<LocalDate> publicationDate)
      implements ReportHeader {
    @Override
    public Narratives narratives() {
      return Narratives.empty();
    }
  }

  /**
   * What a worker made of a report for the series: either what the checks read of it ({@link #keep})
   * to hold in memory, or the report's header and the record to write to the spill file ({@link
   * Spill#encodeKept}).
   *
   * @param header the report's header
   * @param kept what the checks read of the report, or null when it goes to the spill file
   * @param encoded the spill file's record, or null when the report is kept in memory
   */
  record Prepared(ReportHeader header, PrintedReport kept, byte[] encoded) {
    /** A report kept in memory ({@code encoded} null), or a record with {@code kept}'s header. */
    Prepared(PrintedReport kept, byte[] encoded) {
      this(kept, kept, encoded);
    }
  }

  /** The members, grouped by agency as they are added (on the collecting thread, while files are read). */
  private final AgencyGrouping<Member> members = new AgencyGrouping<>(Member::report);
  private final Spill spill;

  /** Series whose reports are kept in memory. */
  SeriesCheck() {
    this(null);
  }

  /**
   * Series whose reports are kept in {@code spill} (or in memory when it is null), so that memory
   * holds only each report's header, file name and page.
   */
  SeriesCheck(Spill spill) {
    this.spill = spill;
  }

  /** Keeps what the series checks need of one report. */
  void add(PrintedReport report, String file, String page) {
    add(prepare(report), file, page);
  }

  /**
   * What the series checks need of one report, made on the thread that read the report rather than
   * on the one that collects the series: encoded for the spill file when there is one (straight from
   * the report, the same bytes as {@link Spill#encode} of {@link #keep}), else reduced.
   */
  Prepared prepare(PrintedReport report) {
    byte[] encoded = spill == null ? null : Spill.encodeKept(report);
    if (encoded == null) {
      PrintedReport kept = keep(report);
      return new Prepared(kept, spill == null ? null : Spill.encode(kept));
    }
    return new Prepared(
        new Header(report.edition(), report.agency(), report.year(), report.publicationDate()), null, encoded);
  }

  /** Adds a report {@link #prepare} made; called by one thread at a time, in input order. */
  void add(Prepared p, String file, String page) {
    if (p.encoded() == null) {
      members.add(new Member(p.kept(), file, page));
    } else {
      ReportHeader h = p.header();
      members.add(new Member(h instanceof Header ? h : new Header(h.edition(), h.agency(), h.year(), h.publicationDate()),
          file, page, spill.write(p.encoded())));
    }
  }

  /** What the series checks read of a member's report, from memory or from the spill file. */
  private PrintedReport kept(Member m) {
    return m.at() == null ? (PrintedReport) m.report() : spill.read(m.at());
  }

  /** What the series checks read of a report: its header, the cross-year cells, sections 一 and 五. */
  static PrintedReport keep(PrintedReport report) {
    // the kept cells in an array over the edition's printable cells, as the reader makes a report
    EditionTemplate t = report.edition().template();
    PrintedCell[] kept = new PrintedCell[t.printableCells().size()];
    boolean printable = true;
    for (Map.Entry<CellRef, PrintedCell> e : report.cells().entrySet()) {
      if (CROSS_YEAR_CELLS.contains(e.getKey())) {
        int i = t.index(e.getKey());
        if (i < 0) {
          printable = false; // a cell outside the edition's printable cells: kept through a map
          break;
        }
        kept[i] = e.getValue();
      }
    }
    if (printable) {
      return PrintedReport.of(report.edition(), report.agency(), report.year(), report.publicationDate(),
          keptNarratives(report.narratives()), kept);
    }
    return keepByMap(report);
  }

  /** What the series checks read of a report's narratives: sections 一 and 五. */
  static Narratives keptNarratives(Narratives n) {
    return keptNarratives(n.overview(), n.problems());
  }

  /** The narratives of a kept report with sections 一 and 五. */
  static Narratives keptNarratives(String overview, String problems) {
    return Narratives.builder().from(Narratives.empty()).overview(overview).problems(problems).build();
  }

  /** {@link #keep} through the report's builder, for a report with cells outside its edition's printable ones. */
  static PrintedReport keepByMap(PrintedReport report) {
    Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();
    report.cells().forEach((c, v) -> {
      if (CROSS_YEAR_CELLS.contains(c)) {
        cells.put(c, v);
      }
    });
    Narratives n = report.narratives();
    return PrintedReport.builder().from(report).cells(cells)
        .narratives(Narratives.builder().from(Narratives.empty())
            .overview(n.overview()).problems(n.problems()).build())
        .build();
  }

  /** The verdicts of every agency with reports of two years or more, in the order first met. */
  List<SeriesVerdict<Member>> verdicts() {
    List<SeriesVerdict<Member>> out = new ArrayList<>();
    for (AgencyGroup<Member> g : series()) {
      out.add(ReportSeries.check(g, this::kept));
    }
    return out;
  }

  /** The groups of every agency with reports of two years or more, in the order first met. */
  private List<AgencyGroup<Member>> series() {
    List<AgencyGroup<Member>> out = new ArrayList<>();
    for (AgencyGroup<Member> g : withPlacePrefixes(members.groups())) {
      if (g.identified() && g.members().stream().map(m -> m.report().year()).distinct().count() >= 2) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * The verdicts of {@link #verdicts()}, each series checked as a task of {@code pool} (series are
   * independent of each other), in the same order.
   */
  List<SeriesVerdict<Member>> verdicts(Executor pool) {
    if (spill != null) {
      spill.flush(); // on this thread: a failure to write is the run's, not one series' check
    }
    List<CompletableFuture<SeriesVerdict<Member>>> checks = new ArrayList<>();
    for (AgencyGroup<Member> g : series()) {
      checks.add(CompletableFuture.supplyAsync(() -> ReportSeries.check(g, this::kept), pool));
    }
    List<SeriesVerdict<Member>> out = new ArrayList<>(checks.size());
    for (CompletableFuture<SeriesVerdict<Member>> c : checks) {
      try {
        out.add(c.join());
      } catch (CompletionException e) {
        // what a check threw, as it would have been thrown on this thread
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error r) {
          throw r;
        }
        throw e;
      }
    }
    return out;
  }

  /**
   * A higher-level place name that an agency's name may be printed with or without: a province or
   * autonomous region, then a city, prefecture, autonomous prefecture or league, at least one of
   * them ({@code 淮安市}, {@code 江苏省淮安市}, {@code 新疆维吾尔自治区}).
   */
  private static final Pattern HIGHER_PLACE =
      Pattern.compile("(\\p{IsHan}{2,12}?(?:省|自治区))?(\\p{IsHan}{1,12}?(?:市|自治州|地区|盟))?");

  /**
   * A name that itself begins with a place of two characters or more: {@code 洪泽区人民政府}, {@code
   * 方正县教育局}; not {@code 城市管理局}.
   */
  private static final Pattern PLACED_NAME = Pattern.compile("\\p{IsHan}{2,12}?(?:区|县|市|旗)\\p{IsHan}{2,}");

  /**
   * Joins the groups of one agency printed with and without a higher-level place name: {@code
   * 洪泽区人民政府} (2023) and {@code 淮安市洪泽区人民政府} (2024). Core's grouping keeps them apart on
   * purpose ({@link io.github.ogireport.series.AgencyNames}); here, where the reviewer's folder is
   * the context, a short name is joined to a long one only when
   *
   * <ul>
   *   <li>the long name is the short one with a province, city or prefecture name before it
   *       ({@link #HIGHER_PLACE}), and the short one itself begins with a place ({@link
   *       #PLACED_NAME}), so {@code 教育局} is never joined to {@code 淮安市教育局};
   *   <li>exactly one long name in the run fits the short one, and the long one fits no other
   *       short one: with both 南京市鼓楼区人民政府 and 福州市鼓楼区人民政府 in the folder, 鼓楼区人民政府
   *       stays alone;
   *   <li>the two have no year in common (one agency publishes one report a year).
   * </ul>
   *
   * A wrong join compares two agencies, which is worse than a series missed, so in every other case
   * the groups stay apart. The joined group is named by its long name; its members keep their
   * printed names.
   */
  static List<AgencyGroup<Member>> withPlacePrefixes(List<AgencyGroup<Member>> groups) {
    return joined(groups, joins(groups));
  }

  /** The identified groups by key, in the order of the groups. */
  static Map<String, AgencyGroup<Member>> byKey(List<AgencyGroup<Member>> groups) {
    Map<String, AgencyGroup<Member>> byKey = new LinkedHashMap<>();
    groups.stream().filter(AgencyGroup::identified).forEach(g -> byKey.put(g.key(), g));
    return byKey;
  }

  /**
   * The joins {@link #withPlacePrefixes} makes: the key of each short name joined, to the key of
   * the long name it is joined to, in the order of the short names' groups.
   */
  static Map<String, String> joins(List<AgencyGroup<Member>> groups) {
    Map<String, AgencyGroup<Member>> byKey = byKey(groups);
    Map<String, List<String>> longNamesOf = new LinkedHashMap<>();
    Map<String, List<String>> shortNamesOf = new LinkedHashMap<>();
    // each key under every proper suffix that follows what can end a higher place (省, 自治区, 市,
    // 自治州, 地区, 盟), in the order of the groups: the long names a short one may end are looked
    // up, not searched for among all names (a folder of many agencies would cost its square)
    Map<String, List<String>> bySuffix = new java.util.HashMap<>();
    for (String longKey : byKey.keySet()) {
      for (int i = 1; i < longKey.length(); i++) {
        if ("省区市州盟".indexOf(longKey.charAt(i - 1)) < 0) {
          continue;
        }
        bySuffix.computeIfAbsent(longKey.substring(i), k -> new ArrayList<>(1)).add(longKey);
      }
    }
    for (String shortKey : byKey.keySet()) {
      List<String> candidates = bySuffix.get(shortKey);
      if (candidates == null || !PLACED_NAME.matcher(shortKey).matches()) {
        continue; // no long name ends with it (most names: the look-up is cheaper than the pattern)
      }
      for (String longKey : candidates) {
        if (longKey.length() > shortKey.length() && longKey.endsWith(shortKey)) {
          String prefix = longKey.substring(0, longKey.length() - shortKey.length());
          if (HIGHER_PLACE.matcher(prefix).matches()) {
            longNamesOf.computeIfAbsent(shortKey, k -> new ArrayList<>()).add(longKey);
            shortNamesOf.computeIfAbsent(longKey, k -> new ArrayList<>()).add(shortKey);
          }
        }
      }
    }
    Map<String, String> joinedInto = new LinkedHashMap<>();
    longNamesOf.forEach((shortKey, longKeys) -> {
      String longKey = longKeys.get(0);
      if (longKeys.size() == 1 && shortNamesOf.get(longKey).size() == 1
          && !longNamesOf.containsKey(longKey) && !shortNamesOf.containsKey(shortKey)
          && Collections.disjoint(years(byKey.get(shortKey)), years(byKey.get(longKey)))) {
        joinedInto.put(shortKey, longKey);
      }
    });
    return joinedInto;
  }

  /** The groups with the joins made: each long name's group with the members of its short ones. */
  static List<AgencyGroup<Member>> joined(List<AgencyGroup<Member>> groups, Map<String, String> joinedInto) {
    Map<String, AgencyGroup<Member>> byKey = byKey(groups);
    // the short keys joined into each long one, in the order of joinedInto (looked up, not searched
    // for: a folder of many agencies would cost its square)
    Map<String, List<String>> joinedFrom = new java.util.HashMap<>();
    joinedInto.forEach((shortKey, longKey) ->
        joinedFrom.computeIfAbsent(longKey, k -> new ArrayList<>(1)).add(shortKey));
    List<AgencyGroup<Member>> out = new ArrayList<>();
    for (AgencyGroup<Member> g : groups) {
      if (!g.identified()) {
        out.add(g);
      } else if (joinedInto.containsKey(g.key())) {
        continue; // joined to its long name's group, where that group is met
      } else if (joinedFrom.containsKey(g.key())) {
        List<Member> all = new ArrayList<>(g.members());
        for (String shortKey : joinedFrom.get(g.key())) {
          all.addAll(byKey.get(shortKey).members());
        }
        all.sort(Comparator.comparingInt(m -> m.report().year()));
        out.add(new AgencyGroup<>(g.key(), g.agency(), true, all));
      } else {
        out.add(g);
      }
    }
    return out;
  }

  private static Set<Integer> years(AgencyGroup<Member> g) {
    return g.members().stream().map(m -> m.report().year()).collect(Collectors.toSet());
  }

  /** The names the members of a series are printed with, the series' own first. */
  static List<String> names(SeriesVerdict<Member> v) {
    List<String> names = new ArrayList<>();
    names.add(v.agency());
    v.members().forEach(m -> {
      if (names.stream().noneMatch(n -> AgencyNames.key(n).equals(AgencyNames.key(m.report().agency())))) {
        names.add(m.report().agency());
      }
    });
    return names;
  }

  static long count(SeriesVerdict<Member> v, SeriesFinding.Level level) {
    return v.findings(level).size();
  }

  static int firstYear(SeriesVerdict<Member> v) {
    return v.members().stream().mapToInt(m -> m.report().year()).min().orElseThrow();
  }

  static int lastYear(SeriesVerdict<Member> v) {
    return v.members().stream().mapToInt(m -> m.report().year()).max().orElseThrow();
  }

  /** A finding's message in one language. */
  static String message(SeriesFinding<Member> f, Lang l) {
    return l == Lang.zh ? f.messageZh() : f.messageEn();
  }
}
