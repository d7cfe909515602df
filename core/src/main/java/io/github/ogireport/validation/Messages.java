package io.github.ogireport.validation;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Identity;
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

  /** A numeric equation (I1, I2, I3, I5, I6, I7, I8, I9) that does not hold. */
  static Violation equation(Edition edition, Equation e, BigDecimal expected, BigDecimal found) {
    String x = n(expected);
    String f = n(found);
    String i = e.instance();
    CellRef last = e.found().get(0).cell();
    String zh;
    String en;
    switch (e.identity().id()) {
      case "I1" -> {
        zh = "（" + i + "）一、本年新收加二、上年结转为 " + x + "，（七）总计加四、结转下年度继续办理为 " + f + "，两者应相等";
        en = "(" + i + ") 一 new + 二 carried over = " + x + ", but （七）总计 + 四 carried forward = " + f;
      }
      case "I2" -> {
        zh = "（七）总计（" + i + "）印为 " + f + "，各项办理结果之和为 " + x;
        en = "（七）总计 (" + i + ") printed " + f + ", the result rows sum to " + x;
      }
      case "I3" -> {
        zh = i + " 的总计印为 " + f + "，各类申请人之和为 " + x;
        en = "总计 of " + i + " printed " + f + ", the applicant columns sum to " + x;
      }
      case "I5" -> {
        zh = "二、上年结转（" + i + "）为 " + f + "，上一年度报告的四、结转下年度继续办理为 " + x;
        en = "二 carried over (" + i + ") is " + f + ", but last year's report carried forward " + x;
      }
      case "I6" -> {
        zh = i + " 总计印为 " + f + "，各项之和为 " + x;
        en = i + " 总计 printed " + f + ", parts sum to " + x;
      }
      case "I7" -> {
        zh = i + " 现行有效件数为 " + f + "，按上一年度现行有效件数加本年制发件数减本年废止件数应为 " + x;
        en = i + " 现行有效件数 is " + f + ", last year's plus issued minus repealed gives " + x;
      }
      case "I8" -> {
        zh = i + " 上一年项目数量为 " + f + "，按上一年度上一年项目数量加本年增/减应为 " + x;
        en = i + " 上一年项目数量 is " + f + ", last year's count plus its change gives " + x;
      }
      case "I9" -> {
        zh = i + " 对外公开总数量 " + f + " 小于本年新公开数量 " + x;
        en = i + " 对外公开总数量 " + f + " is less than 本年新公开数量 " + x;
      }
      default -> {
        zh = last + "：应为 " + x + "，实为 " + f;
        en = last + ": expected " + x + ", found " + f;
      }
    }
    return make(
        e.identity(), edition, e.cells(), Optional.of(expected), Optional.of(found), zh, en);
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
        "一、总体情况称" + topic + " " + n(quoted) + " 件，表格为 " + n(table) + " 件",
        "一、总体情况 quotes " + topic + " as " + n(quoted) + ", the tables say " + n(table));
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
        cell.rowLabel() + " 为 " + n(found) + "，但六、其他需要报告的事项未报告" + keyword,
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
    return make(
        i13,
        edition,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        heading + " 为空",
        heading + " is empty");
  }
}
