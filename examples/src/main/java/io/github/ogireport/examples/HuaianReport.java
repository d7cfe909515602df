package io.github.ogireport.examples;

import static io.github.ogireport.dsl.AnnualReports.edition2021;
import static io.github.ogireport.dsl.AnnualReports.wanYuan;
import static io.github.ogireport.dsl.AnnualReports.yuan;

import io.github.ogireport.dsl.ApplicantCounts;
import io.github.ogireport.dsl.OutcomeCounts;
import io.github.ogireport.dsl.Report2021;
import io.github.ogireport.model.ProcessingFees;

/**
 * A 2021-edition report with real applications: 淮安市人民政府 2024年政府信息公开工作年度报告, every number
 * of its tables, section 一's paragraph on applications (whose numbers are checked against the
 * tables, I10), and sections 五 and 六 abridged.
 *
 * <pre>{@code
 * var result = HuaianReport.builder().build();   // valid, no warning
 * }</pre>
 */
public final class HuaianReport {
  private HuaianReport() {}

  /**
   * The report, entered and ready to build.
   *
   * @return the builder
   */
  public static Report2021 builder() {
    return edition2021("淮安市人民政府", 2024)
        .overview(
            "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），"
                + "均在法定期限内予以答复。政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，"
                + "尚未审结 37 件；政府信息公开行政诉讼 46 件。")
        .section2(s -> s
            .rules(1, 0, 11)
            .normativeDocuments(8, 26, 66)
            .licensing(447228)
            .penalties(3985758)
            .coercion(88283)
            .fees(wanYuan("96171.6")))
        .section3(s -> s
            .newlyReceived().naturalPerson(3001).commercialEnterprise(53).researchInstitution(0)
                .publicInterestOrganization(0).legalServiceInstitution(61).otherOrganization(4)
            .carriedOver().counts(ApplicantCounts.of(34, 0, 0, 0, 0, 0))
            .granted().counts(ApplicantCounts.of(1288, 21, 0, 0, 50, 3))
            .partiallyGranted().counts(ApplicantCounts.of(447, 7, 0, 0, 0, 0))
            .deniedStateSecret().counts(ApplicantCounts.of(2, 0, 0, 0, 0, 0))
            .deniedByOtherLaws().counts(ApplicantCounts.of(30, 1, 0, 0, 0, 0))
            .deniedSecurityAndStability().counts(ApplicantCounts.of(5, 0, 0, 0, 0, 0))
            .deniedThirdPartyRights().counts(ApplicantCounts.of(6, 0, 0, 0, 0, 0))
            .deniedInternalAffairs().counts(ApplicantCounts.of(7, 1, 0, 0, 0, 0))
            .deniedProcessInformation().counts(ApplicantCounts.of(12, 0, 0, 0, 0, 0))
            .deniedEnforcementFiles().counts(ApplicantCounts.of(9, 0, 0, 0, 0, 0))
            .deniedEnquiryMatters().counts(ApplicantCounts.of(105, 0, 0, 0, 0, 0))
            .unableNotHeld().counts(ApplicantCounts.of(746, 12, 0, 0, 10, 1))
            .unableWouldNeedMaking().counts(ApplicantCounts.of(11, 0, 0, 0, 0, 0))
            .unableStillUnclear().counts(ApplicantCounts.of(1, 0, 0, 0, 0, 0))
            .notProcessedComplaint().counts(ApplicantCounts.of(56, 6, 0, 0, 0, 0))
            .notProcessedRepeated().counts(ApplicantCounts.of(25, 0, 0, 0, 0, 0))
            .notProcessedPublication().zeros()
            .notProcessedExcessive().zeros()
            .notProcessedConfirmation().counts(ApplicantCounts.of(1, 0, 0, 0, 0, 0))
            .otherNotCorrected().counts(ApplicantCounts.of(67, 3, 0, 0, 1, 0))
            .otherFeeNotPaid().counts(ApplicantCounts.of(6, 0, 0, 0, 0, 0))
            .otherReasons().counts(ApplicantCounts.of(108, 2, 0, 0, 0, 0))
            .carriedForward().counts(ApplicantCounts.of(103, 0, 0, 0, 0, 0)))
        .section4(s -> s
            .reconsideration().upheld(72).corrected(64).otherOutcome(178).pending(37)
            .directLitigation().counts(OutcomeCounts.of(13, 4, 8, 1))
            .litigationAfterReconsideration().counts(OutcomeCounts.of(12, 1, 1, 6)))
        .problems(
            "对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主要表现在：一是政策解读质量仍需提升，"
                + "个别单位政策解读内容简单、形式单一；二是政务公开队伍建设还需进一步加强，个别单位存在人员配备不足、兼职多、"
                + "流动性过快的问题。")
        .otherMatters(
            "2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。")
        .processingFees(ProcessingFees.builder().amountCollected(yuan("3940")).build());
  }
}
