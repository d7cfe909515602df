package io.github.ogireport.examples;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.validation.Validated;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The first program to run: builds the seed report (方正县教育局 2020) with the DSL, prints its
 * validation verdict and every warning, then its JSON document.
 *
 * <pre>{@code
 * ./mvnw -q -B -pl examples -am package -DskipTests exec:java
 * }</pre>
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Validation<Seq<Violation>, Validated<AnnualReport>> result = SeedReport.builder().build();
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
    out.println();
    out.print(ReportJson.write(report));
  }
}
