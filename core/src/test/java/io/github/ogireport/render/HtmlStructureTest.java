package io.github.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.template.ColumnDecl;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.HtmlGrid;
import io.github.ogireport.testkit.Reports;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML page's tables have the structure of the edition declaration: per table, the header
 * labels over each data column, the row labels before each data row, the corner and the caption,
 * with rowspan and colspan expanded as a reader sees them.
 */
class HtmlStructureTest {

  @ParameterizedTest
  @MethodSource("io.github.ogireport.template.EditionTemplateTest#editions")
  void everyTableHasTheDeclaredStructure(Edition edition) {
    EditionTemplate t = edition.template();
    AnnualReport report = Reports.validReports(edition).sample();
    Document page = Jsoup.parse(ReportRenderer.html(report));
    List<Element> tables = page.select("table");
    assertEquals(t.tables().size(), tables.size());
    for (int i = 0; i < tables.size(); i++) {
      check(t.tables().get(i), tables.get(i));
    }
    // Headings in order, from the declaration.
    List<String> headings = page.select("h2").eachText();
    List<String> expected = new ArrayList<>();
    for (Section s : Section.values()) {
      expected.add(t.heading(s));
    }
    assertEquals(expected, headings);
    assertEquals(t.title(report.agency(), report.year()), page.selectFirst("h1").text());
  }

  private static void check(TableDecl d, Element table) {
    HtmlGrid grid = HtmlGrid.of(table);
    int h = grid.headerRows();
    List<List<String>> columnPaths = new ArrayList<>();
    List<List<String>> rowPaths = new ArrayList<>();
    if (d.printedAcross()) {
      for (RowDecl r : d.rows()) {
        for (ColumnDecl c : d.columns()) {
          List<String> p = new ArrayList<>(r.groups());
          p.add(r.label());
          p.add(c.label());
          columnPaths.add(p);
        }
      }
    } else {
      for (ColumnDecl c : d.columns()) {
        List<String> p = new ArrayList<>();
        d.columnHeader().ifPresent(p::add);
        p.addAll(c.groups());
        p.add(c.label());
        columnPaths.add(p);
      }
      for (RowDecl r : d.rows()) {
        List<String> p = new ArrayList<>(r.groups());
        p.add(r.label());
        rowPaths.add(p);
      }
    }
    int dataRows = d.printedAcross() ? 1 : d.rows().size();
    assertEquals(h + dataRows, grid.height(), d.caption() + ": rows");
    int labels = grid.width(h) - columnPaths.size();
    assertEquals(h, columnPaths.stream().mapToInt(List::size).max().orElseThrow(), d.caption());
    for (int c = 0; c < columnPaths.size(); c++) {
      assertEquals(columnPaths.get(c), grid.down(labels + c, 0, h), d.caption() + ": column " + c);
      for (int r = 0; r < h; r++) {
        assertEquals("th", grid.at(r, labels + c).tagName());
      }
    }
    if (labels > 0) {
      Element corner = grid.at(0, 0);
      assertEquals(d.note().or(() -> d.rowHeader()).orElse(""), corner.text(), d.caption());
      for (int r = 0; r < h; r++) {
        for (int c = 0; c < labels; c++) {
          assertTrue(grid.at(r, c) == corner, d.caption() + ": the corner covers the header");
        }
      }
    }
    for (int r = 0; r < rowPaths.size(); r++) {
      assertEquals(rowPaths.get(r), grid.across(h + r, 0, labels), d.caption() + ": row " + r);
      for (int c = 0; c < columnPaths.size(); c++) {
        assertEquals("td", grid.at(h + r, labels + c).tagName());
      }
    }
    Element caption = table.selectFirst("caption");
    if (d.rowHeader().isPresent()) {
      assertEquals(d.caption(), caption.text());
    } else {
      assertTrue(caption == null, d.caption());
    }
  }
}
