package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.documents.DocumentReading.NotRead;
import io.github.ogireport.documents.DocumentReading.Outcome;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** PDF and Word files that hold a report but cannot be read say why, in one line. */
class UnreadableDocumentsTest {

  private static NotRead notRead(byte[] bytes, DocumentFormat format, String words) {
    DocumentReading r = ReportDocuments.read(bytes);
    NotRead n = assertInstanceOf(NotRead.class, r, r::toString);
    assertEquals(format, n.format());
    assertEquals(Outcome.CANNOT_READ, n.outcome());
    assertTrue(n.reason().contains(words), n::toString);
    return n;
  }

  @Test
  void aScannedPdfIsToBeOcred() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 2; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        scan.getGraphics().fillRect(20, 20, 160, 10);
        PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      notRead(out.toByteArray(), DocumentFormat.PDF, "no text layer: OCR it first");
    }
  }

  @Test
  void aPdfThatNeedsAPasswordSaysSo() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      notRead(out.toByteArray(), DocumentFormat.PDF, "password");
    }
  }

  @Test
  void aDamagedWordDocumentSaysSo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document><not closed".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    notRead(out.toByteArray(), DocumentFormat.DOCX, "damaged Word document");
  }
}
