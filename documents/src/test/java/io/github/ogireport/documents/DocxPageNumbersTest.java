package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.testkit.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page numbers where a word processor puts them: the seed report's Word document (five pages)
 * turned into PDF by LibreOffice, and each page's {@code — n —} found with PDFBox, at the right of
 * odd pages and at the left of even pages, one character (4号, 14 pt) in from the edge of the text
 * (GB/T 9704-2012 7.5). Skipped where LibreOffice is not installed.
 */
class DocxPageNumbersTest {

  /** A4's width and the document's left and right margins, in points (twips / 20). */
  private static final double PAGE_WIDTH = 11906 / 20.0;
  private static final double MARGIN_LEFT = 1588 / 20.0;
  private static final double MARGIN_RIGHT = 1474 / 20.0;
  private static final double ONE_CHARACTER = 14;

  @Test
  void oddPagesNumberedAtTheRightAndEvenPagesAtTheLeft(@TempDir Path dir) throws Exception {
    Optional<String> soffice = Stream.of("soffice", "libreoffice").filter(DocxPageNumbersTest::onPath).findFirst();
    assumeTrue(soffice.isPresent(), "no LibreOffice on this machine: the rendered page numbers are not checked");
    AnnualReport report = ReportJson.readAnnualReport(Fixtures.text("seed-fangzheng-edu-2020.json"));
    Path docx = dir.resolve("seed.docx");
    Files.write(docx, DocxRenderer.docx(report));
    Process p = new ProcessBuilder(soffice.get(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    File pdfFile = dir.resolve("seed.pdf").toFile();
    assertTrue(pdfFile.isFile(), () -> "LibreOffice made no PDF: " + log(dir));
    try (PDDocument pdf = Loader.loadPDF(pdfFile)) {
      assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        Line number = pageNumber(pdf, page);
        assertEquals("—" + page + "—", number.text().replace(" ", ""), "page " + page);
        if (page % 2 == 1) {
          assertEquals(PAGE_WIDTH - MARGIN_RIGHT - ONE_CHARACTER, number.right(), 3.0, "page " + page + ": its right end");
        } else {
          assertEquals(MARGIN_LEFT + ONE_CHARACTER, number.left(), 3.0, "page " + page + ": its left end");
        }
      }
    }
  }

  /** A line of text on a page, and where it begins and ends across the page (points). */
  private record Line(String text, double left, double right) {}

  /** The one line of a page that is a page number, {@code — n —}. */
  private static Line pageNumber(PDDocument pdf, int page) throws IOException {
    List<Line> found = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        if (text.strip().matches("—\\s*\\d+\\s*—")) {
          TextPosition last = positions.get(positions.size() - 1);
          found.add(new Line(text.strip(), positions.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
        }
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    assertEquals(1, found.size(), "page " + page + ": " + found);
    return found.get(0);
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  private static String log(Path dir) {
    try {
      return Files.readString(dir.resolve("soffice.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
