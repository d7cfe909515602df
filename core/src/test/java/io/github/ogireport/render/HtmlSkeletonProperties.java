package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionDeclaration;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testedition.TestEdition;
import io.github.ogireport.testkit.Reports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The page written from the tables' skeletons ({@link HtmlTables}, made once per edition) is the
 * page rendered from the tables' grids, on generated reports of every declared edition (the test
 * edition included): with blank, unreadable, not-read and missing cells, alternative rows printed
 * in place of the rows they replace, and text that needs escaping. Narratives are written from
 * ranges of their text: those ranges are the paragraphs {@link CellText#paragraphs(String)} gives.
 */
class HtmlSkeletonProperties {
  private static Edition testEdition;

  @BeforeContainer
  static void declare() {
    testEdition = TestEdition.declare();
  }

  @AfterContainer
  static void withdraw() {
    EditionDeclaration.withdraw(testEdition);
  }

  @Provide
  Arbitrary<PrintedReport> reports() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withChars("工作&<>\"'；。 \t\u3000\r\n1a")
            .ofMaxLength(30);
    Arbitrary<PrintedCell> odd =
        Arbitraries.oneOf(
            Arbitraries.of("", "/", "—", "无", "<>").map(PrintedCell::blank),
            text.filter(s -> !s.isEmpty()).map(PrintedCell::unreadable),
            Arbitraries.just(PrintedCell.notRead("not found")),
            Arbitraries.longs().between(-5, Long.MAX_VALUE).map(PrintedCell::of));
    return Combinators.combine(
            Reports.printedReports(),
            Arbitraries.integers().between(0, 3),
            odd.list().ofMaxSize(6),
            Arbitraries.integers().between(0, 10_000).list().ofSize(6),
            text.list().ofSize(4))
        .as(HtmlSkeletonProperties::varied);
  }

  /**
   * A report with some of its alternative rows printed ({@code alternatives}: bit k prints the k-th
   * alternative row of the edition, a count in each of its cells), some count cells replaced by
   * {@code odd} cells (at the positions {@code at}), and {@code texts} added to its agency and
   * narratives.
   */
  private static PrintedReport varied(
      PrintedReport report,
      int alternatives,
      List<PrintedCell> odd,
      List<Integer> at,
      List<String> texts) {
    EditionTemplate t = report.edition().template();
    Map<CellRef, PrintedCell> cells = new LinkedHashMap<>(report.cells());
    int k = 0;
    for (TableDecl table : t.tables()) {
      for (AlternativeRow a : table.alternatives()) {
        if ((alternatives & (1 << k++)) != 0) {
          for (CellRef c : t.printableGrid(table).get(a.row().key()).values()) {
            if (t.kind(c) != CellKind.MONEY) {
              cells.put(c, PrintedCell.of(k));
            }
          }
        }
      }
    }
    List<CellRef> counts = new ArrayList<>();
    cells.forEach(
        (c, p) -> {
          if (p instanceof PrintedCell.Numeric n && n.figure() instanceof Figure.Count) {
            counts.add(c);
          }
        });
    for (int i = 0; i < odd.size() && !counts.isEmpty(); i++) {
      cells.put(counts.get(at.get(i) % counts.size()), odd.get(i));
    }
    Narratives n = report.narratives();
    return PrintedReport.builder()
        .from(report)
        .agency(texts.get(0) + report.agency())
        .cells(cells)
        .narratives(
            Narratives.builder()
                .from(n)
                .preamble(texts.get(1) + n.preamble())
                .overview(n.overview() + texts.get(2))
                .closing(texts.get(3) + n.closing() + texts.get(2))
                .build())
        .build();
  }

  @Property(tries = 300)
  void theSkeletonsGiveTheGridsPage(@ForAll("reports") PrintedReport report) {
    String fromGrids = new HtmlRenderer(report, c -> Map.of()).render();
    assertEquals(fromGrids, ReportRenderer.html(report));
    assertTrue(fromGrids.endsWith("</html>\n"));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("文字 \t\n\r\u3000\u2028\u00a0\u000b\u001c\ud83d\ude00\ud83dab")
        .ofMaxLength(40);
  }

  @Property(tries = 1000)
  void paragraphRangesAreTheParagraphs(@ForAll("texts") String text) {
    List<String> ranges = new ArrayList<>();
    CellText.paragraphs(text, (s, from, to) -> ranges.add(s.substring(from, to)));
    assertEquals(CellText.paragraphs(text), ranges);
  }
}
