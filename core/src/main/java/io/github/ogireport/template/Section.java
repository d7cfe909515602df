package io.github.ogireport.template;

/**
 * The six sections every report has, in order. The headings are edition data: see {@link
 * EditionTemplate#heading(Section)}.
 */
public enum Section {
  /** 一、总体情况 (narrative). */
  ONE("一"),
  /** 二、主动公开政府信息情况 (tables under 第二十条). */
  TWO("二"),
  /** 三、收到和处理政府信息公开申请情况 (one matrix). */
  THREE("三"),
  /** 四、政府信息公开行政复议、行政诉讼情况 (one 15-cell table). */
  FOUR("四"),
  /** 五、存在的主要问题及改进情况 (narrative). */
  FIVE("五"),
  /** 六、其他需要报告的事项 (narrative). */
  SIX("六");

  private final String numeral;

  Section(String numeral) {
    this.numeral = numeral;
  }

  /**
   * The Chinese numeral that numbers the section, as the JSON and the checker write it.
   *
   * @return 一, 二, 三, 四, 五 or 六
   */
  public String numeral() {
    return numeral;
  }
}
