package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.render.ReportWalk;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader reads back what the renderer writes, and survives damaged input. */
class ReaderProperties {

  @Provide
  Arbitrary<AnnualReport> valid() {
    return Reports.validReports();
  }

  @Property(tries = 150)
  void theHtmlPageOfAnyReportReadsBackToAnEqualReport(@ForAll("valid") AnnualReport report) {
    PrintedReport printed = report.toPrinted();
    ReadResult read = ReportReader.readHtml(ReportRenderer.html(printed));
    PrintedReport back = read.report();
    assertEquals(List.of(), read.problems());
    assertEquals(printed.edition(), back.edition());
    assertEquals(printed.agency(), back.agency());
    assertEquals(printed.year(), back.year());
    assertEquals(printed.cells(), back.cells());
    assertEquals(paragraphs(printed.narratives().overview()), back.narratives().overview());
    assertEquals(paragraphs(printed.narratives().problems()), back.narratives().problems());
    assertEquals(
        paragraphs(
            String.join("\n", ReportWalk.otherMatters(printed))
                + "\n"
                + printed.narratives().closing()),
        back.narratives().otherMatters());
  }

  @Property(tries = 100)
  void theTextAndMarkdownOfAnyReportReadBackToTheSameCells(@ForAll("valid") AnnualReport report) {
    PrintedReport printed = report.toPrinted();
    for (String rendering : List.of(ReportRenderer.text(printed), ReportRenderer.markdown(printed))) {
      ReadResult read = ReportReader.readText(rendering);
      assertEquals(List.of(), read.problems(), rendering);
      assertEquals(printed.edition(), read.report().edition());
      assertEquals(printed.agency(), read.report().agency());
      assertEquals(printed.year(), read.report().year());
      assertEquals(printed.cells(), read.report().cells(), rendering);
    }
  }

  /**
   * A page as a word processor's "save as text" writes it: every table cell on a line of its own
   * after a tab, a blank line after every table row, other text as it is (the seed's layout).
   */
  static String asConvertedDocument(String html) {
    StringBuilder b = new StringBuilder();
    for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parse(html).body().select("h1, h2, p, table")) {
      if (e.normalName().equals("table")) {
        org.jsoup.nodes.Element caption = e.selectFirst("caption");
        if (caption != null) {
          b.append(caption.text()).append('\n');
        }
        for (org.jsoup.nodes.Element tr : e.select("tr")) {
          for (org.jsoup.nodes.Element cell : tr.select("th, td")) {
            b.append('\t').append(cell.text()).append('\n');
          }
          b.append('\n');
        }
      } else if (e.closest("table") == null) {
        b.append(e.text()).append('\n');
      }
    }
    return b.toString();
  }

  /** A page flattened to text: every cell's text run together with the next (pingtan-2021's layout). */
  static String asFlattenedPage(String html) {
    StringBuilder b = new StringBuilder();
    for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parse(html).body().select("h1, h2, p, table")) {
      if (e.normalName().equals("table")) {
        for (org.jsoup.nodes.Element cell : e.select("caption, th, td")) {
          b.append(cell.text());
        }
      } else if (e.closest("table") == null) {
        b.append(e.text());
      }
    }
    return b.toString();
  }

  @Property(tries = 100)
  void anyReportReadsBackFromADocumentConvertedToText(@ForAll("valid") AnnualReport report) {
    PrintedReport printed = report.toPrinted();
    ReadResult read = ReportReader.readText(asConvertedDocument(ReportRenderer.html(printed)));
    assertEquals(List.of(), read.problems());
    assertEquals(printed.edition(), read.report().edition());
    assertEquals(printed.cells(), read.report().cells());
  }

  /**
   * From a page flattened to text, with no separator between numbers, every cell is read right or
   * is unreadable: a digit run is split only where the identities make the split unique, never by
   * a guess.
   */
  @Property(tries = 100)
  void aFlattenedPageIsReadRightOrUnreadableNeverWrong(@ForAll("valid") AnnualReport report) {
    PrintedReport printed = report.toPrinted();
    ReadResult read = ReportReader.readText(asFlattenedPage(ReportRenderer.html(printed)));
    assertEquals(printed.edition(), read.report().edition());
    for (var e : printed.cells().entrySet()) {
      var got = read.report().cells().get(e.getKey());
      assertTrue(
          e.getValue().equals(got) || got instanceof io.github.ogireport.model.PrintedCell.Unreadable,
          () -> e.getKey() + ": printed " + e.getValue() + ", read " + got);
    }
  }

  /** Narrative text as a page shows it: one paragraph per non-blank line. */
  private static String paragraphs(String text) {
    return String.join("\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  @Provide
  Arbitrary<String> separatedSample() {
    return Arbitraries.of("seed-fangzheng-edu-2020.txt", "huaian-2024.txt", "hongze-2023.txt");
  }

  @Property(tries = 300)
  void aChangedDigitInSections3Or4IsAlwaysNoticed(
      @ForAll("separatedSample") String sample,
      @ForAll double where,
      @ForAll("digitShift") int shift) {
    String text = Samples.text(sample);
    int from = text.indexOf("三、收到和处理政府信息公开申请情况");
    int to = text.indexOf("五、");
    from = text.indexOf("三、收到和处理政府信息公开申请情况", from + 1) > 0
        ? text.indexOf("三、收到和处理政府信息公开申请情况", from + 1)
        : from;
    // Every digit of the two sections, except page numbers ("- 4 -"), which are not the report's.
    List<Integer> digits = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', k) + 1;
      int lineEnd = text.indexOf('\n', k) < 0 ? text.length() : text.indexOf('\n', k);
      boolean pageNumber = text.substring(lineStart, lineEnd).matches("\\s*-\\s*\\d+\\s*-\\s*");
      if (!pageNumber) {
        digits.add(k);
      }
    }
    assertFalse(digits.isEmpty());
    int k = digits.get((int) (Math.abs(where) % 1.0 * digits.size()) % digits.size());
    char c = text.charAt(k);
    String damaged =
        text.substring(0, k) + (char) ('0' + (c - '0' + shift) % 10) + text.substring(k + 1);

    ReadResult original = ReportReader.read(text);
    ReadResult read = ReportReader.read(damaged);
    List<String> before = ReportValidator.violations(original.report()).map(Violation::toString).toJavaList();
    List<String> after = ReportValidator.violations(read.report()).map(Violation::toString).toJavaList();
    assertNotEquals(
        before.toString() + original.problems(),
        after.toString() + read.problems(),
        () -> "changing the digit at " + k + " of " + sample + " went unnoticed");
  }

  @Provide
  Arbitrary<Integer> digitShift() {
    return Arbitraries.integers().between(1, 9);
  }
}
