package io.github.ogireport.template;

import static io.github.ogireport.template.Identities.I1;
import static io.github.ogireport.template.Identities.I10;
import static io.github.ogireport.template.Identities.I11;
import static io.github.ogireport.template.Identities.I12;
import static io.github.ogireport.template.Identities.I13;
import static io.github.ogireport.template.Identities.I2;
import static io.github.ogireport.template.Identities.I3;
import static io.github.ogireport.template.Identities.I4;
import static io.github.ogireport.template.Identities.I5;
import static io.github.ogireport.template.Identities.I6;
import static io.github.ogireport.template.Identities.I7;
import static io.github.ogireport.template.Identities.I8;
import static io.github.ogireport.template.Identities.I9;
import static io.github.ogireport.template.Identities.INCOMPLETE;
import static io.github.ogireport.template.Identities.LEGACY_ROW;
import static io.github.ogireport.template.Identities.MISSING_TOTAL;
import static io.github.ogireport.template.Identities.NOT_ENTERED;
import static io.github.ogireport.template.Identities.UNREADABLE;
import static io.github.ogireport.template.Identities.YEAR;
import static io.github.ogireport.template.Identities.AGENCY;
import static io.github.ogireport.template.Identities.EDITION_YEAR;
import static io.github.ogireport.template.Identities.NOTHING_TO_CHECK;
import static io.github.ogireport.template.Identities.SAME_AGENCY;

import io.github.ogireport.template.Equation.Relation;
import io.github.ogireport.template.Term.Year;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The declarations of the editions' tables and the registry of editions. Every official label of
 * the tables is written in this file and nowhere else; what the editions share is written once. The
 * identities are in {@link Identities}, the printed variants of labels in {@link LabelVariants}.
 */
final class Templates {
  private Templates() {}

  // ---- Title and section headings (both editions) ------------------------------------------
  static final String TITLE = "政府信息公开工作年度报告";

  private static final Map<Section, String> HEADINGS =
      Map.of(
          Section.ONE, "一、总体情况",
          Section.TWO, "二、主动公开政府信息情况",
          Section.THREE, "三、收到和处理政府信息公开申请情况",
          Section.FOUR, "四、政府信息公开行政复议、行政诉讼情况",
          Section.FIVE, "五、存在的主要问题及改进情况",
          Section.SIX, "六、其他需要报告的事项");

  // ---- Section 二 ---------------------------------------------------------------------------
  private static final String ROW_HEADER_2 = "信息内容";

  private static ColumnDecl count(DisclosureColumn key, String label) {
    return new ColumnDecl(key.name(), label, CellKind.COUNT, Optional.empty(), List.of(), false);
  }

  private static ColumnDecl signed(DisclosureColumn key, String label) {
    return new ColumnDecl(
        key.name(), label, CellKind.SIGNED_COUNT, Optional.empty(), List.of(), false);
  }

  private static ColumnDecl money(DisclosureColumn key, String label, Optional<MoneyUnit> unit) {
    return new ColumnDecl(key.name(), label, CellKind.MONEY, unit, List.of(), false);
  }

  private static RowDecl row(DisclosureRow key, String label) {
    return new RowDecl(key.name(), label, List.of(), false);
  }

  private static TableDecl item(
      Article20Item key, String caption, List<RowDecl> rows, List<ColumnDecl> columns) {
    return new TableDecl(
        Section.TWO,
        key.name(),
        caption,
        Optional.of(ROW_HEADER_2),
        Optional.empty(),
        Optional.empty(),
        rows,
        columns,
        false,
        List.of());
  }

  private static final String ITEM_1 = "第二十条第（一）项";
  private static final String ITEM_5 = "第二十条第（五）项";
  private static final String ITEM_6 = "第二十条第（六）项";
  private static final String ITEM_8 = "第二十条第（八）项";
  private static final String ITEM_9 = "第二十条第（九）项";
  private static final RowDecl RULES = row(DisclosureRow.RULES, "规章");
  private static final RowDecl LICENSING = row(DisclosureRow.LICENSING, "行政许可");
  private static final RowDecl PENALTIES = row(DisclosureRow.PENALTIES, "行政处罚");
  private static final RowDecl COERCION = row(DisclosureRow.COERCION, "行政强制");
  private static final RowDecl FEES = row(DisclosureRow.FEES, "行政事业性收费");

  private static List<TableDecl> disclosure2019() {
    List<ColumnDecl> items =
        List.of(
            count(DisclosureColumn.PREVIOUS_ITEMS, "上一年项目数量"),
            signed(DisclosureColumn.CHANGE, "本年增/减"),
            count(DisclosureColumn.DECISIONS, "处理决定数量"));
    return List.of(
        item(
            Article20Item.ITEM_1,
            ITEM_1,
            List.of(RULES, row(DisclosureRow.NORMATIVE_DOCUMENTS, "规范性文件")),
            List.of(
                count(DisclosureColumn.MADE, "本年新制作数量"),
                count(DisclosureColumn.PUBLISHED, "本年新公开数量"),
                count(DisclosureColumn.PUBLISHED_TOTAL, "对外公开总数量"))),
        item(
            Article20Item.ITEM_5,
            ITEM_5,
            List.of(LICENSING, row(DisclosureRow.OTHER_SERVICES, "其他对外管理服务事项")),
            items),
        item(Article20Item.ITEM_6, ITEM_6, List.of(PENALTIES, COERCION), items),
        item(Article20Item.ITEM_8, ITEM_8, List.of(FEES), items.subList(0, 2)),
        item(
            Article20Item.ITEM_9,
            ITEM_9,
            List.of(row(DisclosureRow.PROCUREMENT, "政府集中采购")),
            List.of(
                count(DisclosureColumn.PROCUREMENT_ITEMS, "采购项目数量"),
                money(DisclosureColumn.PROCUREMENT_AMOUNT, "采购总金额", Optional.empty()))));
  }

  private static List<TableDecl> disclosure2021() {
    List<ColumnDecl> decisions = List.of(count(DisclosureColumn.DECISIONS, "本年处理决定数量"));
    return List.of(
        item(
            Article20Item.ITEM_1,
            ITEM_1,
            List.of(RULES, row(DisclosureRow.NORMATIVE_DOCUMENTS, "行政规范性文件")),
            List.of(
                count(DisclosureColumn.ISSUED, "本年制发件数"),
                count(DisclosureColumn.REPEALED, "本年废止件数"),
                count(DisclosureColumn.IN_FORCE, "现行有效件数"))),
        item(Article20Item.ITEM_5, ITEM_5, List.of(LICENSING), decisions),
        item(Article20Item.ITEM_6, ITEM_6, List.of(PENALTIES, COERCION), decisions),
        item(
            Article20Item.ITEM_8,
            ITEM_8,
            List.of(FEES),
            List.of(
                money(
                    DisclosureColumn.FEE_AMOUNT,
                    "本年收费金额（单位：万元）",
                    Optional.of(MoneyUnit.WAN_YUAN)))));
  }

  // ---- Section 三 ---------------------------------------------------------------------------
  static final String APPLICATIONS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  private static final String RESULTS = "三、本年度办理结果";
  private static final String DENIED = "（三）不予公开";
  private static final String UNABLE = "（四）无法提供";
  private static final String NOT_PROCESSED = "（五）不予处理";
  private static final String OTHER_HANDLING = "（六）其他处理";
  private static final String LEGAL_PERSONS = "法人或其他组织";

  private static RowDecl row(ApplicationRow key, String label, String... groups) {
    return new RowDecl(key.name(), label, List.of(groups), key == ApplicationRow.TOTAL);
  }

  private static List<ColumnDecl> applicants() {
    List<ColumnDecl> columns = new ArrayList<>();
    columns.add(applicant(Applicant.NATURAL_PERSON, "自然人"));
    columns.add(applicant(Applicant.COMMERCIAL_ENTERPRISE, "商业企业", LEGAL_PERSONS));
    columns.add(applicant(Applicant.RESEARCH_INSTITUTION, "科研机构", LEGAL_PERSONS));
    columns.add(applicant(Applicant.PUBLIC_INTEREST_ORGANIZATION, "社会公益组织", LEGAL_PERSONS));
    columns.add(applicant(Applicant.LEGAL_SERVICE_INSTITUTION, "法律服务机构", LEGAL_PERSONS));
    columns.add(applicant(Applicant.OTHER_ORGANIZATION, "其他", LEGAL_PERSONS));
    columns.add(applicant(Applicant.TOTAL, "总计"));
    return columns;
  }

  private static ColumnDecl applicant(Applicant key, String label, String... groups) {
    return new ColumnDecl(
        key.name(),
        label,
        CellKind.COUNT,
        Optional.empty(),
        List.of(groups),
        key == Applicant.TOTAL);
  }

  /** The 2019 edition's single （六）其他处理 row. */
  private static List<RowDecl> otherHandling2019() {
    return List.of(row(ApplicationRow.OTHER, OTHER_HANDLING, RESULTS));
  }

  /** The 2021 edition's three rows under （六）其他处理. */
  private static List<RowDecl> otherHandling2021() {
    return List.of(
        row(
            ApplicationRow.OTHER_1,
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            RESULTS,
            OTHER_HANDLING),
        row(
            ApplicationRow.OTHER_2,
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            RESULTS,
            OTHER_HANDLING),
        row(ApplicationRow.OTHER_3, "3.其他", RESULTS, OTHER_HANDLING));
  }

  /** Reports of the 2021 edition that still print the 2019 edition's single （六）其他处理 row. */
  private static List<AlternativeRow> legacyOtherHandling() {
    return List.of(
        new AlternativeRow(
            row(ApplicationRow.OTHER, OTHER_HANDLING, RESULTS),
            List.of(
                ApplicationRow.OTHER_1.name(),
                ApplicationRow.OTHER_2.name(),
                ApplicationRow.OTHER_3.name())));
  }

  private static TableDecl applications(
      List<RowDecl> otherHandling, List<AlternativeRow> alternatives) {
    List<RowDecl> rows = new ArrayList<>();
    rows.add(row(ApplicationRow.NEW, "一、本年新收政府信息公开申请数量"));
    rows.add(row(ApplicationRow.CARRIED, "二、上年结转政府信息公开申请数量"));
    rows.add(row(ApplicationRow.GRANTED, "（一）予以公开", RESULTS));
    rows.add(row(ApplicationRow.PARTIAL, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RESULTS));
    rows.add(row(ApplicationRow.DENIED_1, "1.属于国家秘密", RESULTS, DENIED));
    rows.add(row(ApplicationRow.DENIED_2, "2.其他法律行政法规禁止公开", RESULTS, DENIED));
    rows.add(row(ApplicationRow.DENIED_3, "3.危及“三安全一稳定”", RESULTS, DENIED));
    rows.add(row(ApplicationRow.DENIED_4, "4.保护第三方合法权益", RESULTS, DENIED));
    rows.add(row(ApplicationRow.DENIED_5, "5.属于三类内部事务信息", RESULTS, DENIED));
    rows.add(row(ApplicationRow.DENIED_6, "6.属于四类过程性信息", RESULTS, DENIED));
    rows.add(row(ApplicationRow.DENIED_7, "7.属于行政执法案卷", RESULTS, DENIED));
    rows.add(row(ApplicationRow.DENIED_8, "8.属于行政查询事项", RESULTS, DENIED));
    rows.add(row(ApplicationRow.UNABLE_1, "1.本机关不掌握相关政府信息", RESULTS, UNABLE));
    rows.add(row(ApplicationRow.UNABLE_2, "2.没有现成信息需要另行制作", RESULTS, UNABLE));
    rows.add(row(ApplicationRow.UNABLE_3, "3.补正后申请内容仍不明确", RESULTS, UNABLE));
    rows.add(row(ApplicationRow.NOT_PROCESSED_1, "1.信访举报投诉类申请", RESULTS, NOT_PROCESSED));
    rows.add(row(ApplicationRow.NOT_PROCESSED_2, "2.重复申请", RESULTS, NOT_PROCESSED));
    rows.add(row(ApplicationRow.NOT_PROCESSED_3, "3.要求提供公开出版物", RESULTS, NOT_PROCESSED));
    rows.add(row(ApplicationRow.NOT_PROCESSED_4, "4.无正当理由大量反复申请", RESULTS, NOT_PROCESSED));
    rows.add(
        row(ApplicationRow.NOT_PROCESSED_5, "5.要求行政机关确认或重新出具已获取信息", RESULTS, NOT_PROCESSED));
    rows.addAll(otherHandling);
    rows.add(row(ApplicationRow.TOTAL, "（七）总计", RESULTS));
    rows.add(row(ApplicationRow.CARRY_FORWARD, "四、结转下年度继续办理"));
    return new TableDecl(
        Section.THREE,
        EditionTemplate.APPLICATIONS,
        "收到和处理政府信息公开申请情况",
        Optional.empty(),
        Optional.of(APPLICATIONS_NOTE),
        Optional.of("申请人情况"),
        rows,
        applicants(),
        false,
        alternatives);
  }

  // ---- Section 四 ---------------------------------------------------------------------------
  private static TableDecl review() {
    String litigation = "行政诉讼";
    List<RowDecl> groups =
        List.of(
            new RowDecl(ReviewGroup.RECONSIDERATION.name(), "行政复议", List.of(), false),
            new RowDecl(
                ReviewGroup.DIRECT_LITIGATION.name(), "未经复议直接起诉", List.of(litigation), false),
            new RowDecl(
                ReviewGroup.LITIGATION_AFTER_RECONSIDERATION.name(),
                "复议后起诉",
                List.of(litigation),
                false));
    List<ColumnDecl> outcomes =
        List.of(
            outcome(ReviewOutcome.UPHELD, "结果维持"),
            outcome(ReviewOutcome.CORRECTED, "结果纠正"),
            outcome(ReviewOutcome.OTHER, "其他结果"),
            outcome(ReviewOutcome.PENDING, "尚未审结"),
            outcome(ReviewOutcome.TOTAL, "总计"));
    return new TableDecl(
        Section.FOUR,
        EditionTemplate.REVIEW,
        "政府信息公开行政复议、行政诉讼情况",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        groups,
        outcomes,
        true,
        List.of());
  }

  private static ColumnDecl outcome(ReviewOutcome key, String label) {
    return new ColumnDecl(
        key.name(),
        label,
        CellKind.COUNT,
        Optional.empty(),
        List.of(),
        key == ReviewOutcome.TOTAL);
  }

  // ---- The editions ------------------------------------------------------------------------
  /**
   * What one edition declares beyond what every edition shares (the title, the headings, section
   * 三's columns and rows other than （六）, section 四): its section 二 sub-tables, its rows under
   * （六）其他处理, the rows a publication may print in their place, and its identities. The rules an
   * identity expands to are generated for every edition that declares it.
   */
  record Declaration(
      List<TableDecl> disclosure,
      List<RowDecl> otherHandling,
      List<AlternativeRow> alternatives,
      List<Identity> identities) {
    Declaration {
      disclosure = List.copyOf(disclosure);
      otherHandling = List.copyOf(otherHandling);
      alternatives = List.copyOf(alternatives);
      identities = List.copyOf(identities);
    }
  }

  /** The declared editions, in declaration order (oldest first), with their declarations. */
  private static final Map<Edition, Declaration> DECLARATIONS = new LinkedHashMap<>();

  /** Every declared edition's template, built once. */
  private static final Map<Edition, EditionTemplate> REGISTRY = new LinkedHashMap<>();

  /**
   * What {@link #of} and {@link #editions} read without taking the lock: a copy of the registry
   * and the editions sorted by first year, both replaced (never changed) on every declaration and
   * withdrawal.
   */
  private record Snapshot(Map<Edition, EditionTemplate> templates, List<Edition> editions) {
    static Snapshot of(Map<Edition, EditionTemplate> registry) {
      return new Snapshot(
          Map.copyOf(registry),
          registry.keySet().stream()
              .sorted(java.util.Comparator.comparingInt(Edition::firstReportYear))
              .toList());
    }
  }

  private static volatile Snapshot snapshot = new Snapshot(Map.of(), List.of());

  static {
    declare(
        Edition.E2019,
        new Declaration(
            disclosure2019(),
            otherHandling2019(),
            List.of(),
            List.of(
                I1, I2, I3, I4, I5, I6, I8, I9, I10, I13, INCOMPLETE, MISSING_TOTAL, UNREADABLE,
                NOT_ENTERED, YEAR, AGENCY, EDITION_YEAR, NOTHING_TO_CHECK, SAME_AGENCY)));
    declare(
        Edition.E2021,
        new Declaration(
            disclosure2021(),
            otherHandling2021(),
            legacyOtherHandling(),
            List.of(
                I1, I2, I3, I4, I5, I6, I7, I10, I11, I12, I13, INCOMPLETE, MISSING_TOTAL,
                UNREADABLE, NOT_ENTERED, LEGACY_ROW, YEAR, AGENCY, EDITION_YEAR,
                NOTHING_TO_CHECK, SAME_AGENCY)));
  }

  static synchronized void declare(Edition edition, Declaration d) {
    for (Edition e : DECLARATIONS.keySet()) {
      if (e.id().equals(edition.id())) {
        throw new IllegalArgumentException("an edition " + edition.id() + " is already declared");
      }
    }
    EditionTemplate t = build(edition, d);
    DECLARATIONS.put(edition, d);
    REGISTRY.put(edition, t);
    snapshot = Snapshot.of(REGISTRY);
  }

  static synchronized void withdraw(Edition edition) {
    if (edition == Edition.E2019 || edition == Edition.E2021) {
      throw new IllegalArgumentException("the " + edition.id() + " edition cannot be withdrawn");
    }
    DECLARATIONS.remove(edition);
    REGISTRY.remove(edition);
    snapshot = Snapshot.of(REGISTRY);
  }

  static synchronized Declaration declaration(Edition edition) {
    of(edition);
    return DECLARATIONS.get(edition);
  }

  /** The declared editions, oldest first (an unmodifiable list). */
  static List<Edition> editions() {
    return snapshot.editions();
  }

  static EditionTemplate of(Edition edition) {
    EditionTemplate t = snapshot.templates().get(edition);
    if (t == null) {
      throw new IllegalStateException("the " + edition.id() + " edition is not declared");
    }
    return t;
  }

  private static EditionTemplate build(Edition edition, Declaration d) {
    List<TableDecl> tables = new ArrayList<>(d.disclosure());
    tables.add(applications(d.otherHandling(), d.alternatives()));
    tables.add(review());
    return new EditionTemplate(
        edition,
        TITLE,
        new EnumMap<>(HEADINGS),
        tables,
        d.identities(),
        LabelVariants.VARIANTS,
        t -> rules(t));
  }

  private static EditionTemplate.Rules rules(EditionTemplate t) {
    TableDecl matrix = t.applications();
    // Equations read the printable rows (an alternative row counts where it is printed); the
    // derivations of a report built in code read the edition's own rows only.
    List<ApplicationRow> rows =
        matrix.printableRows().stream().map(r -> ApplicationRow.valueOf(r.key())).toList();
    List<ApplicationRow> results =
        rows.stream()
            .filter(r -> t.applications().row(r.name()).groups().contains(RESULTS))
            .filter(r -> r != ApplicationRow.TOTAL)
            .toList();
    List<ApplicationRow> ownResults =
        results.stream().filter(r -> matrix.alternative(r.name()).isEmpty()).toList();
    List<Applicant> parts =
        List.of(Applicant.values()).stream().filter(a -> a != Applicant.TOTAL).toList();
    List<Derivation> derivations = new ArrayList<>();
    List<Equation> equations = new ArrayList<>();
    // I3: every row's 总计 is the sum of the six applicant columns.
    for (ApplicationRow r : rows) {
      List<CellRef> cells = parts.stream().map(a -> t.cell(r, a)).toList();
      CellRef total = t.cell(r, Applicant.TOTAL);
      derivations.add(new Derivation(total, cells, I3));
      equations.add(sum(I3, matrix.row(r.name()).label(), cells, total));
    }
    // I2: （七）总计 of every column is the sum of the result rows.
    for (Applicant a : Applicant.values()) {
      List<CellRef> cells = results.stream().map(r -> t.cell(r, a)).toList();
      CellRef total = t.cell(ApplicationRow.TOTAL, a);
      if (a != Applicant.TOTAL) {
        derivations.add(
            new Derivation(total, ownResults.stream().map(r -> t.cell(r, a)).toList(), I2));
      }
      equations.add(sum(I2, matrix.column(a.name()).label(), cells, total));
    }
    // I6: section 四's 总计 of every group.
    for (ReviewGroup g : ReviewGroup.values()) {
      List<CellRef> cells =
          List.of(ReviewOutcome.values()).stream()
              .filter(o -> o != ReviewOutcome.TOTAL)
              .map(o -> t.cell(g, o))
              .toList();
      CellRef total = t.cell(g, ReviewOutcome.TOTAL);
      derivations.add(new Derivation(total, cells, I6));
      equations.add(sum(I6, t.review().row(g.name()).label(), cells, total));
    }
    // I1: the relation printed on the table, for every column.
    for (Applicant a : Applicant.values()) {
      equations.add(
          new Equation(
              I1,
              matrix.column(a.name()).label(),
              List.of(
                  Term.plus(t.cell(ApplicationRow.NEW, a)),
                  Term.plus(t.cell(ApplicationRow.CARRIED, a))),
              List.of(
                  Term.plus(t.cell(ApplicationRow.TOTAL, a)),
                  Term.plus(t.cell(ApplicationRow.CARRY_FORWARD, a))),
              Relation.EQUAL));
    }
    List<Equation> crossYear = new ArrayList<>();
    // I5: carried over this year = carried forward last year, every column.
    for (Applicant a : Applicant.values()) {
      crossYear.add(
          new Equation(
              I5,
              matrix.column(a.name()).label(),
              List.of(new Term(t.cell(ApplicationRow.CARRY_FORWARD, a), 1, Year.PREVIOUS)),
              List.of(Term.plus(t.cell(ApplicationRow.CARRIED, a))),
              Relation.EQUAL));
    }
    if (t.declares(I9)) {
      // I9: published in total ≥ newly published, for 规章 and 规范性文件.
      for (DisclosureRow r : List.of(DisclosureRow.RULES, DisclosureRow.NORMATIVE_DOCUMENTS)) {
        CellRef published =
            t.cell(Article20Item.ITEM_1, r, DisclosureColumn.PUBLISHED);
        equations.add(
            new Equation(
                I9,
                published.rowLabel(),
                List.of(Term.plus(published)),
                List.of(
                    Term.plus(t.cell(Article20Item.ITEM_1, r, DisclosureColumn.PUBLISHED_TOTAL))),
                Relation.AT_LEAST));
      }
    }
    if (t.declares(I8)) {
      // I8: last year's items plus last year's change = this year's last-year items.
      for (TableDecl table : t.disclosureTables()) {
        if (table.findColumn(DisclosureColumn.CHANGE.name()).isEmpty()) {
          continue;
        }
        for (RowDecl r : table.rows()) {
          Article20Item item = Article20Item.valueOf(table.key());
          DisclosureRow row = DisclosureRow.valueOf(r.key());
          CellRef previousItems = t.cell(item, row, DisclosureColumn.PREVIOUS_ITEMS);
          crossYear.add(
              new Equation(
                  I8,
                  table.caption() + " " + r.label(),
                  List.of(
                      new Term(previousItems, 1, Year.PREVIOUS),
                      new Term(t.cell(item, row, DisclosureColumn.CHANGE), 1, Year.PREVIOUS)),
                  List.of(Term.plus(previousItems)),
                  Relation.EQUAL));
        }
      }
    }
    if (t.declares(I7)) {
      // I7: in force now ≈ in force last year + issued − repealed.
      for (DisclosureRow r : List.of(DisclosureRow.RULES, DisclosureRow.NORMATIVE_DOCUMENTS)) {
        CellRef inForce = t.cell(Article20Item.ITEM_1, r, DisclosureColumn.IN_FORCE);
        crossYear.add(
            new Equation(
                I7,
                inForce.rowLabel(),
                List.of(
                    new Term(inForce, 1, Year.PREVIOUS),
                    Term.plus(t.cell(Article20Item.ITEM_1, r, DisclosureColumn.ISSUED)),
                    new Term(
                        t.cell(Article20Item.ITEM_1, r, DisclosureColumn.REPEALED),
                        -1,
                        Year.CURRENT)),
                List.of(Term.plus(inForce)),
                Relation.EQUAL));
      }
    }
    equations.sort(java.util.Comparator.comparingInt(e -> e.identity().rank()));
    return new EditionTemplate.Rules(
        equations,
        crossYear,
        derivations,
        quotedFigures(t),
        t.declares(I11) ? List.of(t.cell(ApplicationRow.OTHER_2, Applicant.TOTAL)) : List.of(),
        "信息处理费",
        t.declares(I12)
            ? Optional.of(
                t.cell(Article20Item.ITEM_8, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT))
            : Optional.empty(),
        new BigDecimal("10000000"),
        List.of(Section.FIVE, Section.SIX));
  }

  private static Equation sum(Identity identity, String instance, List<CellRef> parts, CellRef total) {
    return new Equation(
        identity,
        instance,
        parts.stream().map(Term::plus).toList(),
        List.of(Term.plus(total)),
        Relation.EQUAL);
  }

  /**
   * Phrases section 一 uses to quote the tables, each with a number in group 1 or 2. A quoted number
   * has at most 19 digits (a count never has more) and is never part of a longer run: after a
   * phrase's words a run of more digits is followed by a digit, not by 件, and a number that starts
   * a phrase follows a character that is not a digit. So a long run of digits costs one pass, not
   * one pass per digit, and no pattern needs a look-around.
   */
  private static List<QuotedFigure> quotedFigures(EditionTemplate t) {
    String gap = "[^。；;，,\\d]{0,20}?";
    String number = "(\\d{1,19})";
    return List.of(
        new QuotedFigure(
            "收到申请",
            Pattern.compile("(?:收到|受理|新收)" + gap + "申请\\s*" + number + "\\s*件"),
            List.of(t.cell(ApplicationRow.NEW, Applicant.TOTAL))),
        new QuotedFigure(
            "办结或答复",
            Pattern.compile("(?:办结|答复)(?:申请)?\\s*" + number + "\\s*件"),
            List.of(t.cell(ApplicationRow.TOTAL, Applicant.TOTAL))),
        new QuotedFigure(
            "上年结转",
            Pattern.compile("上年度?结转" + gap + number + "\\s*件"),
            List.of(t.cell(ApplicationRow.CARRIED, Applicant.TOTAL))),
        new QuotedFigure(
            "结转下年度",
            Pattern.compile(
                "[^0-9]"
                    + number
                    + "\\s*件[^。；;，,\\d]{0,6}?(?:顺延|结转)到?下一?年度|结转下一?年度"
                    + gap
                    + number
                    + "\\s*件"),
            List.of(t.cell(ApplicationRow.CARRY_FORWARD, Applicant.TOTAL))),
        new QuotedFigure(
            "行政复议",
            Pattern.compile("行政复议(?:案件|申请)?\\s*" + number + "\\s*件"),
            List.of(t.cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.TOTAL))),
        new QuotedFigure(
            "行政诉讼",
            Pattern.compile("行政诉讼(?:案件)?\\s*" + number + "\\s*件"),
            List.of(
                t.cell(ReviewGroup.DIRECT_LITIGATION, ReviewOutcome.TOTAL),
                t.cell(ReviewGroup.LITIGATION_AFTER_RECONSIDERATION, ReviewOutcome.TOTAL))));
  }
}
