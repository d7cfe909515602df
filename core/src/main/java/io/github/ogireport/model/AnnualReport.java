package io.github.ogireport.model;

import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A 政府信息公开工作年度报告 built in code: every number of sections 三 and 四 present, every total derived.
 *
 * <p>Structure is checked when the report is built (tables of the report's edition, every part of
 * sections 三 and 四 present, every section 二 sub-table of the edition present); the identities
 * between numbers are not: a report that breaks I1 can be built, and {@code
 * io.github.ogireport.validation.ReportValidator} says what is wrong with it. Prefer the fluent
 * builder of the {@code dsl} module to build one by hand.
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.builder()
 *     .edition(Edition.E2021)
 *     .agency("淮安市人民政府")
 *     .year(2024)
 *     .narratives(narratives)
 *     .addSection2(item1, item5, item6, item8)
 *     .section3(matrix)
 *     .section4(review)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AnnualReport implements ReportHeader {
  AnnualReport() {}

  /**
   * A builder. Required: edition, agency, year, section 三, section 四 and every section 二
   * sub-table of the edition; optional: the publication date; narratives default to empty.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  @Value.Default
  public Narratives narratives() {
    return Narratives.empty();
  }

  /**
   * The section 二 sub-tables, in the edition's order.
   *
   * @return the sub-tables
   */
  public abstract List<DisclosureTable> section2();

  /**
   * Section 三.
   *
   * @return the matrix
   */
  public abstract ApplicationMatrix section3();

  /**
   * Section 四.
   *
   * @return the table
   */
  public abstract ReviewTable section4();

  /**
   * The section 二 sub-table for an item.
   *
   * @param item the item of 第二十条
   * @return the sub-table, or empty when the edition has none (ITEM_9 in 2021)
   */
  public Optional<DisclosureTable> section2(Article20Item item) {
    return section2().stream().filter(t -> t.item() == item).findFirst();
  }

  /**
   * The report as a publication would print it: every number, totals included; an unfilled section
   * 二 cell is blank. Validation and rendering work on this view.
   *
   * @return the printed report
   */
  public PrintedReport toPrinted() {
    EditionTemplate t = edition().template();
    Map<CellRef, Figure> figures = new java.util.HashMap<>();
    section2().forEach(d -> figures.putAll(d.cells()));
    section3().cells().forEach((c, v) -> figures.put(c, Figure.count(v)));
    section4().cells().forEach((c, v) -> figures.put(c, Figure.count(v)));
    Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();
    for (CellRef c : t.cells()) {
      Figure f = figures.get(c);
      cells.put(c, f == null ? PrintedCell.blank() : PrintedCell.of(f));
    }
    return PrintedReport.builder()
        .edition(edition())
        .agency(agency())
        .year(year())
        .publicationDate(publicationDate())
        .narratives(narratives())
        .cells(cells)
        .build();
  }

  @Value.Check
  void check() {
    Headers.check(this);
    List<String> expected =
        edition().template().disclosureTables().stream().map(TableDecl::key).toList();
    List<String> actual = section2().stream().map(d -> d.item().name()).toList();
    if (!actual.equals(expected)) {
      throw new IllegalStateException(
          "section 二 of the " + edition().id() + " edition has the sub-tables " + expected
              + " in that order, not " + actual);
    }
    for (DisclosureTable d : section2()) {
      Headers.sameEdition(this, d.edition(), "section 二 " + d.item());
    }
    Headers.sameEdition(this, section3().edition(), "section 三");
    Headers.sameEdition(this, section4().edition(), "section 四");
  }

  /** Builds an {@link AnnualReport}; see {@link AnnualReport#builder()} for what is required. */
  public static final class Builder extends ImmutableAnnualReport.Builder {
    Builder() {}
  }
}
