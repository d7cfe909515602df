package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ProcessingFees;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Section 六 states the 信息处理费 facts in the words agencies use, only the facts stated. */
class FeeSentenceTest {
  private final EditionTemplate t = Edition.E2021.template();

  @Test
  void allThreeFacts() {
    assertEquals(
        Optional.of("本年度共发出信息处理费收费通知1件，总金额100元，实际收取信息处理费0元。"),
        ReportWalk.feeSentence(t, ProcessingFees.of(1, Money.yuan("100"), Money.yuan("0"))));
  }

  @Test
  void someFacts() {
    assertEquals(
        Optional.of("本年度实际收取信息处理费3940元。"),
        ReportWalk.feeSentence(
            t, ProcessingFees.builder().amountCollected(Money.yuan("3940")).build()));
    assertEquals(
        Optional.of("本年度信息处理费收费通知总金额0.02万元。"),
        ReportWalk.feeSentence(
            t, ProcessingFees.builder().amountCharged(Money.wanYuan("0.02")).build()));
    assertEquals(Optional.empty(), ReportWalk.feeSentence(t, ProcessingFees.builder().build()));
  }

  @Test
  void aTextThatAlreadyHasTheSentenceDoesNotGetItTwice() {
    PrintedReport report =
        PrintedReport.builder()
            .edition(Edition.E2021)
            .agency("某县教育局")
            .year(2024)
            .narratives(
                Narratives.builder()
                    .otherMatters("无。\n本年度实际收取信息处理费5元。")
                    .processingFees(
                        ProcessingFees.builder().amountCollected(Money.yuan("5")).build())
                    .build())
            .build();
    assertEquals(List.of("无。", "本年度实际收取信息处理费5元。"), ReportWalk.otherMatters(report));
  }
}
