package io.github.ogireport.template;

import java.util.List;
import java.util.Map;

/**
 * The printed variants of official labels that readers of published reports accept, shared by
 * every edition ({@link EditionTemplate#variants(String)}).
 */
final class LabelVariants {
  private LabelVariants() {}

  /**
   * Printed labels that stand for an official one: typos and wordings seen in real reports. Full
   * and half width, quotes, spaces, line breaks and "、"/"，"/"." after a number are normalised by
   * the reader and need no entry here.
   */
  static final Map<String, List<String>> VARIANTS =
      Map.of(
          "2.其他法律行政法规禁止公开", List.of("2.其他法律行政止公开", "2.其他法律行政法规禁止"),
          "规范性文件", List.of("行政规范性文件"),
          "行政规范性文件", List.of("规范性文件"),
          "二、主动公开政府信息情况", List.of("二、主动公开信息情况", "二、主动公开政府信息"),
          "三、收到和处理政府信息公开申请情况", List.of("三、收到和处理政府信息公开申请"),
          "四、政府信息公开行政复议、行政诉讼情况",
              List.of("四、因政府信息公开申请行政复议、行政诉讼情况", "四、因政府信息公开申请提起行政复议、行政诉讼的情况",
                  "四、政府信息公开行政复议、行政诉讼"),
          "五、存在的主要问题及改进情况", List.of("五、政府信息公开工作存在的主要问题及改进情况", "五、存在的主要问题"),
          "六、其他需要报告的事项", List.of("六、其他需要报告事项"));

}
