package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The 2021 edition's .docx has the official Word template's table structure: the same tables, the
 * same rows, in each row the same cells with the same {@code gridSpan} and {@code vMerge}, and the
 * same label in every cell the template labels (the template's number cells are empty).
 */
class DocxTemplateStructureTest {

  @Test
  void theTablesHaveTheTemplatesRowsMergedCellsAndLabels() throws IOException {
    List<WordTable> template;
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(TestFiles.bytes("/official-template-2021.docx")))) {
      template = doc.getTables().stream().map(WordTable::of).toList();
    }
    AnnualReport report = Reports.validReports(Edition.E2021).sample();
    List<WordTable> rendered;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.docx(report)))) {
      rendered = doc.getTables().stream().map(WordTable::of).toList();
    }
    assertEquals(3, template.size());
    assertEquals(template.size(), rendered.size());
    for (int t = 0; t < template.size(); t++) {
      WordTable expected = template.get(t);
      WordTable actual = rendered.get(t);
      assertEquals(expected.shapes(), actual.shapes(), "table " + (t + 1) + ": rows and merged cells");
      assertEquals(labels(expected), labels(actual), "table " + (t + 1) + ": labels");
    }
  }

  /** The text of every cell the template fills, whitespace removed; number cells left out. */
  private static List<List<String>> labels(WordTable table) {
    List<List<String>> out = new ArrayList<>();
    for (List<WordTable.Cell> row : table.rows()) {
      List<String> line = new ArrayList<>();
      for (WordTable.Cell c : row) {
        if (!c.text().isBlank() && !c.text().matches("[\\d.]+")) {
          line.add(c.text().replaceAll("\\s+", ""));
        }
      }
      out.add(line);
    }
    return out;
  }
}
