package io.github.ogireport.examples;

import static io.github.ogireport.dsl.AnnualReports.edition2021;
import static io.github.ogireport.dsl.AnnualReports.wanYuan;
import static io.github.ogireport.dsl.AnnualReports.yuan;

import io.github.ogireport.documents.DocxRenderer;
import io.github.ogireport.dsl.ApplicantCounts;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.validation.Validated;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The first program to run: builds a 2021-edition report (the edition new reports use) with the
 * DSL, prints its validation verdict, writes it as an HTML page, Markdown, its JSON document and a
 * Word document, and prints their paths and what to run next.
 *
 * <pre>{@code
 * ./mvnw -q -B -pl examples -am package -DskipTests exec:java
 * }</pre>
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * The report the quick start builds: 某县教育局 2024, with one application dropped because the fee
   * was not paid and the 信息处理费 facts section 六 then reports.
   *
   * @return the validation result
   */
  public static Validation<Seq<Violation>, Validated<AnnualReport>> build() {
    return edition2021("某县教育局", 2024)
        .publishedOn(LocalDate.of(2025, 1, 20))
        .overview("2024年，我局共受理政府信息公开申请 3 件，答复 3 件。")
        .section2(s -> s.rules(0, 0, 0).normativeDocuments(2, 1, 14)
            .licensing(120).penalties(8).coercion(0).fees(wanYuan("12.5")))
        .section3(s -> s
            .newlyReceived().counts(ApplicantCounts.of(3, 0, 0, 0, 0, 0))
            .granted().counts(ApplicantCounts.of(1, 0, 0, 0, 0, 0))
            .unableNotHeld().counts(ApplicantCounts.of(1, 0, 0, 0, 0, 0))
            .otherFeeNotPaid().counts(ApplicantCounts.of(1, 0, 0, 0, 0, 0))
            .remainingRowsZero())                  // every other row: zeros, on purpose
        .section4(s -> s.remainingGroupsZero())
        .problems("政策解读形式较为单一。")
        .otherMatters("本年度无其他需要报告的事项。")
        .processingFees(1, yuan("100"), yuan("0"))  // printed in section 六 by every renderer
        .closing("某县教育局\n2025年1月20日")
        .build();                                  // totals derived; every violation at once
  }

  /**
   * Runs the example.
   *
   * @param args the folder to write to (default {@code target/quick-start})
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Validation<Seq<Violation>, Validated<AnnualReport>> result = build();
    if (result.isInvalid()) {
      out.println("invalid: " + result.getError().size() + " violations");
      result.getError().forEach(v -> out.println("  " + v));
      System.exit(1);
    }
    AnnualReport report = result.get().report();
    out.println(
        report.agency() + " " + report.year() + " (" + report.edition().id() + " edition): valid, "
            + result.get().warnings().size() + " warnings");
    result.get().warnings().forEach(v -> out.println("  " + v));

    Path dir = Path.of(args.length > 0 ? args[0] : "target/quick-start").toAbsolutePath();
    Files.createDirectories(dir);
    Path html = write(dir.resolve("report.html"), ReportRenderer.html(report));
    Path md = write(dir.resolve("report.md"), ReportRenderer.markdown(report));
    Path json = write(dir.resolve("report.json"), ReportJson.write(report));
    Path docx = Files.write(dir.resolve("report.docx"), DocxRenderer.docx(report));
    out.println();
    out.println("written:");
    for (Path p : new Path[] {html, md, json, docx}) {
      out.println("  " + p);
    }
    out.println();
    out.println("next:");
    out.println("  scripts/check.sh " + html + " " + docx + "    # check them as a reviewer would");
    out.println("  open " + docx.getFileName() + " in Word or WPS: the tables are the official template's");
    out.println("  see examples/.../QuickStart.java for the builder, README.md for the rest");
  }

  private static Path write(Path file, String content) throws IOException {
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
