package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.testkit.Samples;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written walk of {@link Sources#html(String)} gives the same pieces (text, row, origin)
 * and rows as the selector queries and jsoup traversal it replaced ({@link HtmlSourceReference}): on
 * generated pages of nested tables, cells, blocks, hidden and foreign elements, and on damaged
 * samples and rendered reports.
 */
class HtmlWalkProperties {
  private static final PrintedReport HUAIAN =
      io.github.ogireport.json.ReportJson.readAnnualReport(
          io.github.ogireport.testkit.Fixtures.text("huaian-2024.json")).toPrinted();

  private static final String[] TAGS = {
    "table", "table", "tbody", "tr", "tr", "td", "td", "th", "caption", "p", "br", "div", "sup",
    "script", "style", "template", "svg", "math", "span", "title", "li", "noscript", "select",
    "option", "b", "thead", "h2", "iframe"
  };

  private static final String[] TEXTS = {
    "12", " 3 ", "\u00a0", "\u00a07\u00a0", "政府信息公开", "\n", "  ", "1,234", "/", "无", "<!-- c -->",
    "&nbsp;", "<![CDATA[5]]>", "x\u3000y", "\t"
  };

  /** Random markup: open and close tags (not always balanced) and text, for jsoup to mend. */
  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of(TAGS).map(t -> "<" + t + ">"),
            Arbitraries.of(TAGS).map(t -> "</" + t + ">"),
            Arbitraries.of(TEXTS));
    return token.list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void generatedPagesGiveTheSamePieces(@ForAll("pages") String page) {
    assertSame(page);
  }

  @Property(tries = 300)
  void damagedSamplesAndRenderedReportsGiveTheSamePieces(
      @ForAll("damages") List<HostileInputProperties.Damage> damages,
      @ForAll("sample") String sample,
      @ForAll boolean wrapped) {
    String damaged = HostileInputProperties.damage(Samples.text(sample), damages);
    String page =
        wrapped
            ? "<html><body><table><tr><td>" + ReportRenderer.html(HUAIAN) + "</td></tr></table>" + damaged
            : damaged;
    assertSame(page);
  }

  @Example
  void theSamplePageGivesTheSamePieces() {
    assertSame(Samples.text("pingtan-2023.html"));
    assertSame(ReportRenderer.html(HUAIAN));
  }

  @Provide
  Arbitrary<List<HostileInputProperties.Damage>> damages() {
    return new HostileInputProperties().damages();
  }

  @Provide
  Arbitrary<String> sample() {
    return Arbitraries.of("pingtan-2023.html", "huaian-2024.txt", "hongze-2024.txt");
  }

  private static void assertSame(String page) {
    TableSource expected = HtmlSourceReference.html(page);
    TableSource actual = Sources.html(page);
    assertEquals(expected.source().pieces, actual.source().pieces, page);
    assertEquals(expected.source().cells, actual.source().cells, page);
    assertEquals(expected.rowCount(), actual.rowCount(), page);
  }
}
