package io.github.ogireport.examples;

import static io.github.ogireport.dsl.AnnualReports.edition2021;
import static io.github.ogireport.dsl.AnnualReports.wanYuan;

import io.github.ogireport.dsl.ApplicantCounts;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.validation.Validated;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The builder example shown in README.md; a test keeps the README's copy identical to this code.
 *
 * <pre>{@code
 * ReadmeExample.main(new String[0]);   // prints the report's JSON
 * }</pre>
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Builds a small 2021-edition report and prints its JSON, or every violation.
   *
   * @return the validation result
   */
  public static Validation<Seq<Violation>, Validated<AnnualReport>> build() {
    // BEGIN README
    Validation<Seq<Violation>, Validated<AnnualReport>> result =
        edition2021("某县教育局", 2024)
            .publishedOn(LocalDate.of(2025, 1, 20))
            .overview("2024年，我局共受理政府信息公开申请 3 件，答复 3 件。")
            .section2(s -> s.rules(0, 0, 0).normativeDocuments(2, 1, 14)
                .licensing(120).penalties(8).coercion(0).fees(wanYuan("12.5")))
            .section3(s -> s
                .newlyReceived().naturalPerson(3).commercialEnterprise(0).researchInstitution(0)
                    .publicInterestOrganization(0).legalServiceInstitution(0).otherOrganization(0)
                .granted().naturalPerson(2).commercialEnterprise(0).researchInstitution(0)
                    .publicInterestOrganization(0).legalServiceInstitution(0).otherOrganization(0)
                .unableNotHeld().counts(ApplicantCounts.of(1, 0, 0, 0, 0, 0))
                .remainingRowsZero())                  // every other row: zeros, on purpose
            .section4(s -> s.remainingGroupsZero())
            .problems("政策解读形式较为单一。")
            .otherMatters("本年度未收取信息处理费。")
            .build();                                  // totals derived; every violation at once
    // END README
    return result;
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    build()
        .fold(
            errors -> {
              errors.forEach(System.out::println);
              return null;
            },
            ok -> {
              System.out.print(ReportJson.write(ok.report()));
              return null;
            });
  }
}
