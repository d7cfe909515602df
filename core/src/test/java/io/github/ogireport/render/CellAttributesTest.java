package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.testkit.Reports;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The hook that lets a review page mark cells: the attributes land on the cell's own td. */
class CellAttributesTest {

  @Test
  void theAttributesOfACellAreOnItsTdAndNowhereElse() {
    PrintedReport report = Reports.validReports(Edition.E2021).sample().toPrinted();
    CellRef granted = Edition.E2021.template().cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON);
    CellRef upheld = Edition.E2021.template().cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.UPHELD);
    String page =
        ReportRenderer.html(
            report,
            c -> c.equals(granted) || c.equals(upheld)
                ? Map.of("id", c.jsonPointer(), "class", "marked", "title", "<\"note\">")
                : Map.of());
    Document d = Jsoup.parse(page);
    assertEquals(2, d.select("td.marked").size());
    Element g = d.getElementById(granted.jsonPointer());
    assertEquals(CellText.of(report, granted), g.text());
    assertEquals("<\"note\">", g.attr("title"));
    Element row = g.parent();
    assertEquals(granted.rowLabel(), row.select("th").last().text());
    // the first data column of the row is 自然人
    assertEquals(g, row.select("td").first());
    Element u = d.getElementById(upheld.jsonPointer());
    assertEquals(CellText.of(report, upheld), u.text());
    assertEquals(
        ReportRenderer.html(report).replace(" class=\"marked\"", ""),
        page.replaceAll(" class=\"marked\" id=\"[^\"]*\" title=\"[^\"]*\"", ""),
        "nothing else changes");
  }

  @Test
  void anAttributeNameThatIsNotANameIsRefused() {
    PrintedReport report = Reports.validReports(Edition.E2019).sample().toPrinted();
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportRenderer.html(report, c -> Map.of("onclick=\"x\" a", "1")));
  }
}
