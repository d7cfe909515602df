package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogireport.cli.Runs.Run;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.HtmlGrid;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the review site of the samples. Each cell of each violation is marked in the table
 * cell that its row and column labels point to (found from the table's own grid, not from the
 * marks), with its note on hover and a link from the list below its table.
 */
class SiteTest {
  @TempDir Path dir;

  private Path site() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Runs.samples(in);
    Files.createFile(in.resolve("empty.txt"));
    Path out = dir.resolve("site");
    Run r = Runs.run("--quiet", "--html", out.toString(), in.toString());
    assertEquals(2, r.code(), r.out());
    return out;
  }

  @Test
  void everyViolatingCellIsMarkedInTheRightTableCell() throws IOException {
    Path out = site();
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    List<Element> rows = index.select("#files tbody tr");
    assertEquals(7, rows.size());
    assertEquals("not-read", rows.get(0).attr("data-status"), "empty.txt");
    assertEquals("error", rows.get(1).attr("data-status"), "hongze-2023.txt");
    assertTrue(index.select("script[src], link[href], img[src]").isEmpty(), "nothing from outside");
    int marked = 0;
    for (String sample : Runs.SAMPLES) {
      Element link = index.select("#files a").stream().filter(a -> a.text().equals(sample)).findFirst()
          .orElseThrow(() -> new AssertionError("no link to " + sample));
      Document page = Jsoup.parse(out.resolve(link.attr("href")).toFile(), "UTF-8");
      PrintedReport report = ReportReader.read(Samples.text(sample)).report();
      List<TableDecl> decls = report.edition().template().tables();
      List<Element> tables = page.select("table");
      assertEquals(decls.size(), tables.size());
      Set<CellRef> seen = new HashSet<>();
      for (Violation v : ReportValidator.violations(report)) {
        for (CellRef c : v.cells()) {
          int t = decls.indexOf(decls.stream().filter(d -> d.section() == c.section()
              && d.key().equals(c.table())).findFirst().orElseThrow());
          Element td = cellAt(tables.get(t), c);
          assertTrue(td.hasClass(v.isError() ? "v-error" : "v-warning") || td.hasClass("v-error"),
              sample + " " + c + ": " + td.outerHtml());
          assertTrue(td.attr("title").contains(v.identityId()), td.outerHtml());
          assertEquals(Site.cellId(c), td.id());
          assertTrue(!page.select("ol.notes a[href=#" + td.id() + "]").isEmpty(),
              "the list links to " + c);
          seen.add(c);
        }
      }
      assertEquals(seen.size(), page.select("td.v-error, td.v-warning").size(), "no other cell marked");
      marked += seen.size();
    }
    assertTrue(marked > 20, "the samples have violations: " + marked);
    Document hongze = Jsoup.parse(out.resolve("reports/00002-hongze-2023.txt.html").toFile(), "UTF-8");
    assertEquals(10, hongze.select("td.v-error").size(), "two I6 errors of five cells each");
    Document pingtan = Jsoup.parse(out.resolve("reports/00006-pingtan-2023.html.html").toFile(), "UTF-8");
    assertTrue(pingtan.getElementById("series").text().contains("平潭综合实验区"), "its series verdict");
  }

  /** A number printed with words after it: its cell underlined, the printed text on hover. */
  @Test
  void aNumberPrintedWithWordsShowsWhatWasPrinted() throws IOException {
    Path in = Runs.noted(Files.createDirectories(dir.resolve("noted"))).getParent();
    Path out = dir.resolve("noted-site");
    Runs.run("--quiet", "--html", out.toString(), in.toString());
    Document page = Jsoup.parse(out.resolve("reports/00001-noted.txt.html").toFile(), "UTF-8");
    PrintedReport report = ReportReader.read(Samples.text("huaian-2024.txt")).report();
    CellRef rules = report.edition().template().cell(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.ISSUED);
    Element td = cellAt(page.select("table").get(0), rules);
    assertTrue(td.hasClass("noted"), td.outerHtml());
    assertEquals("印作：1(其中修订1件)", td.attr("title"));
    assertEquals("1", td.text());
    assertEquals(1, page.select("td.noted").size(), "no other cell");
  }

  /** The td whose row labels and column headers hold the cell's labels, in the table's grid. */
  private static Element cellAt(Element table, CellRef c) {
    HtmlGrid g = HtmlGrid.of(table);
    Element found = null;
    for (int r = g.headerRows(); r < g.height(); r++) {
      for (int col = 0; col < g.width(r); col++) {
        Element e = g.at(r, col);
        if (!e.tagName().equals("td")) {
          continue;
        }
        Set<String> labels = new HashSet<>(g.across(r, 0, col));
        labels.addAll(g.down(col, 0, g.headerRows()));
        if (labels.contains(c.rowLabel()) && labels.contains(c.columnLabel())) {
          assertTrue(found == null || found == e, "one cell for " + c);
          found = e;
        }
      }
    }
    assertTrue(found != null, "no cell for " + c + " in " + table.outerHtml());
    return found;
  }

  private static boolean chromiumInstalled() {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "chromium")) || Files.isExecutable(Path.of(d, "chromium-browser"))
            || Files.isExecutable(Path.of(d, "google-chrome")));
  }

  @Test
  void theIndexAndTheHongzePageRenderInHeadlessChromium() throws Exception {
    assumeTrue(chromiumInstalled(), "no Chromium on this machine: screenshots skipped");
    Path out = site();
    for (String page : List.of("index.html", "reports/00002-hongze-2023.txt.html")) {
      Path png = dir.resolve(page.replace('/', '-') + ".png");
      Process p = new ProcessBuilder("../scripts/chromium-screenshot.sh", out.resolve(page).toString(),
          png.toString()).inheritIO().start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium took more than two minutes");
      assertEquals(0, p.exitValue());
      byte[] bytes = Files.readAllBytes(png);
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
      assertTrue(bytes.length > 20_000, "a page with content: " + bytes.length);
    }
  }
}
