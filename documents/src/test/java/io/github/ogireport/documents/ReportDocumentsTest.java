package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.documents.DocumentReading.NotRead;
import io.github.ogireport.documents.DocumentReading.Outcome;
import io.github.ogireport.documents.DocumentReading.Read;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.testkit.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The format is told from the bytes; text in every encoding reads as the same report. */
class ReportDocumentsTest {
  private static final String SAMPLE = "hongze-2024.txt";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Read read(byte[] bytes, DocumentFormat format) {
    DocumentReading r = ReportDocuments.read(bytes);
    assertEquals(format, r.format(), r::toString);
    return assertInstanceOf(Read.class, r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "GB18030", "GBK"})
  void aTextSampleReadsTheSameInEveryEncoding(String encoding) {
    String text = Samples.text(SAMPLE);
    byte[] bytes =
        switch (encoding) {
          case "UTF-8 BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
          case "UTF-16LE BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
          case "UTF-16BE BOM" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
          default -> text.getBytes(Charset.forName(encoding.replace(" BOM", "")));
        };
    Read r = read(bytes, DocumentFormat.TEXT);
    assertEquals(ReportReader.readText(text), r.result());
    assertEquals("淮安市洪泽区人民政府", r.result().report().agency());
  }

  @Test
  void anHtmlPageIsToldFromItsMarkup() {
    String html = Samples.text("pingtan-2023.html");
    Read r = read(html.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML);
    assertEquals(ReportReader.readHtml(html), r.result());
    assertEquals(2023, r.result().report().year());
  }

  @Test
  void aFileIsReadByItsContentNotItsName(@TempDir Path dir) throws IOException {
    Path misnamed = dir.resolve("report.pdf");
    Files.writeString(misnamed, Samples.text(SAMPLE));
    DocumentReading r = ReportDocuments.read(misnamed);
    assertEquals(DocumentFormat.TEXT, r.format());
    assertInstanceOf(Read.class, r);
  }

  private static NotRead notRead(byte[] bytes, DocumentFormat format, Outcome outcome, String words) {
    DocumentReading r = ReportDocuments.read(bytes);
    NotRead n = assertInstanceOf(NotRead.class, r, r::toString);
    assertEquals(format, n.format(), n::toString);
    assertEquals(outcome, n.outcome(), n::toString);
    assertTrue(n.reason().contains(words), n::toString);
    return n;
  }

  @Test
  void emptyAndBlankFilesAreNotReports() {
    notRead(new byte[0], DocumentFormat.EMPTY, Outcome.NOT_A_REPORT, "empty");
    notRead(" \n\t\r\n".getBytes(StandardCharsets.UTF_8), DocumentFormat.EMPTY, Outcome.NOT_A_REPORT, "white space");
    notRead(null, DocumentFormat.EMPTY, Outcome.NOT_A_REPORT, "empty");
  }

  @Test
  void theLibrarysOwnJsonIsNotAPrintedReport() {
    byte[] json = Fixtures.text("huaian-2024.json").getBytes(StandardCharsets.UTF_8);
    notRead(json, DocumentFormat.JSON, Outcome.NOT_A_REPORT, "ReportJson");
  }

  @Test
  void binaryDataIsNotAReport() {
    byte[] noise = new byte[4096];
    new Random(8).nextBytes(noise);
    noise[0] = 0x01;
    notRead(noise, DocumentFormat.BINARY, Outcome.NOT_A_REPORT, "binary");
  }

  @Test
  void textWithoutAnySectionIsNotAReport() {
    byte[] text = "会议纪要\n今天天气很好。\n".getBytes(StandardCharsets.UTF_8);
    NotRead n = notRead(text, DocumentFormat.TEXT, Outcome.NOT_A_REPORT, "");
    assertTrue(!n.reason().isBlank());
  }

  @Test
  void aWord97FileIsToldToBeSavedAsDocx() {
    byte[] ole2 = new byte[1024];
    int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    for (int i = 0; i < magic.length; i++) {
      ole2[i] = (byte) magic[i];
    }
    notRead(ole2, DocumentFormat.WORD_97, Outcome.CANNOT_READ, "Word 97 format: save as .docx");
  }

  @Test
  void aZipThatIsNoWordDocumentIsNotAReport() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    notRead(out.toByteArray(), DocumentFormat.ZIP, Outcome.NOT_A_REPORT, "not a Word document");
    byte[] truncated = java.util.Arrays.copyOf(out.toByteArray(), 20);
    notRead(truncated, DocumentFormat.ZIP, Outcome.NOT_A_REPORT, "not a Word document");
  }

  @Test
  void anImageIsToBeOcred() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    notRead(png, DocumentFormat.IMAGE, Outcome.CANNOT_READ, "OCR it first");
  }

  @Test
  void aFakePdfCannotBeRead() {
    byte[] fake = "%PDF-1.7\nthis is not a PDF at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    notRead(fake, DocumentFormat.PDF, Outcome.CANNOT_READ, "");
  }

  @Test
  void aFolderOrAMissingFileCannotBeRead(@TempDir Path dir) {
    assertEquals(Outcome.CANNOT_READ, ((NotRead) ReportDocuments.read(dir)).outcome());
    assertEquals(Outcome.CANNOT_READ, ((NotRead) ReportDocuments.read(dir.resolve("none.pdf"))).outcome());
  }
}
