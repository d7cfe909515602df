package io.github.ogireport.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.DisclosureTable;
import io.github.ogireport.model.Figure;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.validation.Validated;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid report, rebuilt through the DSL from its values, is the same report. */
class RebuildProperties {

  @Provide
  Arbitrary<AnnualReport> e2019() {
    return Reports.validReports(Edition.E2019);
  }

  @Provide
  Arbitrary<AnnualReport> e2021() {
    return Reports.validReports(Edition.E2021);
  }

  @Property(tries = 200)
  void a2019ReportRebuiltThroughTheDslIsEqual(@ForAll("e2019") AnnualReport report) {
    Report2019 b = AnnualReports.edition2019(report.agency(), report.year());
    b.section2(s -> disclosures(report, s)).section3(s -> applications(report, s));
    assertRebuilt(report, common(report, b));
  }

  @Property(tries = 200)
  void a2021ReportRebuiltThroughTheDslIsEqual(@ForAll("e2021") AnnualReport report) {
    Report2021 b = AnnualReports.edition2021(report.agency(), report.year());
    b.section2(s -> disclosures(report, s)).section3(s -> applications(report, s));
    assertRebuilt(report, common(report, b));
  }

  private static void assertRebuilt(
      AnnualReport report, Validation<Seq<Violation>, Validated<AnnualReport>> rebuilt) {
    assertTrue(rebuilt.isValid(), () -> rebuilt.getError().mkString("\n"));
    assertEquals(report, rebuilt.get().report());
  }

  private static <B extends ReportBuilder<B>> Validation<Seq<Violation>, Validated<AnnualReport>>
      common(AnnualReport report, B b) {
    report.publicationDate().ifPresent(b::publishedOn);
    b.narratives(report.narratives());
    b.section4(
        s -> {
          Map<ReviewGroup, OutcomeCounts> groups = new EnumMap<>(ReviewGroup.class);
          for (ReviewGroup g : ReviewGroup.values()) {
            groups.put(
                g,
                OutcomeCounts.of(
                    report.section4().get(g, ReviewOutcome.UPHELD),
                    report.section4().get(g, ReviewOutcome.CORRECTED),
                    report.section4().get(g, ReviewOutcome.OTHER),
                    report.section4().get(g, ReviewOutcome.PENDING)));
          }
          s.groups(groups);
        });
    return b.build();
  }

  /** Section 三 from its values: a map of rows, as rows from a database would come. */
  private static void applications(AnnualReport report, Applications<?> s) {
    EditionTemplate t = report.edition().template();
    Map<ApplicationRow, ApplicantCounts> rows = new LinkedHashMap<>();
    for (RowDecl r : t.applications().rows()) {
      if (r.derived()) {
        continue;
      }
      ApplicationRow row = ApplicationRow.valueOf(r.key());
      Map<Applicant, Long> counts = new EnumMap<>(Applicant.class);
      for (Applicant a : Applicant.values()) {
        if (a != Applicant.TOTAL) {
          counts.put(a, report.section3().get(row, a));
        }
      }
      rows.put(row, ApplicantCounts.from(counts));
    }
    s.rows(rows);
  }

  /** Section 二 cell by cell: a number where the report has one, a blank elsewhere. */
  private static void disclosures(AnnualReport report, Disclosures<?> s) {
    EditionTemplate t = report.edition().template();
    for (DisclosureTable table : report.section2()) {
      for (CellRef c : t.cells()) {
        if (!c.table().equals(table.item().name())) {
          continue;
        }
        Figure f = table.cells().get(c);
        Article20Item item = Article20Item.valueOf(c.table());
        DisclosureRow row = DisclosureRow.valueOf(c.row());
        DisclosureColumn column = DisclosureColumn.valueOf(c.column());
        if (f == null) {
          s.blank(item, row, column);
        } else {
          s.cell(item, row, column, f);
        }
      }
    }
  }
}
