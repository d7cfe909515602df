package io.github.ogireport.validation;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Identity;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.Term;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One factory per kind of violation, so that every message of one identity reads the same. Labels
 * in messages come from the cells and equations, never from here.
 */
final class Messages {
  private Messages() {}

  private static String n(BigDecimal v) {
    return v.toPlainString();
  }

  /** A name for a message: at most 60 characters of it. */
  private static String name(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  private static Violation make(
      Identity identity,
      Edition edition,
      List<CellRef> cells,
      Optional<BigDecimal> expected,
      Optional<BigDecimal> found,
      String zh,
      String en) {
    return Violation.builder()
        .identityId(identity.id())
        .severity(identity.severity())
        .edition(edition)
        .cells(cells)
        .expected(expected)
        .found(found)
        .messageZh(zh)
        .messageEn(en)
        .build();
  }

  /** A violation that names no cell and compares no numbers: a check on the header or the text. */
  private static Violation plain(Identity identity, Edition edition, String zh, String en) {
    return make(identity, edition, List.of(), Optional.empty(), Optional.empty(), zh, en);
  }

  /**
   * A numeric equation (I1, I2, I3, I5, I6, I7, I8, I9) that does not hold. Every label in the
   * message comes from the equation's cells: a sum that defines a total reads "总计 printed 0,
   * parts sum to 11"; any other equation states both sides.
   */
  static Violation equation(Edition edition, Equation e, BigDecimal expected, BigDecimal found) {
    String x = n(expected);
    String f = n(found);
    String i = e.instance();
    String zh;
    String en;
    CellRef total = e.found().get(0).cell();
    boolean sum =
        e.found().size() == 1
            && edition.template().isDerived(total)
            && e.expected().stream().allMatch(t -> t.sign() > 0 && t.year() == Term.Year.CURRENT);
    if (sum) {
      String zhCell = i.equals(total.rowLabel()) ? i + " " + total.columnLabel() : total.rowLabel() + "（" + i + "）";
      String enCell = i.equals(total.rowLabel()) ? i + " " + total.columnLabel() : total.rowLabel() + " (" + i + ")";
      zh = zhCell + "印为 " + f + "，各项之和为 " + x;
      en = enCell + " printed " + f + ", parts sum to " + x;
    } else if (e.relation() == Equation.Relation.AT_LEAST) {
      zh = "（" + i + "）" + expression(e.expected(), i, true) + "为 " + x + "，"
          + expression(e.found(), i, true) + "为 " + f + "，后者不应小于前者";
      en = "(" + i + ") " + expression(e.found(), i, false) + " = " + f + " is less than "
          + expression(e.expected(), i, false) + " = " + x;
    } else {
      zh = "（" + i + "）" + expression(e.expected(), i, true) + "为 " + x + "，"
          + expression(e.found(), i, true) + "为 " + f + "，两者应相等";
      en = "(" + i + ") " + expression(e.expected(), i, false) + " = " + x + ", but "
          + expression(e.found(), i, false) + " = " + f;
    }
    return make(
        e.identity(), edition, e.cells(), Optional.of(expected), Optional.of(found), zh, en);
  }

  /**
   * One side of an equation in words: each cell by the label that the instance does not already
   * name (the row label when the instance is a column, the column label otherwise), joined by
   * 加/减 or +/−, last year's cells marked as such.
   */
  private static String expression(List<Term> terms, String instance, boolean chinese) {
    StringBuilder b = new StringBuilder();
    for (Term t : terms) {
      if (b.length() > 0) {
        b.append(chinese ? (t.sign() > 0 ? "加" : "减") : (t.sign() > 0 ? " + " : " − "));
      } else if (t.sign() < 0) {
        b.append(chinese ? "减" : "−");
      }
      if (t.year() == Term.Year.PREVIOUS) {
        b.append(chinese ? "上一年度" : "last year's ");
      }
      CellRef c = t.cell();
      b.append(instance.equals(c.columnLabel()) ? c.rowLabel() : c.columnLabel());
    }
    return b.toString();
  }

  /** I4: a negative count. */
  static Violation negative(Identity i4, Edition edition, CellRef cell, BigDecimal found) {
    return make(
        i4,
        edition,
        List.of(cell),
        Optional.empty(),
        Optional.of(found),
        cell + " 为负数 " + n(found) + "，数量不得小于0",
        cell + " is negative (" + n(found) + "); counts are never below 0");
  }

  /** INCOMPLETE: a blank or missing part. */
  static Violation incomplete(Identity id, Edition edition, CellRef cell, boolean printed) {
    return make(
        id,
        edition,
        List.of(cell),
        Optional.empty(),
        Optional.empty(),
        cell + (printed ? " 为空" : " 未印出") + "，模板要求填写数字",
        cell + (printed ? " is blank" : " is not printed") + "; the template expects a number");
  }

  /** NOT_ENTERED: a row of a report being built that was never entered. */
  static Violation notEntered(Identity id, Edition edition, List<CellRef> cells) {
    CellRef first = cells.get(0);
    String where =
        first.section().numeral()
            + " "
            + (first.section() == io.github.ogireport.template.Section.TWO
                ? first.tableLabel() + " "
                : "")
            + first.rowLabel();
    return make(
        id,
        edition,
        cells,
        Optional.empty(),
        Optional.empty(),
        where + " 未录入（可明确录入0）",
        where + " was never entered (enter it, with zeros if need be)");
  }

  /** LEGACY_ROW: a row of an earlier edition, printed in place of this edition's rows. */
  static Violation legacyRow(Identity id, Edition edition, List<CellRef> cells) {
    CellRef first = cells.get(0);
    return make(
        id,
        edition,
        cells,
        Optional.empty(),
        Optional.empty(),
        edition.id() + "版报告仍印有旧版格式的" + first.rowLabel() + "行（读作所替代各行之和）",
        "the " + edition.id() + " edition report prints the earlier edition's row " + first.rowLabel()
            + " (read in place of the rows it replaces)");
  }

  /** MISSING_TOTAL: a blank total, with what its parts give. */
  static Violation missingTotal(
      Identity id, Edition edition, CellRef cell, List<CellRef> parts, Optional<BigDecimal> sum) {
    List<CellRef> cells = new java.util.ArrayList<>(parts);
    cells.add(cell);
    String zh = cell + " 未填写" + sum.map(s -> "，各项之和为 " + n(s)).orElse("");
    String en = "total " + cell + " is blank" + sum.map(s -> "; its parts sum to " + n(s)).orElse("");
    return make(id, edition, cells, sum, Optional.empty(), zh, en);
  }

  /** UNREADABLE: printed text that is not a number. */
  static Violation unreadable(Identity id, Edition edition, CellRef cell, String text) {
    return make(
        id,
        edition,
        List.of(cell),
        Optional.empty(),
        Optional.empty(),
        cell + " 的内容“" + text + "”无法识别为数字",
        cell + " holds \"" + text + "\", which cannot be read as a number");
  }

  /** I10: section 一 quotes a number the tables do not have. */
  static Violation quoted(
      Identity i10,
      Edition edition,
      String topic,
      List<CellRef> cells,
      BigDecimal table,
      BigDecimal quoted) {
    return make(
        i10,
        edition,
        cells,
        Optional.of(table),
        Optional.of(quoted),
        edition.template().heading(Section.ONE) + "称" + topic + " " + n(quoted) + " 件，表格为 "
            + n(table) + " 件",
        edition.template().heading(Section.ONE) + " quotes " + topic + " as " + n(quoted)
            + ", the tables say " + n(table));
  }

  /** I11: applications dropped for an unpaid fee, but no fee reported in section 六. */
  static Violation feeNotReported(
      Identity i11, Edition edition, CellRef cell, BigDecimal found, String keyword) {
    return make(
        i11,
        edition,
        List.of(cell),
        Optional.empty(),
        Optional.of(found),
        cell.rowLabel() + " 为 " + n(found) + "，但" + edition.template().heading(Section.SIX)
            + "未报告" + keyword,
        cell.rowLabel() + " is " + n(found) + ", but section 六 does not report the " + keyword);
  }

  /** I12: 本年收费金额 that looks like 元. */
  static Violation feeUnit(
      Identity i12, Edition edition, CellRef cell, BigDecimal inWan, BigDecimal printed) {
    return make(
        i12,
        edition,
        List.of(cell),
        Optional.of(inWan),
        Optional.of(printed),
        cell.columnLabel() + " " + n(printed) + " 看似以元而非万元为单位（合 " + n(inWan) + " 万元）",
        cell.columnLabel() + " " + n(printed) + " looks like 元, not 万元 (" + n(inWan) + " 万元)");
  }

  /** I13: an empty narrative section. */
  static Violation emptySection(Identity i13, Edition edition, String heading) {
    return plain(i13, edition, heading + " 为空", heading + " is empty");
  }

  /** I4: a negative amount of money, in a cell or in the 信息处理费 facts of section 六. */
  static Violation negativeMoney(
      Identity i4, Edition edition, Optional<CellRef> cell, String where, BigDecimal found, String printed) {
    return make(
        i4,
        edition,
        cell.map(List::of).orElse(List.of()),
        Optional.empty(),
        Optional.of(found),
        where + " 为负数 " + printed + "，金额不得小于0",
        where + " is negative (" + printed + "); an amount of money is never below 0");
  }

  /** YEAR: a report year before the first edition or after the current year. */
  static Violation year(Identity year, Edition edition, int found, int first, int current) {
    return make(
        year,
        edition,
        List.of(),
        Optional.empty(),
        Optional.of(BigDecimal.valueOf(found)),
        "报告年度 " + found + " 不在" + first + "年（首版格式）至" + current + "年（当前年度）之间",
        "the report year " + found + " is not from " + first + " (the first edition of the format) to "
            + current + " (the current year)");
  }

  /** AGENCY: a report that names no agency. */
  static Violation blankAgency(Identity agency, Edition edition) {
    return plain(agency, edition, "报告未写明发布机关", "the report names no agency");
  }

  /**
   * EDITION_YEAR: the edition is not the one in force for the report year; an error for a report
   * built in code, a warning for a published one.
   */
  static Violation editionYear(Identity id, Edition edition, int year, Edition inForce, boolean built) {
    Violation v =
        plain(
            id,
            edition,
            year + "年度报告应使用" + inForce.id() + "版格式，本报告使用" + edition.id() + "版",
            "a report for " + year + " uses the " + inForce.id() + " edition, this one the "
                + edition.id() + " edition");
    return built
        ? v
        : Violation.builder().from(v).severity(io.github.ogireport.template.Severity.WARNING).build();
  }

  /** NOTHING_TO_CHECK: no readable number, or no printed total in section 三. */
  static Violation nothingToCheck(Identity id, Edition edition, boolean noNumber) {
    String three = edition.template().heading(Section.THREE);
    return plain(
        id,
        edition,
        noNumber
            ? "报告没有可识别的数字，无从核对"
            : three + "没有印出任何总计，无从核对",
        noNumber
            ? "the report has no readable number: nothing to check"
            : "section 三 (" + three + ") prints no total: nothing to check");
  }

  /** SAME_AGENCY: a cross-year check between the reports of two agencies. */
  static Violation differentAgencies(Identity id, Edition edition, String previous, String current) {
    return plain(
        id,
        edition,
        "上一年度报告的机关为“" + name(previous) + "”，本年度为“" + name(current) + "”，跨年度核对只比较同一机关的报告",
        "last year's report is of \"" + name(previous) + "\", this year's of \""
            + name(current) + "\"; a cross-year check compares the reports of one agency");
  }
}
