package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.validation.ReportValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Damaged texts and pages, 10,000 per run: deleted, duplicated, swapped and cut lines, noise; changed, inserted
 * and removed digits; long runs of digits, colons and Chinese characters; nested markup;
 * concatenated reports. The reader never throws, returns within a generous per-input hang guard
 * (not a speed test), and never reads a number that was not printed in the input.
 */
class HostileInputProperties {
  private static final List<String> SAMPLES =
      List.of("seed-fangzheng-edu-2020.txt", "huaian-2024.txt", "hongze-2023.txt", "hongze-2024.txt",
          "pingtan-2021.txt", "pingtan-2023.html");

  private static final PrintedReport HUAIAN =
      io.github.ogireport.json.ReportJson.readAnnualReport(
          io.github.ogireport.testkit.Fixtures.text("huaian-2024.json")).toPrinted();

  /** One kind of damage at one place. */
  record Damage(int kind, double where, int size) {}

  @Provide
  Arbitrary<List<Damage>> damages() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 12),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 3000))
        .as(Damage::new)
        .list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> sample() {
    return Arbitraries.of(SAMPLES);
  }

  static String damage(String text, List<Damage> damages) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    for (Damage d : damages) {
      if (lines.isEmpty()) {
        break;
      }
      int i = (int) (d.where() * (lines.size() - 1));
      String line = lines.get(i);
      int at = (int) (d.where() * line.length());
      switch (d.kind()) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, line);
        case 2 -> {
          int j = (i + d.size()) % lines.size();
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
        case 3 -> lines.set(i, line.substring(0, at) + (d.size() % 10) + line.substring(at));
        case 4 -> lines.set(i, line.replaceFirst("\\d", ""));
        case 5 -> lines.set(i, line.replaceFirst("\\d", Integer.toString(d.size() % 10)));
        case 6 -> lines.set(i, line.substring(0, at) + "7".repeat(d.size()) + line.substring(at));
        case 7 -> lines.set(i, line.substring(0, at) + "：".repeat(d.size()) + line.substring(at));
        case 8 -> lines.set(i, line.substring(0, at) + "政".repeat(d.size()) + line.substring(at));
        case 10 -> lines.set(i, line.substring(0, line.length() / 2));
        case 11 -> lines.add(i, "| 7 -\t／ 〇 ， ,9 ".repeat(1 + d.size() % 40));
        case 9 -> lines.set(i, "<div>".repeat(d.size() / 10) + "<table><tr><td>" + line + "</td></tr></table>" + "</div>".repeat(d.size() / 20));
        default -> {
          List<String> all = text.lines().toList();
          lines.addAll(i, all.subList(0, Math.min(40, all.size())));
        }
      }
    }
    return String.join("\n", lines);
  }

  @Property(tries = 10_000)
  void damagedTextsAndPagesNeverBreakTheReaderNorInventANumber(
      @ForAll("damages") List<Damage> damages, @ForAll("sample") String sample, @ForAll boolean twice) {
    String original = Samples.text(sample);
    String damaged = damage(twice ? original + "\n" + original : original, damages);
    ReadResult result =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ReportReader.read(damaged));
    assertTrue(
        result.problems().stream().noneMatch(p -> p.message().startsWith("the reader failed")),
        () -> result.problems().toString());
    ReportValidator.violations(result.report());
    Set<String> printed = numbersIn(damaged);
    PrintedReport report = result.report();
    for (var e : report.cells().entrySet()) {
      if (e.getValue() instanceof PrintedCell.Numeric n) {
        String digits = n.figure().toString().replaceAll("[^0-9]", "").replaceFirst("^0+(?=\\d)", "");
        assertTrue(
            printed.stream().anyMatch(p -> p.contains(digits)),
            () -> e.getKey() + " read " + n.figure() + ", which is nowhere in the input");
      }
    }
  }

  /** Every run of digits in the input, separators and white space removed within numbers. */
  private static Set<String> numbersIn(String text) {
    String normal = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
        .replaceAll("(?<=\\d)[,.](?=\\d)", "");
    Set<String> out = new java.util.HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(normal);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Property(tries = 100)
  void pagesOfNestedMarkupAndRenderedReportsNeverBreakTheReader(
      @ForAll("damages") List<Damage> damages, @ForAll("sample") String sample) {
    String page = "<html><body>" + "<div><span>".repeat(damages.get(0).size() / 3)
        + ReportRenderer.html(HUAIAN)
        + damage(Samples.text(sample), damages) + "</body></html>";
    ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ReportReader.read(page));
    assertTrue(result.problems().stream().noneMatch(p -> p.message().startsWith("the reader failed")),
        () -> result.problems().toString());
  }
}
