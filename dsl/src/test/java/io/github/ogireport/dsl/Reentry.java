package io.github.ogireport.dsl;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.DisclosureTable;
import io.github.ogireport.model.Figure;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.template.RowDecl;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Enters a report's values through the builder, as values from a database would come. */
final class Reentry {
  private Reentry() {}

  /** Section 二 cell by cell: a number where the report has one (or a changed one), else blank. */
  static void section2(AnnualReport report, Disclosures<?> s, Map<CellRef, Figure> changed) {
    EditionTemplate t = report.edition().template();
    for (DisclosureTable table : report.section2()) {
      for (CellRef c : t.cells()) {
        if (!c.table().equals(table.item().name())) {
          continue;
        }
        Figure f = changed.getOrDefault(c, table.cells().get(c));
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

  /** Section 三 from its values: a map of rows. */
  static void section3(AnnualReport report, Applications<?> s) {
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

  /** Section 四 from its values: a map of groups. */
  static void section4(AnnualReport report, ReviewSection s) {
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
  }
}
