package io.github.ogireport.examples;

import static io.github.ogireport.dsl.AnnualReports.edition2019;
import static io.github.ogireport.dsl.AnnualReports.yuan;

import io.github.ogireport.dsl.Report2019;
import io.github.ogireport.template.Section;
import java.time.LocalDate;

/**
 * The report the project started from, 方正县教育局 2020年政府信息公开工作年度报告 (2019 edition, published
 * 2021-01-19), rebuilt in the DSL with every number and every paragraph of the published text.
 *
 * <pre>{@code
 * AnnualReport seed = SeedReport.builder().buildOrThrow();
 * }</pre>
 */
public final class SeedReport {
  private SeedReport() {}

  /**
   * The seed report, entered and ready to build.
   *
   * @return the builder
   */
  public static Report2019 builder() {
    return edition2019("方正县教育局", 2020)
        .publishedOn(LocalDate.of(2021, 1, 19))
        .preamble(PREAMBLE)
        .overview(OVERVIEW)
        .section2(s -> s
            .rules(r -> r.made(0).publishedTotal(0))              // 本年新公开数量 printed blank
            .normativeDocuments(r -> r.made(0).publishedTotal(0))
            .licensing(6, 0, 0)
            .otherServices(0, 0, 0)
            .penalties(0, 0, 0)
            .coercion(0, 0, 0)
            .fees(0, 0)
            .procurement(25, yuan("17920154.55")))
        .tableNote(Section.TWO, NOTE_SECTION_2)
        .tableNote(Section.THREE, NOTE_SECTION_3)
        .section3(s -> s                                          // no application all year
            .newlyReceived().naturalPerson(0).commercialEnterprise(0).researchInstitution(0)
                .publicInterestOrganization(0).legalServiceInstitution(0).otherOrganization(0)
            .carriedOver().zeros()
            .granted().zeros()
            .partiallyGranted().zeros()
            .deniedStateSecret().zeros()
            .deniedByOtherLaws().zeros()
            .deniedSecurityAndStability().zeros()
            .deniedThirdPartyRights().zeros()
            .deniedInternalAffairs().zeros()
            .deniedProcessInformation().zeros()
            .deniedEnforcementFiles().zeros()
            .deniedEnquiryMatters().zeros()
            .unableNotHeld().zeros()
            .unableWouldNeedMaking().zeros()
            .unableStillUnclear().zeros()
            .notProcessedComplaint().zeros()
            .notProcessedRepeated().zeros()
            .notProcessedPublication().zeros()
            .notProcessedExcessive().zeros()
            .notProcessedConfirmation().zeros()
            .otherHandling().zeros()
            .carriedForward().zeros())
        .section4(s -> s
            .reconsideration().upheld(0).corrected(0).otherOutcome(0).pending(0)
            .directLitigation().zeros()
            .litigationAfterReconsideration().zeros())
        .problems(PROBLEMS)
        .otherMatters("本年度报告所列数据的统计期限为2020年1月1日至12月31日。")
        .closing("方正县教育局\n2021年1月19日");
  }

  private static final String PREAMBLE =
      "2020年，方正县教育局政府信息公开工作按照县委、县政府总体部署，认真落实相关要求，大力推进政府信息公开工作，"
          + "继续把办人民群众满意教育作为工作目标，通过强化组织领导，完善制度建设，规范公开程序，加大重点领域公开力度等措施"
          + "推进政府信息公开工作，现将政府信息公开工作相关情况汇报如下。";

  private static final String OVERVIEW =
      String.join(
          "\n",
          "2020年,在县委、县政府的正确领导下,方正县教育局认真贯彻落实《中华人民共和国政府信息公开条例》和县委、县政府各项部署,"
              + "紧紧围绕教育中心工作和社会公众关注点,严格按照依法行政、优质行政、廉洁行政，规范政务公开的要求,丰富政务公开内容,"
              + "创新政务公开形式,提高政务公开水平,有力地推动全局各项工作的开展，取得了明显成效。",
          "(一)加强组织领导和工作机制。为加强信息公开工作的组织领导,我局成立了由局长任组长,各分管副局长、股办负责人为成员的"
              + "方正县教育局政务公开领导小组,明确本单位政务公开工作由办公室牵头,各责任股室密切配合推进,安排1名专职人员负责本单位"
              + "政务信息公开专栏工作。结合机关制度建设,进一步明确各股室信息公开工作中的职责和义务,明确了信息发布的审核流程、"
              + "更新频率等要求,从而确保网站信息发布的及时有效和网站信息的安全。",
          "(二)强化工作任务分工。召开会议传达国家、省、市、县全面推进政务公开工作的总体要求,明确工作重点,强化主动公开的意识,"
              + "一把手亲自部署,要求各责任股室落实好信息公开工作,确保政务公开工作落实到实处。明确2020年教育系统信息公开工作的重点。"
              + "进一步明确了“公开是常态、不公开是例外”的工作理念。政务公开工作领导小组全面加强对各股室及其工作人员信息公开工作的"
              + "监督,把各股室政务信息公开工作过程中,严格遵循合法、真实、及时、便民的原则,做到了办事内容全面、规范公开并及时修改更新,"
              + "切实保障了人民群众的知情权。",
          "(三)完善信息公开制度。为切实保障信息公开的质量,我局坚持信息内容“规范、适时、真实\"的原则，认真抓好信息公开各项制度的"
              + "落实,依法履行公开义务。",
          "(四)拓宽公开渠道建设。加强微信公众号建设。及时更新“教育驿站”微信内容增强信息的可读性,提高微信信息发布的实效,"
              + "充分利用微信公众号传插块、受众面广的优势完善政务信息公开渠道建设。",
          "（五）做好财经信息公开。及时公开部门预决算和“三公”经费预决算。对校舍维修、设备采购等项目按照县政府投资项目管理办法，"
              + "委托第三方资质机构进行公开招标，并在相关网站公布。");

  private static final String NOTE_SECTION_2 =
      "2020年,我局通过政府网站及“教育驿站”向公众及时发布教育局职能和政策法规,还及时公布招生考试、教师队伍建设、教育行风、"
          + "学校安全等教育重点工作推进情况,发布学校、幼儿园、局直单位信息。";

  private static final String NOTE_SECTION_3 = "我局全年未接到政府信息公开申请报告。";

  private static final String PROBLEMS =
      String.join(
          "\n",
          "2020年我局在政务公开方面做了一些工作,但还有很多的不足。一是个别股室对政务公开工作重视程度不足,没有达到工作常态化:"
              + "二是负责政务公开具体工作人员需要加强学习,综合素质和能力有待进一步提高:三是信息发布公开渠道、方式、机制和形式需要"
              + "进一步完善。",
          "针对上述问题，在今后的工作中，我局将按照新《条例》的要求，认真学习新《条例》等法律法规，进一步提高思想认识，"
              + "不断增强做好政府信息公开工作的责任感和使命感，及时、主动、多渠道地公开应予的政府信息，提高公开效果，"
              + "为公民、法人和其他组织提供快捷方便的服务。");
}
