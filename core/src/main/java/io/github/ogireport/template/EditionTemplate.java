package io.github.ogireport.template;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The complete declaration of one {@link Edition}: its section headings, its tables with their
 * official labels and cell kinds, its identities and the concrete rules they expand to.
 *
 * <p>This is the single place an edition's labels live. The model derives totals from {@link
 * #derivations()}, validation evaluates {@link #equations()} and the other rules, JSON takes keys
 * and its schema from {@link #tables()}; a second copy of a label anywhere else is a bug.
 *
 * <pre>{@code
 * EditionTemplate t = Edition.E2019.template();
 * CellRef cell = t.cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON);
 * cell.rowLabel();     // "一、本年新收政府信息公开申请数量"
 * cell.columnLabel();  // "自然人"
 * t.isDerived(t.cell(ApplicationRow.TOTAL, Applicant.NATURAL_PERSON)); // true (I2)
 * }</pre>
 *
 * <p>Instances are immutable and shared; obtain them with {@link Edition#template()}.
 */
public final class EditionTemplate {
  /** Table key of the section 三 matrix. */
  public static final String APPLICATIONS = "APPLICATIONS";

  /** Table key of the section 四 table. */
  public static final String REVIEW = "REVIEW";

  private final Edition edition;
  private final String title;
  private final Map<Section, String> headings;
  private final List<TableDecl> tables;
  private final List<CellRef> cells;
  private final List<CellRef> printableCells;
  private final Map<CellRef, CellKind> kinds;
  private final List<Identity> identities;
  private final Map<String, List<String>> variants;
  private final List<Equation> equations;
  private final List<Equation> crossYearEquations;
  private final Map<CellRef, Derivation> derivations;
  private final List<QuotedFigure> quotedFigures;
  private final List<CellRef> processingFeeTriggers;
  private final String processingFeeKeyword;
  private final Optional<CellRef> feeAmountCell;
  private final BigDecimal feeAmountImplausibleAbove;
  private final List<Section> requiredNarratives;
  private final Map<String, TableDecl> tablesByKey;
  private final Map<CellRef, Integer> indexes;
  private final Map<String, Map<String, Map<String, CellRef>>> grids;
  private final Map<String, Map<String, Map<String, CellRef>>> printableGrids;

  EditionTemplate(
      Edition edition,
      String title,
      Map<Section, String> headings,
      List<TableDecl> tables,
      List<Identity> identities,
      Map<String, List<String>> variants,
      Function<EditionTemplate, Rules> rules) {
    this.edition = Objects.requireNonNull(edition);
    this.title = Objects.requireNonNull(title);
    this.headings = Map.copyOf(headings);
    this.tables = List.copyOf(tables);
    Map<CellRef, CellKind> k = new LinkedHashMap<>();
    List<CellRef> own = new java.util.ArrayList<>();
    Map<String, TableDecl> byKey = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, CellRef>>> g = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, CellRef>>> pg = new LinkedHashMap<>();
    for (TableDecl t : tables) {
      byKey.put(t.key(), t);
      Map<String, Map<String, CellRef>> grid = new LinkedHashMap<>();
      Map<String, Map<String, CellRef>> printableGrid = new LinkedHashMap<>();
      for (RowDecl r : t.printableRows()) {
        Map<String, CellRef> row = new LinkedHashMap<>();
        for (ColumnDecl c : t.columns()) {
          CellRef cell = CellRef.of(t, r, c);
          row.put(c.key(), cell);
          k.put(cell, c.kind());
          if (t.alternative(r.key()).isEmpty()) {
            own.add(cell);
          }
        }
        Map<String, CellRef> unmodifiable = java.util.Collections.unmodifiableMap(row);
        printableGrid.put(r.key(), unmodifiable);
        if (t.alternative(r.key()).isEmpty()) {
          grid.put(r.key(), unmodifiable);
        }
      }
      g.put(t.key(), java.util.Collections.unmodifiableMap(grid));
      pg.put(t.key(), java.util.Collections.unmodifiableMap(printableGrid));
    }
    this.tablesByKey = java.util.Collections.unmodifiableMap(byKey);
    this.grids = java.util.Collections.unmodifiableMap(g);
    this.printableGrids = java.util.Collections.unmodifiableMap(pg);
    this.kinds = java.util.Collections.unmodifiableMap(k);
    this.cells = List.copyOf(own);
    this.printableCells = List.copyOf(k.keySet());
    Map<CellRef, Integer> idx = new java.util.HashMap<>();
    for (int i = 0; i < printableCells.size(); i++) {
      idx.put(printableCells.get(i), i);
    }
    this.indexes = java.util.Collections.unmodifiableMap(idx);
    this.identities = List.copyOf(identities);
    this.variants = Map.copyOf(variants);
    Rules r = rules.apply(this);
    this.equations = List.copyOf(r.equations());
    this.crossYearEquations = List.copyOf(r.crossYear());
    Map<CellRef, Derivation> d = new LinkedHashMap<>();
    r.derivations().forEach(x -> d.put(x.total(), x));
    this.derivations = java.util.Collections.unmodifiableMap(d);
    this.quotedFigures = List.copyOf(r.quotedFigures());
    this.processingFeeTriggers = List.copyOf(r.processingFeeTriggers());
    this.processingFeeKeyword = r.processingFeeKeyword();
    this.feeAmountCell = r.feeAmountCell();
    this.feeAmountImplausibleAbove = r.feeAmountImplausibleAbove();
    this.requiredNarratives = List.copyOf(r.requiredNarratives());
  }

  /** The rules an edition's identities expand to, computed once its cells exist. */
  record Rules(
      List<Equation> equations,
      List<Equation> crossYear,
      List<Derivation> derivations,
      List<QuotedFigure> quotedFigures,
      List<CellRef> processingFeeTriggers,
      String processingFeeKeyword,
      Optional<CellRef> feeAmountCell,
      BigDecimal feeAmountImplausibleAbove,
      List<Section> requiredNarratives) {}

  /**
   * The edition this template declares.
   *
   * @return the edition
   */
  public Edition edition() {
    return edition;
  }

  /**
   * The name of the report, which a report's title follows with the agency and the year: {@code
   * 方正县教育局2020年政府信息公开工作年度报告}.
   *
   * @return {@code 政府信息公开工作年度报告}
   */
  public String title() {
    return title;
  }

  /**
   * The full title of one agency's report for one year, as reports print it.
   *
   * @param agency the agency
   * @param year the report year
   * @return for example {@code 方正县教育局2020年政府信息公开工作年度报告}
   */
  public String title(String agency, int year) {
    return agency + year + "年" + title;
  }

  /**
   * The printed variants of an official label (or heading) that readers of published reports
   * accept: typos and wordings seen in real reports, such as {@code 2.其他法律行政止公开}. Width,
   * quotes, spaces and line breaks are not variants: readers normalise them.
   *
   * @param label an official label or heading
   * @return its variants, possibly none
   */
  public List<String> variants(String label) {
    return variants.getOrDefault(label, List.of());
  }

  /**
   * The official heading of a section, for example {@code 三、收到和处理政府信息公开申请情况}.
   *
   * @param section the section
   * @return the heading
   */
  public String heading(Section section) {
    return headings.get(section);
  }

  /**
   * Every table, in printed order: the section 二 sub-tables, then section 三, then section 四.
   *
   * @return the tables
   */
  public List<TableDecl> tables() {
    return tables;
  }

  /**
   * The section 二 sub-tables, in printed order.
   *
   * @return the sub-tables under 第二十条
   */
  public List<TableDecl> disclosureTables() {
    return tables.stream().filter(t -> t.section() == Section.TWO).toList();
  }

  /**
   * The section 三 matrix.
   *
   * @return the table with key {@link #APPLICATIONS}
   */
  public TableDecl applications() {
    return table(APPLICATIONS).orElseThrow();
  }

  /**
   * The section 四 table; its rows are the three groups, its columns the five outcomes.
   *
   * @return the table with key {@link #REVIEW}
   */
  public TableDecl review() {
    return table(REVIEW).orElseThrow();
  }

  /**
   * The table with the given key.
   *
   * @param key a table key
   * @return the table, or empty when this edition has none with that key
   */
  public Optional<TableDecl> table(String key) {
    return Optional.ofNullable(tablesByKey.get(key));
  }

  /**
   * Every cell of every table, in printed order (row by row).
   *
   * @return the cells
   */
  public List<CellRef> cells() {
    return cells;
  }

  /**
   * Every cell a publication may print, in printed order: {@link #cells()} and the cells of the
   * alternative rows ({@link TableDecl#alternatives()}).
   *
   * @return the cells
   */
  public List<CellRef> printableCells() {
    return printableCells;
  }

  /**
   * The position of a cell in {@link #printableCells()}, so that a report's cells can be held in
   * arrays indexed alike.
   *
   * @param cell a cell
   * @return its position, or -1 when it is not a cell of this edition
   */
  public int index(CellRef cell) {
    Integer i = indexes.get(cell);
    return i == null ? -1 : i;
  }

  /**
   * Whether a cell belongs to an alternative row, which only printed reports hold.
   *
   * @param cell a cell of this edition
   * @return true for a cell of an alternative row
   */
  public boolean isAlternative(CellRef cell) {
    return table(cell.table()).orElseThrow().alternative(cell.row()).isPresent();
  }

  /**
   * Looks a cell up by its keys.
   *
   * @param table the table key
   * @param row the row key
   * @param column the column key
   * @return the cell with its labels, or empty when this edition has no such cell
   */
  public Optional<CellRef> findCell(String table, String row, String column) {
    Map<String, Map<String, CellRef>> grid = printableGrids.get(table);
    Map<String, CellRef> cellsOfRow = grid == null ? null : grid.get(row);
    return Optional.ofNullable(cellsOfRow == null ? null : cellsOfRow.get(column));
  }

  private CellRef cell(String table, String row, String column) {
    return findCell(table, row, column)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the "
                        + edition.id()
                        + " edition has no cell "
                        + table
                        + "/"
                        + row
                        + "/"
                        + column));
  }

  /**
   * A section 三 cell.
   *
   * @param row the row
   * @param applicant the column
   * @return the cell
   * @throws IllegalArgumentException when this edition has no such row (for example {@link
   *     ApplicationRow#OTHER_1} in the 2019 edition)
   */
  public CellRef cell(ApplicationRow row, Applicant applicant) {
    return cell(APPLICATIONS, row.name(), applicant.name());
  }

  /**
   * A section 四 cell.
   *
   * @param group the group
   * @param outcome the outcome
   * @return the cell
   */
  public CellRef cell(ReviewGroup group, ReviewOutcome outcome) {
    return cell(REVIEW, group.name(), outcome.name());
  }

  /**
   * A section 二 cell.
   *
   * @param item the sub-table
   * @param row the row
   * @param column the column
   * @return the cell
   * @throws IllegalArgumentException when this edition has no such cell
   */
  public CellRef cell(Article20Item item, DisclosureRow row, DisclosureColumn column) {
    return cell(item.name(), row.name(), column.name());
  }

  /**
   * What a cell holds.
   *
   * @param cell a cell of this edition
   * @return its kind
   */
  public CellKind kind(CellRef cell) {
    CellKind kind = kinds.get(cell);
    if (kind == null) {
      throw new IllegalArgumentException("the " + edition.id() + " edition has no cell " + cell);
    }
    return kind;
  }

  /**
   * The declared column of a cell.
   *
   * @param cell a cell of this edition
   * @return its column declaration
   */
  public ColumnDecl column(CellRef cell) {
    return table(cell.table()).orElseThrow().column(cell.column());
  }

  /**
   * Every identity and completeness check this edition declares, in id order.
   *
   * @return the identities
   */
  public List<Identity> identities() {
    return identities;
  }

  /**
   * Whether this edition checks an identity.
   *
   * @param identity one of {@link Identities}, for example {@link Identities#I7}
   * @return true when this edition declares it (I7 is 2021 only)
   */
  public boolean declares(Identity identity) {
    return identities.contains(identity);
  }

  /**
   * The identity with the given id.
   *
   * @param id for example {@code "I6"}
   * @return the identity, or empty when this edition does not declare it (I7 is 2021 only)
   */
  public Optional<Identity> identity(String id) {
    return identities.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * The single-report equations (I1, I2, I3, I6, I9), each a concrete instance over cells.
   *
   * @return the equations, smallest rank first
   */
  public List<Equation> equations() {
    return equations;
  }

  /**
   * The cross-year equations (I5, I7, I8), evaluated on a pair of consecutive reports.
   *
   * @return the equations
   */
  public List<Equation> crossYearEquations() {
    return crossYearEquations;
  }

  /**
   * Every derived total, in printed order, with the parts it sums.
   *
   * @return the derivations
   */
  public List<Derivation> derivations() {
    return List.copyOf(derivations.values());
  }

  /**
   * The derivation of a total cell.
   *
   * @param cell a cell
   * @return how the cell is derived, or empty when it is not a total
   */
  public Optional<Derivation> derivation(CellRef cell) {
    return Optional.ofNullable(derivations.get(cell));
  }

  /**
   * Whether a cell is a total that a report built in code computes rather than stores.
   *
   * @param cell a cell
   * @return true for the 总计 column, the （七）总计 row and section 四's 总计 cells
   */
  public boolean isDerived(CellRef cell) {
    return derivations.containsKey(cell);
  }

  /**
   * The numbers section 一 customarily quotes (I10).
   *
   * @return the quoted figures
   */
  public List<QuotedFigure> quotedFigures() {
    return quotedFigures;
  }

  /**
   * The cells that, when non-zero, require section 六 to report the 信息处理费 (I11; 2021 only).
   *
   * @return the trigger cells (empty for 2019)
   */
  public List<CellRef> processingFeeTriggers() {
    return processingFeeTriggers;
  }

  /**
   * The word section 六 uses for the processing fee (I11).
   *
   * @return {@code 信息处理费}
   */
  public String processingFeeKeyword() {
    return processingFeeKeyword;
  }

  /**
   * The 本年收费金额（单位：万元） cell that I12 checks (2021 only).
   *
   * @return the cell, or empty for 2019
   */
  public Optional<CellRef> feeAmountCell() {
    return feeAmountCell;
  }

  /**
   * The amount in 万元 from which I12 takes 本年收费金额 for an amount in 元.
   *
   * @return the threshold
   */
  public BigDecimal feeAmountImplausibleAbove() {
    return feeAmountImplausibleAbove;
  }

  /**
   * The narrative sections that must not be empty (I13).
   *
   * @return sections 五 and 六
   */
  public List<Section> requiredNarratives() {
    return requiredNarratives;
  }

  /**
   * The cells of one table, keyed by row key then column key, in printed order.
   *
   * @param table a table of this edition
   * @return the cells
   */
  public Map<String, Map<String, CellRef>> grid(TableDecl table) {
    return tablesByKey.get(table.key()) == table ? grids.get(table.key()) : grid(table, table.rows());
  }

  /**
   * The cells a publication may print in one table, alternative rows included, keyed by row key
   * then column key, in printed order.
   *
   * @param table a table of this edition
   * @return the cells
   */
  public Map<String, Map<String, CellRef>> printableGrid(TableDecl table) {
    return tablesByKey.get(table.key()) == table
        ? printableGrids.get(table.key())
        : grid(table, table.printableRows());
  }

  /** The grid of a table this template did not declare (the declared ones are made once). */
  private static Map<String, Map<String, CellRef>> grid(TableDecl table, List<RowDecl> rows) {
    Map<String, Map<String, CellRef>> grid = new LinkedHashMap<>();
    for (RowDecl r : rows) {
      Map<String, CellRef> row = new LinkedHashMap<>();
      for (ColumnDecl c : table.columns()) {
        row.put(c.key(), CellRef.of(table, r, c));
      }
      grid.put(r.key(), java.util.Collections.unmodifiableMap(row));
    }
    return java.util.Collections.unmodifiableMap(grid);
  }

  /**
   * The headings of all six sections.
   *
   * @return section to heading
   */
  public Map<Section, String> headings() {
    return java.util.Collections.unmodifiableMap(new EnumMap<>(headings));
  }

  @Override
  public String toString() {
    return "EditionTemplate["
        + edition.id()
        + ": "
        + tables.stream().map(TableDecl::caption).collect(Collectors.joining(", "))
        + "]";
  }
}
