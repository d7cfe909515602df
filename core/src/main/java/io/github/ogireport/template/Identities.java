package io.github.ogireport.template;

import static io.github.ogireport.template.Identity.BlankPolicy.NOT_APPLICABLE;
import static io.github.ogireport.template.Identity.BlankPolicy.PART_ZERO_TOTAL_SKIPS;
import static io.github.ogireport.template.Identity.BlankPolicy.SKIP_WHEN_BLANK;
import static io.github.ogireport.template.Identity.Scope.CROSS_YEAR;
import static io.github.ogireport.template.Identity.Scope.REPORT;
import static io.github.ogireport.template.Severity.ERROR;
import static io.github.ogireport.template.Severity.WARNING;

import java.util.List;
import java.util.Optional;

/**
 * Every identity and completeness check, as typed constants: code names {@code Identities.I10}, not
 * the string {@code "I10"}. Which of them an edition checks is part of its declaration ({@link
 * EditionTemplate#identities()}, {@link EditionTemplate#declares(Identity)}).
 */
public final class Identities {
  private Identities() {}

  /** The identity {@code I1}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I1 =
      new Identity(
          "I1",
          ERROR,
          REPORT,
          2,
          PART_ZERO_TOTAL_SKIPS,
          "每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理",
          "for every column: 一 new + 二 carried over = （七）总计 + 四 carried forward");
  /** The identity {@code I2}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I2 =
      new Identity(
          "I2",
          ERROR,
          REPORT,
          1,
          PART_ZERO_TOTAL_SKIPS,
          "每一列：（七）总计 = 各项办理结果之和",
          "for every column: （七）总计 = the sum of every result row");
  /** The identity {@code I3}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I3 =
      new Identity(
          "I3",
          ERROR,
          REPORT,
          0,
          PART_ZERO_TOTAL_SKIPS,
          "每一行：总计 = 各类申请人之和",
          "for every row: 总计 = the sum of the six applicant columns");
  /** The identity {@code I4}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I4 =
      new Identity(
          "I4",
          ERROR,
          REPORT,
          0,
          NOT_APPLICABLE,
          "第三、四部分的每个单元格及第二部分除本年增/减外的每个数量均为不小于0的整数，金额均不为负",
          "every count of sections 三 and 四, and of section 二 except 本年增/减, is ≥ 0; no amount of"
              + " money is negative");
  /** The identity {@code I5}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I5 =
      new Identity(
          "I5",
          ERROR,
          CROSS_YEAR,
          0,
          SKIP_WHEN_BLANK,
          "本年二、上年结转 = 上一年度四、结转下年度继续办理",
          "二 carried over in year Y = 四 carried forward in year Y-1");
  /** The identity {@code I6}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I6 =
      new Identity(
          "I6",
          ERROR,
          REPORT,
          0,
          PART_ZERO_TOTAL_SKIPS,
          "第四部分每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
          "section 四, each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结");
  /** The identity {@code I7}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I7 =
      new Identity(
          "I7",
          WARNING,
          CROSS_YEAR,
          0,
          SKIP_WHEN_BLANK,
          "现行有效件数 ≈ 上一年度现行有效件数 + 本年制发件数 − 本年废止件数",
          "现行有效件数 ≈ last year's 现行有效件数 + 本年制发件数 − 本年废止件数");
  /** The identity {@code I8}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I8 =
      new Identity(
          "I8",
          WARNING,
          CROSS_YEAR,
          0,
          SKIP_WHEN_BLANK,
          "本年上一年项目数量 = 上一年度上一年项目数量 + 上一年度本年增/减",
          "上一年项目数量 of year Y = 上一年项目数量 + 本年增/减 of year Y-1");
  /** The identity {@code I9}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I9 =
      new Identity(
          "I9",
          WARNING,
          REPORT,
          0,
          SKIP_WHEN_BLANK,
          "对外公开总数量 ≥ 本年新公开数量",
          "对外公开总数量 ≥ 本年新公开数量");
  /** The identity {@code I10}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I10 =
      new Identity(
          "I10",
          WARNING,
          REPORT,
          0,
          SKIP_WHEN_BLANK,
          "一、总体情况引用的数字与表格一致",
          "numbers quoted in 一、总体情况 equal the table cells");
  /** The identity {@code I11}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I11 =
      new Identity(
          "I11",
          WARNING,
          REPORT,
          0,
          SKIP_WHEN_BLANK,
          "（六）其他处理第2项不为0时，第六部分应报告信息处理费",
          "a non-zero （六）2 (fee not paid) implies section 六 reports 信息处理费");
  /** The identity {@code I12}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I12 =
      new Identity(
          "I12",
          WARNING,
          REPORT,
          0,
          SKIP_WHEN_BLANK,
          "本年收费金额应以万元为单位",
          "本年收费金额 is in 万元, not 元");
  /** The identity {@code I13}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity I13 =
      new Identity(
          "I13",
          WARNING,
          REPORT,
          0,
          NOT_APPLICABLE,
          "第五、六部分不得为空",
          "sections 五 and 六 are not empty");
  /** The identity {@code INCOMPLETE}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity INCOMPLETE =
      new Identity(
          "INCOMPLETE",
          WARNING,
          REPORT,
          0,
          NOT_APPLICABLE,
          "模板要求填写数字的单元格为空",
          "a cell where the template expects a number is blank");
  /** The identity {@code MISSING_TOTAL}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity MISSING_TOTAL =
      new Identity(
          "MISSING_TOTAL",
          WARNING,
          REPORT,
          0,
          NOT_APPLICABLE,
          "总计单元格为空，不推定其值",
          "a total cell is blank; its value is not assumed");
  /** The identity {@code UNREADABLE}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity UNREADABLE =
      new Identity(
          "UNREADABLE",
          WARNING,
          REPORT,
          0,
          NOT_APPLICABLE,
          "单元格内容无法识别为数字",
          "a cell's printed text cannot be read as a number");

  /** The identity {@code LEGACY_ROW}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity LEGACY_ROW =
      new Identity(
          "LEGACY_ROW",
          WARNING,
          REPORT,
          0,
          NOT_APPLICABLE,
          "报告印有本版格式已不再使用的行",
          "the report prints a row of an earlier edition of the format");
  /** The identity {@code NOT_ENTERED}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity NOT_ENTERED =
      new Identity(
          "NOT_ENTERED",
          ERROR,
          REPORT,
          0,
          NOT_APPLICABLE,
          "在代码中编制的报告有未录入的行",
          "a row of a report built in code was never entered");

  /** The identity {@code YEAR}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity YEAR =
      new Identity(
          "YEAR",
          ERROR,
          REPORT,
          0,
          NOT_APPLICABLE,
          "报告年度应在2019年（首版格式）至当前年度之间",
          "the report year is from 2019 (the first edition of the format) to the current year");
  /** The identity {@code AGENCY}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity AGENCY =
      new Identity(
          "AGENCY",
          ERROR,
          REPORT,
          0,
          NOT_APPLICABLE,
          "报告须写明发布机关",
          "a report names the agency that publishes it");
  /** The identity {@code EDITION_YEAR}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity EDITION_YEAR =
      new Identity(
          "EDITION_YEAR",
          ERROR,
          REPORT,
          0,
          NOT_APPLICABLE,
          "2020年度及以前的报告使用2019版格式，2021年度起使用2021版格式（已发布的报告为警告）",
          "report years up to 2020 use the 2019 edition, from 2021 the 2021 edition (a warning for"
              + " a published report)");
  /** The identity {@code NOTHING_TO_CHECK}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity NOTHING_TO_CHECK =
      new Identity(
          "NOTHING_TO_CHECK",
          WARNING,
          REPORT,
          0,
          NOT_APPLICABLE,
          "报告没有可识别的数字，或第三部分没有印出任何总计：无从核对",
          "the report has no readable number, or section 三 prints no total: nothing to check");
  /** The identity {@code SAME_AGENCY}; its rule is {@link Identity#ruleEn()}. */
  public static final Identity SAME_AGENCY =
      new Identity(
          "SAME_AGENCY",
          ERROR,
          CROSS_YEAR,
          0,
          NOT_APPLICABLE,
          "跨年度核对的两份报告应属同一机关",
          "the two reports of a cross-year check are of one agency");

  private static final List<Identity> ALL =
      List.of(
          I1, I2, I3, I4, I5, I6, I7, I8, I9, I10, I11, I12, I13, INCOMPLETE, MISSING_TOTAL,
          UNREADABLE, LEGACY_ROW, NOT_ENTERED, YEAR, AGENCY, EDITION_YEAR, NOTHING_TO_CHECK,
          SAME_AGENCY);

  /**
   * Every identity of every edition, in id order.
   *
   * @return the identities
   */
  public static List<Identity> all() {
    return ALL;
  }

  /**
   * The identity with a given id, for ids read from outside (a JSON document, a command line).
   *
   * @param id for example {@code "I10"}
   * @return the identity, or empty when no edition declares one with that id
   */
  public static Optional<Identity> byId(String id) {
    return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
