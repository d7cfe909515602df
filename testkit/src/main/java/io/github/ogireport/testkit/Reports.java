package io.github.ogireport.testkit;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationMatrix;
import io.github.ogireport.model.DisclosureTable;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.model.ReviewTable;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.ColumnDecl;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.template.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of reports, driven by the edition declarations: the free cells are chosen at
 * random, the totals are derived by the model, and the identities that bind parts to each other
 * (I1, I9) are satisfied by adjusting one free cell of each, as the template declares them.
 */
public final class Reports {
  private Reports() {}

  /**
   * Valid reports (no violation at all, warnings included) of every declared edition.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AnnualReport> validReports() {
    return Arbitraries.of(Edition.values()).flatMap(Reports::validReports);
  }

  /**
   * Valid reports of one edition.
   *
   * @param edition the edition
   * @return the arbitrary
   */
  public static Arbitrary<AnnualReport> validReports(Edition edition) {
    EditionTemplate t = edition.template();
    List<CellRef> free = t.cells().stream().filter(c -> !t.isDerived(c)).toList();
    List<Arbitrary<Figure>> figures = free.stream().map(c -> figure(t, c)).toList();
    Arbitrary<List<Figure>> values = Combinators.combine(figures).as(l -> l);
    return Combinators.combine(
            values,
            Arbitraries.of("方正县教育局", "淮安市人民政府", "洪泽区人民政府", "平潭综合实验区管理委员会", "某某部"),
            years(edition),
            dates(),
            narratives(edition))
        .as(
            (vals, agency, year, date, narratives) -> {
              Map<CellRef, Figure> cells = new LinkedHashMap<>();
              for (int i = 0; i < free.size(); i++) {
                cells.put(free.get(i), vals.get(i));
              }
              satisfy(t, cells);
              return assemble(edition, agency, year, date, narratives, cells);
            });
  }

  /**
   * The report years the edition is in force for (the latest edition: ten years of it), up to the
   * current year.
   */
  private static Arbitrary<Integer> years(Edition edition) {
    int first = edition.firstReportYear();
    int last = first + 9;
    for (Edition e : Edition.values()) {
      if (e.firstReportYear() > first) {
        last = Math.min(last, e.firstReportYear() - 1);
      }
    }
    // A year that has not begun is a YEAR error: the years generated have begun.
    last = Math.min(last, Math.max(first, java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue()));
    return Arbitraries.integers().between(first, last);
  }

  private static Arbitrary<Optional<LocalDate>> dates() {
    return Arbitraries.integers()
        .between(0, 3000)
        .map(d -> LocalDate.of(2020, 1, 1).plusDays(d))
        .optional();
  }

  /** Narratives that pass I10, I11 and I13: no quoted numbers, sections 五 and 六 not empty. */
  private static Arbitrary<Narratives> narratives(Edition edition) {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange('一', '龥')
            .withChars('，', '。', '“', '”', '（', '）', '、', ' ', '\n', 'a', 'Z')
            .ofMinLength(0)
            .ofMaxLength(60);
    Arbitrary<String> nonEmpty = text.map(s -> "工作" + s);
    // Structured 信息处理费 facts where the edition asks about the fee (I11).
    Arbitrary<Optional<ProcessingFees>> fees =
        !edition.template().processingFeeTriggers().isEmpty()
            ? Combinators.combine(
                    Arbitraries.longs().between(0, 50).optional(),
                    money(MoneyUnit.YUAN).optional(),
                    money(MoneyUnit.YUAN).optional())
                .as(
                    (n, c, k) -> {
                      ProcessingFees.Builder b = ProcessingFees.builder();
                      n.ifPresent(b::noticesIssued);
                      c.ifPresent(b::amountCharged);
                      k.ifPresent(b::amountCollected);
                      return b.build();
                    })
                .optional()
            : Arbitraries.just(Optional.empty());
    return Combinators.combine(text, text, text.optional(), nonEmpty, nonEmpty, fees, text)
        .as(
            (preamble, overview, note, problems, other, f, closing) ->
                Narratives.builder()
                    .preamble(preamble)
                    .overview(overview)
                    .tableNotes(note.map(n -> Map.of(Section.THREE, n)).orElse(Map.of()))
                    .problems(problems)
                    .otherMatters(other + "本年度信息处理费情况如下。")
                    .processingFees(f)
                    .closing(closing)
                    .build());
  }

  private static Arbitrary<Figure> figure(EditionTemplate t, CellRef c) {
    CellKind kind = t.kind(c);
    return switch (kind) {
      case COUNT -> counts(c.section()).map(Figure::count);
      case SIGNED_COUNT -> Arbitraries.longs().between(-500, 500).map(Figure::count);
      case MONEY -> {
        ColumnDecl col = t.column(c);
        Arbitrary<MoneyUnit> unit =
            col.unit().isPresent()
                ? Arbitraries.just(col.unit().get())
                : Arbitraries.of(MoneyUnit.values());
        yield unit.flatMap(Reports::money).map(Figure::money);
      }
    };
  }

  private static Arbitrary<Long> counts(Section section) {
    long max = section == Section.TWO ? 5_000_000 : 100_000;
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 30)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, max)));
  }

  private static Arbitrary<Money> money(MoneyUnit unit) {
    return Combinators.combine(
            Arbitraries.longs().between(0, 9_999_999), Arbitraries.integers().between(0, 6))
        .as((unscaled, scale) -> Money.of(BigDecimal.valueOf(unscaled, scale), unit));
  }

  /**
   * Makes the equations that bind free cells to each other hold (I1 on every applicant column,
   * I9): the side that is short gets the difference added to its first free cell.
   */
  private static void satisfy(EditionTemplate t, Map<CellRef, Figure> cells) {
    for (Equation e : t.equations()) {
      boolean definesTotal = e.found().size() == 1 && t.isDerived(e.found().get(0).cell());
      if (definesTotal) {
        continue;
      }
      Map<CellRef, Long> all = values(t, cells);
      long expected = sum(e.expected(), all);
      long found = sum(e.found(), all);
      boolean holds =
          e.relation() == Equation.Relation.EQUAL ? expected == found : found >= expected;
      if (holds) {
        continue;
      }
      List<Term> shortSide = found < expected ? e.found() : e.expected();
      Optional<Term> slack =
          shortSide.stream().filter(x -> !t.isDerived(x.cell()) && x.sign() > 0).findFirst();
      if (slack.isEmpty()) {
        continue; // follows from the other instances (the 总计 column of I1)
      }
      CellRef c = slack.get().cell();
      long current = ((Figure.Count) cells.get(c)).value();
      cells.put(c, Figure.count(current + Math.abs(expected - found)));
    }
  }

  private static long sum(List<Term> terms, Map<CellRef, Long> all) {
    long s = 0;
    for (Term x : terms) {
      s += x.sign() * all.get(x.cell());
    }
    return s;
  }

  private static Map<CellRef, Long> values(EditionTemplate t, Map<CellRef, Figure> cells) {
    Map<CellRef, Long> all = new HashMap<>();
    cells.forEach(
        (c, f) -> {
          if (f instanceof Figure.Count n) {
            all.put(c, n.value());
          }
        });
    all.putAll(matrix(t.edition(), cells).cells());
    all.putAll(review(t.edition(), cells).cells());
    return all;
  }

  private static ApplicationMatrix matrix(Edition e, Map<CellRef, Figure> cells) {
    return ApplicationMatrix.of(e, counts(cells, Section.THREE));
  }

  private static ReviewTable review(Edition e, Map<CellRef, Figure> cells) {
    return ReviewTable.of(e, counts(cells, Section.FOUR));
  }

  private static Map<CellRef, Long> counts(Map<CellRef, Figure> cells, Section s) {
    Map<CellRef, Long> m = new HashMap<>();
    cells.forEach(
        (c, f) -> {
          if (c.section() == s) {
            m.put(c, ((Figure.Count) f).value());
          }
        });
    return m;
  }

  /**
   * A report from its free cells; the model derives the totals.
   *
   * @param edition the edition
   * @param agency the agency
   * @param year the report year
   * @param date the publication date, if any
   * @param narratives the narrative sections
   * @param cells the free cells of sections 二, 三 and 四
   * @return the report
   */
  public static AnnualReport assemble(
      Edition edition,
      String agency,
      int year,
      Optional<LocalDate> date,
      Narratives narratives,
      Map<CellRef, Figure> cells) {
    EditionTemplate t = edition.template();
    List<DisclosureTable> two = new ArrayList<>();
    for (TableDecl d : t.disclosureTables()) {
      Map<CellRef, Figure> m = new LinkedHashMap<>();
      cells.forEach(
          (c, f) -> {
            if (c.table().equals(d.key())) {
              m.put(c, f);
            }
          });
      two.add(DisclosureTable.of(edition, Article20Item.valueOf(d.key()), m));
    }
    return AnnualReport.builder()
        .edition(edition)
        .agency(agency)
        .year(year)
        .publicationDate(date)
        .narratives(narratives)
        .section2(two)
        .section3(matrix(edition, cells))
        .section4(review(edition, cells))
        .build();
  }

  /**
   * Printed reports as publications print them: a valid report's printed view with some cells
   * blanked (with or without a mark), made unreadable, dropped, or changed to another count.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PrintedReport> printedReports() {
    return Arbitraries.of(Edition.values()).flatMap(e -> damaged(e, anyDamage(), 0, 8));
  }

  /**
   * Printed reports of one edition with blanks: a valid report's printed view in which up to eight
   * cells are printed blank, empty or with a mark ({@code /}, {@code —}, {@code 无}). Every printed
   * number is still right.
   *
   * @param edition the edition
   * @return the arbitrary
   */
  public static Arbitrary<PrintedReport> printedReports(Edition edition) {
    return damaged(edition, BLANKS.map(PrintedCell::blank), 0, 8);
  }

  /**
   * Corrupted printed reports of one edition: a valid report's printed view in which one to eight
   * cells are blanked, unreadable, missing or changed to another count, so that some may break an
   * identity.
   *
   * @param edition the edition
   * @return the arbitrary
   */
  public static Arbitrary<PrintedReport> corruptedReports(Edition edition) {
    return damaged(edition, anyDamage(), 1, 8);
  }

  private static final Arbitrary<String> BLANKS = Arbitraries.of("", "/", "—", "无");

  private static Arbitrary<PrintedCell> anyDamage() {
    return Arbitraries.oneOf(
        BLANKS.map(PrintedCell::blank),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
            .map(PrintedCell::unreadable),
        Arbitraries.longs().between(0, 1_000_000).map(PrintedCell::of),
        Arbitraries.just((PrintedCell) null));
  }

  /** A valid report's printed view with {@code least} to {@code most} cells replaced (null: dropped). */
  private static Arbitrary<PrintedReport> damaged(
      Edition edition, Arbitrary<PrintedCell> damage, int least, int most) {
    return validReports(edition)
        .flatMap(
            r -> {
              PrintedReport p = r.toPrinted();
              List<CellRef> cells = new ArrayList<>(p.cells().keySet());
              Arbitrary<Map<Integer, PrintedCell>> damages =
                  Arbitraries.maps(Arbitraries.integers().between(0, cells.size() - 1), damage)
                      .ofMinSize(least)
                      .ofMaxSize(most);
              return damages.map(
                  d -> {
                    Map<CellRef, PrintedCell> changed = new LinkedHashMap<>(p.cells());
                    d.forEach(
                        (i, cell) -> {
                          CellRef c = cells.get(i);
                          if (cell == null) {
                            changed.remove(c);
                          } else if (!(cell instanceof PrintedCell.Numeric)
                              || p.edition().template().kind(c) != CellKind.MONEY) {
                            changed.put(c, cell);
                          }
                        });
                    return PrintedReport.builder().from(p).cells(changed).build();
                  });
            });
  }
}
