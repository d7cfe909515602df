package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.testkit.Fixtures;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * I10 on hostile overviews (issue 11, item 2): a long run of digits in section 一 is read once, not
 * once per digit (a 50,000-digit run took 25 s), and a quoted number is a whole run of at most 19
 * digits, so a run that long quotes nothing. The hang guard is generous: it catches a hang, it
 * measures nothing.
 */
class QuotedFigureProperties {
  private static final PrintedReport HUAIAN =
      ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json")).toPrinted();

  private static Seq<Violation> i10(String overview) {
    PrintedReport r =
        PrintedReport.builder()
            .from(HUAIAN)
            .narratives(Narratives.builder().from(HUAIAN.narratives()).overview(overview).build())
            .build();
    return assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> ReportValidator.violations(r))
        .filter(v -> v.identityId().equals("I10"));
  }

  @Test
  void theIssuesFiftyThousandDigitRunQuotesNothing() {
    String run = "7".repeat(50_000);
    assertEquals(List.of(), i10("全年共受理政府信息公开申请" + run + "件，" + run + "件结转下年度。").toJavaList());
    assertEquals(List.of(), i10(run + "件" + run).toJavaList());
  }

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of("共受理政府信息公开申请", "答复", "上年结转", "行政复议", "行政诉讼", "结转下年度", "");
  }

  @Property(tries = 60)
  void aRunOfDigitsIsQuotedOnlyWhenItCanBeACount(
      @ForAll("phrases") String phrase,
      @ForAll @IntRange(min = 1, max = 60_000) int length,
      @ForAll @IntRange(min = 0, max = 3) int repeats) {
    String run = "8".repeat(length);
    String overview = (phrase + run + " 件，").repeat(repeats + 1) + run;
    Seq<Violation> found = i10(overview);
    if (length > 19) {
      assertEquals(List.of(), found.toJavaList());
    } else if (!phrase.isEmpty()) {
      assertEquals(
          List.of(Optional.of(new BigDecimal(run))),
          found.map(Violation::found).distinct().toJavaList(),
          found::mkString);
    }
  }
}
