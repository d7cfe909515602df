package io.github.ogireport.dsl;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationMatrix;
import io.github.ogireport.model.DisclosureTable;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ReviewTable;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Validated;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the builders of both editions share: the publication date, the narratives, section 四, and
 * building. {@link Report2019} and {@link Report2021} add their edition's sections 二 and 三.
 *
 * <p>Defaults: no publication date; every narrative empty (an empty section 五 or 六 is a warning,
 * I13); nothing entered in any table (every row must be entered).
 *
 * <pre>{@code
 * AnnualReports.edition2019("方正县教育局", 2020)
 *     .publishedOn(LocalDate.of(2021, 1, 19))
 *     .overview("……")
 *     .section4(s -> s.remainingGroupsZero())
 *     .build();
 * }</pre>
 *
 * @param <B> the edition's builder type, returned for chaining
 */
public abstract class ReportBuilder<B extends ReportBuilder<B>> {
  final Entries entries;
  private final String agency;
  private final int year;
  private Optional<LocalDate> publicationDate = Optional.empty();
  final Narratives.Builder narratives = Narratives.builder();

  ReportBuilder(io.github.ogireport.template.Edition edition, String agency, int year) {
    this.entries = new Entries(edition);
    this.agency = java.util.Objects.requireNonNull(agency, "agency");
    this.year = year;
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /**
   * The date the report is published.
   *
   * <pre>{@code .publishedOn(LocalDate.of(2021, 1, 19))}</pre>
   *
   * @param date the date
   * @return this builder
   */
  public B publishedOn(LocalDate date) {
    this.publicationDate = Optional.of(date);
    return self();
  }

  /**
   * The text before section 一.
   *
   * <pre>{@code .preamble("本报告由……编制。")}</pre>
   *
   * @param text the text
   * @return this builder
   */
  public B preamble(String text) {
    narratives.preamble(text);
    return self();
  }

  /**
   * Section 一、总体情况. Numbers it quotes (applications received, answered, carried over and
   * forward, reconsiderations, lawsuits) are checked against the tables (I10).
   *
   * <pre>{@code .overview("2024 年，全市共受理政府信息公开申请 3119 件……")}</pre>
   *
   * @param text the text, paragraphs separated by line breaks
   * @return this builder
   */
  public B overview(String text) {
    narratives.overview(text);
    return self();
  }

  /**
   * Text printed with the tables of section 二, 三 or 四.
   *
   * <pre>{@code .tableNote(Section.THREE, "我局全年未接到政府信息公开申请。")}</pre>
   *
   * @param section {@link Section#TWO}, {@link Section#THREE} or {@link Section#FOUR}
   * @param text the text
   * @return this builder
   */
  public B tableNote(Section section, String text) {
    narratives.putTableNote(section, text);
    return self();
  }

  /**
   * Section 五: the main problems and how they are being addressed.
   *
   * <pre>{@code .problems("一是……")}</pre>
   *
   * @param text the text
   * @return this builder
   */
  public B problems(String text) {
    narratives.problems(text);
    return self();
  }

  /**
   * Section 六: other matters to report.
   *
   * <pre>{@code .otherMatters("本年度报告所列数据的统计期限为……")}</pre>
   *
   * @param text the text
   * @return this builder
   */
  public B otherMatters(String text) {
    narratives.otherMatters(text);
    return self();
  }

  /**
   * The closing lines (agency and date).
   *
   * <pre>{@code .closing("方正县教育局\n2021年1月19日")}</pre>
   *
   * @param text the text
   * @return this builder
   */
  public B closing(String text) {
    narratives.closing(text);
    return self();
  }

  /**
   * Every narrative at once, as a value (replaces what was set before).
   *
   * <pre>{@code .narratives(Narratives.builder().overview("……").build())}</pre>
   *
   * @param all the narratives
   * @return this builder
   */
  public B narratives(Narratives all) {
    narratives.from(all);
    narratives.processingFees(all.processingFees());
    narratives.tableNotes(all.tableNotes());
    return self();
  }

  /**
   * Section 四: reconsideration and litigation.
   *
   * <pre>{@code .section4(s -> s.reconsideration().upheld(1).corrected(0).otherOutcome(0).pending(0)
   *     .remainingGroupsZero())}</pre>
   *
   * @param groups enters the groups
   * @return this builder
   */
  public B section4(Consumer<ReviewSection> groups) {
    groups.accept(new ReviewSection(entries));
    return self();
  }

  /**
   * Builds and validates the report.
   *
   * <p>When every row of sections 二, 三 and 四 was entered, the report is built (totals derived) and
   * validated by {@link ReportValidator#validate(AnnualReport)}. Otherwise the result is invalid
   * with a {@code NOT_ENTERED} error for each row missing and every other violation of what was
   * entered ({@link ReportValidator#entryViolations(PrintedReport)}).
   *
   * <pre>{@code
   * var result = builder.build();
   * result.isValid();                      // no error
   * result.get().report();                 // the AnnualReport
   * result.get().warnings();               // warnings, if any
   * }</pre>
   *
   * @return the report with its warnings, or every violation when there is an error
   */
  public Validation<Seq<Violation>, Validated<AnnualReport>> build() {
    boolean complete =
        entries.template.cells().stream()
            .allMatch(c -> entries.template.isDerived(c) || entries.entered(c));
    if (complete) {
      return ReportValidator.validate(assemble());
    }
    PrintedReport draft =
        PrintedReport.builder()
            .edition(entries.edition)
            .agency(agency)
            .year(year)
            .publicationDate(publicationDate)
            .narratives(narratives.build())
            .cells(entries.cells)
            .build();
    return Validation.invalid(ReportValidator.entryViolations(draft));
  }

  /**
   * Builds the report, or throws one exception that lists every violation.
   *
   * <pre>{@code AnnualReport report = builder.buildOrThrow();}</pre>
   *
   * @return the report (its warnings are dropped; {@link #build()} has them)
   * @throws InvalidReportException when the report has an error; its message has every violation
   *     on its own line
   */
  public AnnualReport buildOrThrow() {
    Validation<Seq<Violation>, Validated<AnnualReport>> result = build();
    if (result.isInvalid()) {
      throw new InvalidReportException(agency, year, result.getError().toJavaList());
    }
    return result.get().report();
  }

  private AnnualReport assemble() {
    Map<CellRef, Long> three = new HashMap<>();
    Map<CellRef, Long> four = new HashMap<>();
    Map<String, Map<CellRef, Figure>> two = new LinkedHashMap<>();
    for (TableDecl d : entries.template.disclosureTables()) {
      two.put(d.key(), new LinkedHashMap<>());
    }
    entries.cells.forEach(
        (c, p) -> {
          if (p instanceof PrintedCell.Numeric n) {
            switch (c.section()) {
              case TWO -> two.get(c.table()).put(c, n.figure());
              case THREE -> three.put(c, ((Figure.Count) n.figure()).value());
              default -> four.put(c, ((Figure.Count) n.figure()).value());
            }
          }
        });
    List<DisclosureTable> tables = new ArrayList<>();
    two.forEach(
        (k, v) -> tables.add(DisclosureTable.of(entries.edition, Article20Item.valueOf(k), v)));
    return AnnualReport.builder()
        .edition(entries.edition)
        .agency(agency)
        .year(year)
        .publicationDate(publicationDate)
        .narratives(narratives.build())
        .section2(tables)
        .section3(ApplicationMatrix.of(entries.edition, three))
        .section4(ReviewTable.of(entries.edition, four))
        .build();
  }
}
