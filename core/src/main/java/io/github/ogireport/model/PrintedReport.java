package io.github.ogireport.model;

import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.TableDecl;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A 政府信息公开工作年度报告 as a publication printed it.
 *
 * <p>Each cell is what was printed: a number, a blank (not 0) or unreadable text ({@link
 * PrintedCell}); printed totals are kept even when they contradict their parts, so nothing printed
 * is lost and validation can say exactly what does not add up. A cell that the publication does not
 * print at all (a missing row) is absent from {@link #cells()}; validation treats it like a blank.
 *
 * <pre>{@code
 * EditionTemplate t = Edition.E2021.template();
 * PrintedReport p = PrintedReport.builder()
 *     .edition(Edition.E2021).agency("洪泽区人民政府").year(2023)
 *     .putCell(t.cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.UPHELD), PrintedCell.of(10))
 *     .putCell(t.cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.TOTAL), PrintedCell.of(0))
 *     .build();
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
// The project's style (ValueStyle), except that the cells map and the optional date are plain
// attributes: the report keeps the map it is given instead of copying it, so that a reader's cells
// (PrintedReport.of) are held once, in their array. The Builder below copies what it is given.
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    builtinContainerAttributes = false)
public abstract class PrintedReport implements ReportHeader {
  PrintedReport() {}

  /**
   * A builder. Required: edition, agency, year; cells and narratives default to none.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A printed report from its cells held in an array over the edition's printable cells, as a
   * reader fills them: the same report as the {@link #builder()} makes from the cells in printed
   * order, made without the builder's copies.
   *
   * @param edition the edition
   * @param agency the agency
   * @param year the report year
   * @param publicationDate the publication date, if printed
   * @param narratives the texts
   * @param cells what is printed in each of the edition's {@link EditionTemplate#printableCells()}
   *     (at its {@link EditionTemplate#index}), null for a cell the report does not print; read,
   *     not kept
   * @return the report
   * @throws IllegalArgumentException when the array is not as long as the edition's printable
   *     cells
   * @throws IllegalStateException when a number is not of its cell's kind, as the builder says
   */
  public static PrintedReport of(
      Edition edition,
      String agency,
      int year,
      Optional<LocalDate> publicationDate,
      Narratives narratives,
      PrintedCell[] cells) {
    EditionTemplate t = edition.template();
    int size = t.printableCells().size();
    if (cells.length != size) {
      throw new IllegalArgumentException(
          "the " + edition.id() + " edition has " + size + " printable cells, not " + cells.length);
    }
    PrintedCell[] copy = cells.clone();
    int placed = 0;
    for (PrintedCell c : copy) {
      if (c != null) {
        placed++;
      }
    }
    // The map is a view of the grid's array, and the report takes its grid from it (printedGrid).
    return ImmutablePrintedReport.of(
        edition,
        agency,
        year,
        publicationDate,
        narratives,
        new ArrayCells(t, PrintedGrid.of(t, copy, placed)));
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract Edition edition();

  @Override
  @Value.Parameter(order = 1)
  public abstract String agency();

  @Override
  @Value.Parameter(order = 2)
  public abstract int year();

  @Override
  @Value.Parameter(order = 3)
  public abstract Optional<LocalDate> publicationDate();

  @Override
  @Value.Parameter(order = 4)
  public abstract Narratives narratives();

  /**
   * The printed cells of sections 二, 三 and 四.
   *
   * @return cell to what was printed there
   */
  @Value.Parameter(order = 5)
  public abstract Map<CellRef, PrintedCell> cells();

  /**
   * The printed cells held in arrays over the edition's printable cells, made once with the report:
   * what validation evaluates.
   *
   * @return the arrays
   */
  @Value.Derived
  @Value.Auxiliary
  public PrintedGrid printedGrid() {
    EditionTemplate t = edition().template();
    PrintedGrid made = cells() instanceof ArrayCells a ? a.gridFor(t) : null;
    return made != null ? made : PrintedGrid.of(t, cells());
  }

  /**
   * One printed cell.
   *
   * @param cell a cell of the report's edition
   * @return what was printed, or empty when the cell was not printed at all
   */
  public Optional<PrintedCell> cell(CellRef cell) {
    return Optional.ofNullable(cells().get(cell));
  }

  /**
   * One printed section 三 cell.
   *
   * @param row the row
   * @param applicant the column
   * @return what was printed, or empty
   */
  public Optional<PrintedCell> cell(ApplicationRow row, Applicant applicant) {
    return cell(edition().template().cell(row, applicant));
  }

  /**
   * One printed section 四 cell.
   *
   * @param group the group
   * @param outcome the outcome
   * @return what was printed, or empty
   */
  public Optional<PrintedCell> cell(ReviewGroup group, ReviewOutcome outcome) {
    return cell(edition().template().cell(group, outcome));
  }

  /**
   * One printed section 二 cell.
   *
   * @param item the sub-table
   * @param row the row
   * @param column the column
   * @return what was printed, or empty
   */
  public Optional<PrintedCell> cell(
      Article20Item item, DisclosureRow row, DisclosureColumn column) {
    return cell(edition().template().cell(item, row, column));
  }

  /**
   * The rows this report prints in a table: the edition's rows, except that an alternative row the
   * report printed (the old single （六）其他处理 of a 2021 report) stands in place of the rows it
   * replaces. Validation, rendering and the checker all read a report's layout from here.
   *
   * @param table a table of the report's edition
   * @return the rows, in printed order
   */
  public List<RowDecl> printedRows(TableDecl table) {
    if (table.alternatives().isEmpty()) {
      return table.rows();
    }
    EditionTemplate t = edition().template();
    Map<String, Map<String, CellRef>> grid = t.printableGrid(table);
    List<String> replaced = new ArrayList<>();
    List<String> printedAlternatives = new ArrayList<>();
    for (AlternativeRow a : table.alternatives()) {
      for (CellRef c : grid.get(a.row().key()).values()) {
        if (cells().containsKey(c)) {
          printedAlternatives.add(a.row().key());
          replaced.addAll(a.replaces());
          break;
        }
      }
    }
    List<RowDecl> out = new ArrayList<>();
    for (RowDecl r : table.printableRows()) {
      boolean shown = table.alternative(r.key()).isEmpty() || printedAlternatives.contains(r.key());
      if (shown && !replaced.contains(r.key())) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every cell of the rows this report prints ({@link #printedRows(TableDecl)}), in printed order,
   * whether or not the report filled it.
   *
   * @return the cells of the report's layout
   */
  public List<CellRef> layoutCells() {
    EditionTemplate t = edition().template();
    List<CellRef> out = new ArrayList<>();
    for (TableDecl table : t.tables()) {
      Map<String, Map<String, CellRef>> grid = t.printableGrid(table);
      printedRows(table).forEach(r -> out.addAll(grid.get(r.key()).values()));
    }
    return out;
  }

  /**
   * This report with one cell replaced.
   *
   * @param cell a cell of the report's edition
   * @param printed what is printed there now
   * @return the changed report
   */
  public PrintedReport withCell(CellRef cell, PrintedCell printed) {
    Map<CellRef, PrintedCell> changed = new java.util.LinkedHashMap<>(cells());
    changed.put(cell, printed);
    return builder().from(this).cells(changed).build();
  }

  @Value.Check
  void check() {
    Headers.check(this);
    EditionTemplate t = edition().template();
    PrintedGrid grid = printedGrid();
    if (grid.placed() == cells().size() && grid.kindsFit()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<CellRef, PrintedCell> e : cells().entrySet()) {
      CellRef c = e.getKey();
      if (t.index(c) < 0) {
        problems.add(c + " is not a cell of the " + edition().id() + " edition");
      } else if (e.getValue() instanceof PrintedCell.Numeric n
          && !Cells.fits(t.kind(c), n.figure())) {
        problems.add(c + " holds " + t.kind(c) + ", not " + n.figure());
      }
    }
    throw new IllegalStateException(String.join("; ", problems));
  }

  /**
   * Builds a {@link PrintedReport}; see {@link PrintedReport#builder()}. Required: edition, agency
   * and year. The cells keep the order they are put in; putting a cell again replaces what it
   * holds. {@link #build()} copies the cells, so the builder may go on being used and the reports it
   * built do not change. Not thread-safe.
   */
  public static final class Builder {
    private Edition edition;
    private String agency;
    private int year;
    private boolean hasYear;
    private Optional<LocalDate> publicationDate = Optional.empty();
    private Narratives narratives = Narratives.empty();
    private final Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets every attribute that the report has: its header (as {@link #from(ReportHeader)}) and,
     * added to those already put, its cells.
     *
     * @param instance a report
     * @return this builder
     */
    public Builder from(PrintedReport instance) {
      Objects.requireNonNull(instance, "instance");
      putAllCells(instance.cells());
      return from((ReportHeader) instance);
    }

    /**
     * Sets edition, agency, year and narratives from a report's header, and its publication date
     * when it has one.
     *
     * @param instance a report header
     * @return this builder
     */
    public Builder from(ReportHeader instance) {
      Objects.requireNonNull(instance, "instance");
      edition(instance.edition());
      narratives(instance.narratives());
      agency(instance.agency());
      year(instance.year());
      if (instance.publicationDate().isPresent()) {
        publicationDate(instance.publicationDate());
      }
      return this;
    }

    /**
     * Sets the edition.
     *
     * @param edition the edition
     * @return this builder
     */
    public Builder edition(Edition edition) {
      this.edition = Objects.requireNonNull(edition, "edition");
      return this;
    }

    /**
     * Sets the agency.
     *
     * @param agency the agency's name
     * @return this builder
     */
    public Builder agency(String agency) {
      this.agency = Objects.requireNonNull(agency, "agency");
      return this;
    }

    /**
     * Sets the report year.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(int year) {
      this.year = year;
      this.hasYear = true;
      return this;
    }

    /**
     * Sets the publication date.
     *
     * @param publicationDate the date
     * @return this builder
     */
    public Builder publicationDate(LocalDate publicationDate) {
      this.publicationDate = Optional.of(Objects.requireNonNull(publicationDate, "publicationDate"));
      return this;
    }

    /**
     * Sets the publication date, or clears it when empty.
     *
     * @param publicationDate the date, if any
     * @return this builder
     */
    public Builder publicationDate(Optional<? extends LocalDate> publicationDate) {
      this.publicationDate = Optional.ofNullable(publicationDate.orElse(null));
      return this;
    }

    /**
     * Sets the texts; without it the report has none ({@link Narratives#empty()}).
     *
     * @param narratives the texts
     * @return this builder
     */
    public Builder narratives(Narratives narratives) {
      this.narratives = Objects.requireNonNull(narratives, "narratives");
      return this;
    }

    /**
     * Puts one cell.
     *
     * @param key the cell
     * @param value what is printed there
     * @return this builder
     */
    public Builder putCell(CellRef key, PrintedCell value) {
      cells.put(
          Objects.requireNonNull(key, "cells key"),
          Objects.requireNonNull(value, value == null ? "cells value for key: " + key : null));
      return this;
    }

    /**
     * Puts one cell.
     *
     * @param entry the cell and what is printed there
     * @return this builder
     */
    public Builder putCell(Map.Entry<? extends CellRef, ? extends PrintedCell> entry) {
      return putCell(entry.getKey(), entry.getValue());
    }

    /**
     * Replaces every cell put so far with these.
     *
     * @param entries the cells
     * @return this builder
     */
    public Builder cells(Map<? extends CellRef, ? extends PrintedCell> entries) {
      cells.clear();
      return putAllCells(entries);
    }

    /**
     * Puts every one of these cells.
     *
     * @param entries the cells
     * @return this builder
     */
    public Builder putAllCells(Map<? extends CellRef, ? extends PrintedCell> entries) {
      for (Map.Entry<? extends CellRef, ? extends PrintedCell> e : entries.entrySet()) {
        putCell(e.getKey(), e.getValue());
      }
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalStateException when edition, agency or year is not set, or when a cell is not
     *     a cell of the edition or a number is not of its cell's kind
     */
    public PrintedReport build() {
      if (edition == null || agency == null || !hasYear) {
        List<String> missing = new ArrayList<>();
        if (edition == null) {
          missing.add("edition");
        }
        if (agency == null) {
          missing.add("agency");
        }
        if (!hasYear) {
          missing.add("year");
        }
        throw new IllegalStateException(
            "Cannot build PrintedReport, some of required attributes are not set " + missing);
      }
      Map<CellRef, PrintedCell> copy =
          switch (cells.size()) {
            case 0 -> Collections.emptyMap();
            case 1 -> {
              Map.Entry<CellRef, PrintedCell> e = cells.entrySet().iterator().next();
              yield Collections.singletonMap(e.getKey(), e.getValue());
            }
            default -> Collections.unmodifiableMap(new LinkedHashMap<>(cells));
          };
      return ImmutablePrintedReport.of(edition, agency, year, publicationDate, narratives, copy);
    }
  }
}
