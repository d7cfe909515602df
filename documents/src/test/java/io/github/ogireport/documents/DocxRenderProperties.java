package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.ColumnDecl;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.PrintedText;
import io.github.ogireport.testkit.ReadBack;
import io.github.ogireport.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The .docx of every valid report, of either edition, holds the report: read with POI, each
 * declared cell of each table is at the place the declaration gives it (header labels over it, row
 * labels before it, merged cells expanded as a reader sees them) and shows the model's number; and
 * the document read back by the library's own reader ({@link ReportDocuments}) is the same report,
 * with no reading problem and no violation.
 *
 * <p>As in core's read-back property, a report that states 信息处理费 facts gets a section 六 text
 * that does not mention the fee ({@link ReadBack#feesInFactsOnly}), so only the renderer's
 * own sentence can satisfy I11.
 */
class DocxRenderProperties {

  @Provide
  Arbitrary<AnnualReport> valid2019() {
    return ReadBack.validReports(Edition.E2019);
  }

  @Provide
  Arbitrary<AnnualReport> valid2021() {
    return ReadBack.validReports(Edition.E2021);
  }

  @Property(tries = 30)
  void a2019ReportsDocumentHoldsTheReport(@ForAll("valid2019") AnnualReport report) throws IOException {
    holdsTheReport(report);
  }

  @Property(tries = 30)
  void a2021ReportsDocumentHoldsTheReport(@ForAll("valid2021") AnnualReport report) throws IOException {
    holdsTheReport(report);
  }

  private static void holdsTheReport(AnnualReport report) throws IOException {
    PrintedReport printed = report.toPrinted();
    assertEquals(List.of(), ReportValidator.violations(printed).toJavaList());
    byte[] docx = DocxRenderer.docx(printed);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      everyCellIsWhereTheDeclarationPutsIt(printed, doc.getTables().stream().map(WordTable::of).toList());
    }
    DocumentReading reading = ReportDocuments.read(docx);
    assertEquals(DocumentFormat.DOCX, reading.format(), reading::toString);
    ReadResult read = assertInstanceOf(DocumentReading.Read.class, reading, reading::toString).result();
    assertEquals(List.of(), ReadBack.differences(printed, read));
  }

  /**
   * Section 二's items follow each other in the first table, each under a caption row; sections 三
   * and 四 have a table each.
   */
  private static void everyCellIsWhereTheDeclarationPutsIt(PrintedReport report, List<WordTable> tables) {
    EditionTemplate t = report.edition().template();
    assertEquals(3, tables.size());
    int disclosureRow = 0;
    for (TableDecl d : t.tables()) {
      WordTable table = tables.get(d.section() == Section.TWO ? 0 : d.section() == Section.THREE ? 1 : 2);
      int top = 0;
      if (d.section() == Section.TWO) {
        assertEquals(d.caption(), table.at(disclosureRow, 0), d.key());
        top = disclosureRow + 1;
      }
      List<RowDecl> rows = report.printedRows(d);
      int depth = 0;
      for (ColumnDecl c : d.columns()) {
        depth = Math.max(depth, path(d, c).size());
      }
      if (d.printedAcross()) {
        depth = 0;
        for (RowDecl r : rows) {
          depth = Math.max(depth, r.groups().size() + 2);
        }
      }
      int labels = 0;
      for (RowDecl r : rows) {
        labels = d.printedAcross() ? 0 : Math.max(labels, r.groups().size() + 1);
      }
      for (int r = 0; r < rows.size(); r++) {
        RowDecl row = rows.get(r);
        for (int c = 0; c < d.columns().size(); c++) {
          ColumnDecl column = d.columns().get(c);
          CellRef cell = t.findCell(d.key(), row.key(), column.key()).orElseThrow();
          int y = top + depth + (d.printedAcross() ? 0 : r);
          int x = d.printedAcross() ? r * d.columns().size() + c : labels + c;
          assertEquals(
              PrintedText.of(t, cell, report.cell(cell)), table.at(y, x), cell.toString());
          List<String> header = new ArrayList<>(d.printedAcross() ? row.groups() : path(d, column));
          if (d.printedAcross()) {
            header.add(row.label());
            header.add(column.label());
          }
          for (int level = 0; level < depth; level++) {
            String label = header.get(Math.min(level, header.size() - 1));
            assertEquals(label, table.at(top + level, x), cell + " header " + level);
          }
          if (!d.printedAcross()) {
            List<String> labelPath = new ArrayList<>(row.groups());
            labelPath.add(row.label());
            for (int level = 0; level < labels; level++) {
              String label = labelPath.get(Math.min(level, labelPath.size() - 1));
              assertEquals(label, table.at(y, level), cell + " row label " + level);
            }
          }
        }
      }
      if (d.section() == Section.TWO) {
        disclosureRow = top + depth + rows.size();
      }
    }
  }

  private static List<String> path(TableDecl d, ColumnDecl c) {
    List<String> p = new ArrayList<>();
    d.columnHeader().ifPresent(p::add);
    p.addAll(c.groups());
    p.add(c.label());
    return p;
  }


}
