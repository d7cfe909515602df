package io.github.ogireport.rollup;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collector;

/**
 * The sum of many reports of one edition, cell by cell: a region as the sum of its agencies.
 *
 * <p>A roll-up is made by a {@link Collector}: {@link #summing(Edition)} for reports built in code,
 * {@link #summingPrinted(Edition)} for reports as printed.
 *
 * <pre>{@code
 * RollUp region = reports.parallelStream().collect(RollUp.summingPrinted(Edition.E2021));
 * region.cell(t.cell(ApplicationRow.NEW, Applicant.TOTAL));   // the sum, with its counts of parts
 * ReportRenderer.text(region.toPrinted("淮安市（汇总）", 2024)); // the regional table
 * region.compare(printedRegionalReport).forEach(System.out::println);  // a warning per cell
 * }</pre>
 *
 * <ul>
 *   <li><b>Exact.</b> Counts are summed as {@code long} with {@link Math#addExact}: a sum beyond
 *       its range is an {@link ArithmeticException} naming the cell, never a wrapped number.
 *       Money is summed as {@link BigDecimal} per unit; amounts in 元 and 万元 are reconciled
 *       exactly into the unit the column's header states, or into 元; an amount printed without
 *       a unit counts in the header's unit, and where the header states none a sum of amounts
 *       with and without a unit is unknown ({@link CellSum#unitsDiffer()}).
 *   <li><b>Blank is not 0.</b> A blank cell (or a row not printed) adds nothing and is counted:
 *       each {@link CellSum} says how many parts printed a number, how many were blank, and how
 *       many were unreadable or not read; one unreadable part makes the sum unknown.
 *   <li><b>Associative, parallel-safe, constant memory.</b> The accumulator holds a few numbers
 *       per cell of the edition, whatever the number of reports; sums of sums equal the sum of
 *       all ({@link #plus}), so a parallel stream gives the result of a sequential one.
 *   <li><b>One edition.</b> A report of another edition is an {@link IllegalArgumentException},
 *       unless the caller maps the editions explicitly ({@link EditionMapping}): {@code
 *       summingPrinted(EditionMapping.otherHandlingOnto2019())} adds 2021 reports into the
 *       2019 tables, their three （六） rows into the single （六）其他处理 row.
 * </ul>
 *
 * <p>Totals are summed like any cell: for reports built in code the sum of the totals is the total
 * of the sums; for printed reports a wrong printed total stays in the sum, as printed.
 */
public final class RollUp {
  private final Sums sums;
  private final List<CellSum> cells;
  private final Map<CellRef, CellSum> byCell;

  private RollUp(Sums sums) {
    this.sums = sums;
    Layout l = sums.layout;
    List<CellSum> out = new ArrayList<>(l.slots.size());
    Map<CellRef, CellSum> map = new LinkedHashMap<>();
    for (int i = 0; i < l.slots.size(); i++) {
      CellSum c = finish(i);
      out.add(c);
      map.put(c.cell(), c);
    }
    this.cells = List.copyOf(out);
    this.byCell = java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Sums reports built in code, of one edition.
   *
   * @param edition the edition of every report
   * @return the collector; it throws {@link IllegalArgumentException} on a report of another
   *     edition
   */
  public static Collector<AnnualReport, ?, RollUp> summing(Edition edition) {
    return summing(EditionMapping.of(edition));
  }

  /**
   * Sums reports built in code, of the editions a mapping accepts.
   *
   * @param mapping which editions, summed in which edition's tables
   * @return the collector; it throws {@link IllegalArgumentException} on a report of an edition
   *     the mapping does not accept
   */
  public static Collector<AnnualReport, ?, RollUp> summing(EditionMapping mapping) {
    return collector(mapping, Sums::add);
  }

  /**
   * Sums printed reports, of one edition.
   *
   * @param edition the edition of every report
   * @return the collector; it throws {@link IllegalArgumentException} on a report of another
   *     edition
   */
  public static Collector<PrintedReport, ?, RollUp> summingPrinted(Edition edition) {
    return summingPrinted(EditionMapping.of(edition));
  }

  /**
   * Sums printed reports, of the editions a mapping accepts.
   *
   * @param mapping which editions, summed in which edition's tables
   * @return the collector; it throws {@link IllegalArgumentException} on a report of an edition
   *     the mapping does not accept
   */
  public static Collector<PrintedReport, ?, RollUp> summingPrinted(EditionMapping mapping) {
    return collector(mapping, Sums::add);
  }

  private static <T> Collector<T, Sums, RollUp> collector(
      EditionMapping mapping, java.util.function.BiConsumer<Sums, T> add) {
    Layout layout = Layout.of(Objects.requireNonNull(mapping, "mapping"));
    return Collector.of(
        () -> new Sums(layout),
        add,
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        RollUp::new,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The roll-up of no report.
   *
   * @param mapping which editions, summed in which edition's tables
   * @return a roll-up with no part, every cell blank
   */
  public static RollUp empty(EditionMapping mapping) {
    return new RollUp(new Sums(Layout.of(Objects.requireNonNull(mapping, "mapping"))));
  }

  /**
   * The roll-up of this roll-up's parts and another's: a region as the sum of its districts'
   * roll-ups.
   *
   * @param other a roll-up of the same mapping
   * @return the sum of both
   * @throws IllegalArgumentException when the other roll-up has another mapping
   * @throws ArithmeticException when a count exceeds the range of {@code long}
   */
  public RollUp plus(RollUp other) {
    Sums s = sums.copy();
    s.addAll(other.sums);
    return new RollUp(s);
  }

  /**
   * The edition whose tables the roll-up fills.
   *
   * @return the edition
   */
  public Edition edition() {
    return sums.layout.mapping.target();
  }

  /**
   * Which editions the roll-up accepts.
   *
   * @return the mapping
   */
  public EditionMapping mapping() {
    return sums.layout.mapping;
  }

  /**
   * The number of reports summed.
   *
   * @return the number of parts
   */
  public long parts() {
    return sums.parts;
  }

  /**
   * Every cell of the edition's tables ({@link io.github.ogireport.template.EditionTemplate#cells()}),
   * in printed order, with its sum.
   *
   * @return the sums
   */
  public List<CellSum> cells() {
    return cells;
  }

  /**
   * The sum of one cell.
   *
   * @param cell a cell of the roll-up's edition
   * @return its sum
   * @throws IllegalArgumentException when the edition's tables have no such cell
   */
  public CellSum cell(CellRef cell) {
    CellSum s = byCell.get(cell);
    if (s == null) {
      throw new IllegalArgumentException(
          "a roll-up of the " + edition().id() + " edition has no cell " + cell);
    }
    return s;
  }

  /**
   * The roll-up as a regional report would print it, for rendering or JSON: every cell as {@link
   * CellSum#toPrinted()}, no narratives.
   *
   * @param agency the name to print, for example {@code 淮安市（汇总）}
   * @param year the year to print
   * @return the printed report
   */
  public PrintedReport toPrinted(String agency, int year) {
    Map<CellRef, PrintedCell> out = new LinkedHashMap<>();
    cells.forEach(c -> out.put(c.cell(), c.toPrinted()));
    return PrintedReport.builder().edition(edition()).agency(agency).year(year).cells(out).build();
  }

  /**
   * Compares a printed regional report with the sum of its parts: one warning per cell whose
   * printed number differs from the sum. A blank regional cell counts as 0 and so does a sum whose
   * parts were all blank. A cell is not compared when the sum is unknown, when the regional cell is
   * unreadable or not read, when the regional report does not print the row, or when one side's
   * amount has no unit and the other's has one and the column's header states none.
   *
   * @param regional the regional report, of the roll-up's edition
   * @return the differences, in printed order
   * @throws IllegalArgumentException when the regional report is of another edition
   */
  public List<CellDifference> compare(PrintedReport regional) {
    if (regional.edition() != edition()) {
      throw new IllegalArgumentException(
          "the regional report ("
              + regional.agency()
              + ", "
              + regional.year()
              + ") is of the "
              + regional.edition().id()
              + " edition, the roll-up of the "
              + edition().id()
              + " edition");
    }
    Set<CellRef> layout = new HashSet<>(regional.layoutCells());
    List<CellDifference> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      CellSum s = cells.get(i);
      if (!s.isKnown() || !layout.contains(s.cell())) {
        continue;
      }
      PrintedCell printed = regional.cell(s.cell()).orElse(PrintedCell.blank());
      Optional<BigDecimal[]> values = comparable(i, printed, s);
      if (values.isEmpty() || values.get()[0].compareTo(values.get()[1]) == 0) {
        continue;
      }
      BigDecimal found = values.get()[0];
      BigDecimal expected = values.get()[1];
      boolean blank = printed instanceof PrintedCell.Blank;
      String e = expected.toPlainString();
      out.add(
          new CellDifference(
              s.cell(),
              printed,
              s,
              found,
              expected,
              blank
                  ? "汇总报告未印数字，各组成部分之和为 " + e
                  : "汇总报告印为 " + found.toPlainString() + "，各组成部分之和为 " + e,
              blank
                  ? "the regional report prints nothing, its parts sum to " + e
                  : "the regional report prints " + found.toPlainString() + ", its parts sum to "
                      + e));
    }
    return out;
  }

  /** The regional number and the sum in one unit, or empty when they cannot be compared. */
  private Optional<BigDecimal[]> comparable(int slot, PrintedCell printed, CellSum s) {
    if (!(printed instanceof PrintedCell.Numeric) && !(printed instanceof PrintedCell.Blank)) {
      return Optional.empty();
    }
    Optional<Figure> regional =
        printed instanceof PrintedCell.Numeric n ? Optional.of(n.figure()) : Optional.empty();
    if (sums.layout.kinds[slot] != CellKind.MONEY) {
      long r = regional.map(f -> ((Figure.Count) f).value()).orElse(0L);
      long x = s.sum().map(f -> ((Figure.Count) f).value()).orElse(0L);
      return Optional.of(new BigDecimal[] {BigDecimal.valueOf(r), BigDecimal.valueOf(x)});
    }
    MoneyUnit declared = sums.layout.declaredUnits[slot];
    Optional<Money> r = regional.map(f -> ((Figure.Amount) f).money());
    Optional<Money> x = s.sum().map(f -> ((Figure.Amount) f).money());
    if (r.isEmpty() || x.isEmpty()) {
      BigDecimal rv = r.map(Money::amount).orElse(BigDecimal.ZERO);
      BigDecimal xv = x.map(Money::amount).orElse(BigDecimal.ZERO);
      return Optional.of(new BigDecimal[] {rv, xv});
    }
    MoneyUnit ru = unit(r.get(), declared);
    MoneyUnit xu = unit(x.get(), declared);
    if (ru == xu) {
      return Optional.of(new BigDecimal[] {r.get().amount(), x.get().amount()});
    }
    if (ru == MoneyUnit.UNSTATED || xu == MoneyUnit.UNSTATED) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal[] {r.get().amount(), convert(x.get().amount(), xu, ru)});
  }

  private static MoneyUnit unit(Money m, MoneyUnit declared) {
    return m.unit() == MoneyUnit.UNSTATED && declared != null ? declared : m.unit();
  }

  private static BigDecimal convert(BigDecimal amount, MoneyUnit from, MoneyUnit to) {
    if (from == to) {
      return amount;
    }
    return from == MoneyUnit.WAN_YUAN ? amount.movePointRight(4) : amount.movePointLeft(4);
  }

  private CellSum finish(int i) {
    Layout l = sums.layout;
    long printed = sums.numbers[i];
    long unreadable = sums.unreadable[i];
    long unmapped = sums.unmapped(i);
    long blank = sums.parts - printed - unreadable - unmapped;
    boolean unitsDiffer = false;
    Optional<Figure> sum = Optional.empty();
    if (l.kinds[i] == CellKind.MONEY) {
      BigDecimal[] m = sums.money[i];
      boolean stated = m[Sums.YUAN] != null || m[Sums.WAN_YUAN] != null;
      unitsDiffer = stated && m[Sums.UNSTATED] != null;
      if (printed > 0 && unreadable == 0 && unmapped == 0 && !unitsDiffer) {
        sum = Optional.of(Figure.money(money(m, l.declaredUnits[i])));
      }
    } else if (printed > 0 && unreadable == 0 && unmapped == 0) {
      sum = Optional.of(Figure.count(sums.counts[i]));
    }
    return new CellSum(l.slots.get(i), sum, printed, blank, unreadable, unmapped, unitsDiffer);
  }

  /** The exact sum of the per-unit sums, in the declared unit, the one unit used, or 元. */
  private static Money money(BigDecimal[] m, MoneyUnit declared) {
    BigDecimal yuan = m[Sums.YUAN];
    BigDecimal wan = m[Sums.WAN_YUAN];
    if (yuan == null && wan == null) {
      return Money.of(m[Sums.UNSTATED], MoneyUnit.UNSTATED);
    }
    if (wan == null) {
      return declared == MoneyUnit.WAN_YUAN
          ? Money.of(yuan.movePointLeft(4), MoneyUnit.WAN_YUAN)
          : Money.of(yuan, MoneyUnit.YUAN);
    }
    if (yuan == null) {
      return Money.of(wan, MoneyUnit.WAN_YUAN);
    }
    return declared == MoneyUnit.WAN_YUAN
        ? Money.of(wan.add(yuan.movePointLeft(4)), MoneyUnit.WAN_YUAN)
        : Money.of(yuan.add(wan.movePointRight(4)), MoneyUnit.YUAN);
  }

  /**
   * Roll-ups are equal when they have the same mapping, the same number of parts and the same sum
   * and counts in every cell.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RollUp r
        && r.mapping().equals(mapping())
        && r.parts() == parts()
        && r.cells.equals(cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mapping(), parts(), cells);
  }

  /**
   * A summary: the mapping and the number of parts.
   *
   * @return for example {@code RollUp[the 2021 edition, 3 parts]}
   */
  @Override
  public String toString() {
    return "RollUp[" + mapping() + ", " + parts() + " parts]";
  }
}
