package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.HtmlGrid;
import io.github.ogireport.testkit.PrintedText;
import io.github.ogireport.testkit.Reports;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Every number of the model appears in the right cell of the HTML page, read by coordinates. */
class RenderProperties {

  @Provide
  Arbitrary<PrintedReport> printed() {
    return Reports.printedReports();
  }

  @Property(tries = 150)
  void everyCellIsWhereTheTemplatePutsIt(@ForAll("printed") PrintedReport report) {
    EditionTemplate t = report.edition().template();
    List<Element> tables = Jsoup.parse(ReportRenderer.html(report)).select("table");
    for (int i = 0; i < t.tables().size(); i++) {
      TableDecl d = t.tables().get(i);
      HtmlGrid grid = HtmlGrid.of(tables.get(i));
      int h = grid.headerRows();
      int labels = d.printedAcross() ? 0 : grid.width(h) - d.columns().size();
      for (int r = 0; r < d.rows().size(); r++) {
        for (int c = 0; c < d.columns().size(); c++) {
          CellRef cell =
              t.findCell(d.key(), d.rows().get(r).key(), d.columns().get(c).key()).orElseThrow();
          int row = d.printedAcross() ? h : h + r;
          int column = d.printedAcross() ? r * d.columns().size() + c : labels + c;
          Element td = grid.at(row, column);
          assertEquals("td", td.tagName(), cell.toString());
          assertEquals(expected(t, cell, report.cell(cell)), td.wholeText(), cell.toString());
        }
      }
    }
  }

  /** What the cell must show: the printed number, mark or text, nothing computed. */
  private static String expected(EditionTemplate t, CellRef cell, Optional<PrintedCell> printed) {
    return PrintedText.of(t, cell, printed);
  }

}
