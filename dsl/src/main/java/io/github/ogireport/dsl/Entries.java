package io.github.ogireport.dsl;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/** The cells entered so far: a number, or a blank entered on purpose (section 二 only). */
final class Entries {
  final Edition edition;
  final EditionTemplate template;
  final Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();

  Entries(Edition edition) {
    this.edition = edition;
    this.template = edition.template();
  }

  void put(CellRef cell, PrintedCell value) {
    if (cells.containsKey(cell)) {
      throw new IllegalStateException(cell + " is entered twice");
    }
    cells.put(cell, value);
  }

  void count(CellRef cell, long value) {
    put(cell, PrintedCell.of(Figure.count(value)));
  }

  void count(ApplicationRow row, Applicant applicant, long value) {
    count(template.cell(row, applicant), value);
  }

  void row(ApplicationRow row, ApplicantCounts counts) {
    for (Applicant a : Applicant.values()) {
      if (a != Applicant.TOTAL) {
        count(row, a, counts.get(a));
      }
    }
  }

  void group(ReviewGroup group, OutcomeCounts counts) {
    for (ReviewOutcome o : ReviewOutcome.values()) {
      if (o != ReviewOutcome.TOTAL) {
        count(template.cell(group, o), counts.get(o));
      }
    }
  }

  boolean entered(CellRef cell) {
    return cells.containsKey(cell);
  }

  /** The row steps of a section 三 row, returning to {@code section}. */
  <S> RowSteps.NaturalPerson<S> applicants(ApplicationRow row, S section) {
    CellRef first = template.cell(row, Applicant.NATURAL_PERSON); // fails fast for another edition's row
    if (template.isAlternative(first)) {
      throw new IllegalArgumentException(
          "the " + edition.id() + " edition has no row " + row + " in a report built in code ("
              + first.rowLabel() + " is an earlier edition's row that only printed reports hold)");
    }
    return new ApplicantSteps<>(this, row, section);
  }

  /** The steps of a section 四 group, returning to {@code section}. */
  <S> RowSteps.Upheld<S> outcomes(ReviewGroup group, S section) {
    return new OutcomeSteps<>(this, group, section);
  }

  private static final class ApplicantSteps<S>
      implements RowSteps.NaturalPerson<S>,
          RowSteps.CommercialEnterprise<S>,
          RowSteps.ResearchInstitution<S>,
          RowSteps.PublicInterestOrganization<S>,
          RowSteps.LegalServiceInstitution<S>,
          RowSteps.OtherOrganization<S> {
    private final Entries entries;
    private final ApplicationRow row;
    private final S section;

    ApplicantSteps(Entries entries, ApplicationRow row, S section) {
      this.entries = entries;
      this.row = row;
      this.section = section;
    }

    private ApplicantSteps<S> set(Applicant a, long count) {
      entries.count(row, a, count);
      return this;
    }

    @Override
    public RowSteps.CommercialEnterprise<S> naturalPerson(long count) {
      return set(Applicant.NATURAL_PERSON, count);
    }

    @Override
    public S counts(ApplicantCounts counts) {
      entries.row(row, counts);
      return section;
    }

    @Override
    public S zeros() {
      return counts(ApplicantCounts.zeros());
    }

    @Override
    public RowSteps.ResearchInstitution<S> commercialEnterprise(long count) {
      return set(Applicant.COMMERCIAL_ENTERPRISE, count);
    }

    @Override
    public RowSteps.PublicInterestOrganization<S> researchInstitution(long count) {
      return set(Applicant.RESEARCH_INSTITUTION, count);
    }

    @Override
    public RowSteps.LegalServiceInstitution<S> publicInterestOrganization(long count) {
      return set(Applicant.PUBLIC_INTEREST_ORGANIZATION, count);
    }

    @Override
    public RowSteps.OtherOrganization<S> legalServiceInstitution(long count) {
      return set(Applicant.LEGAL_SERVICE_INSTITUTION, count);
    }

    @Override
    public S otherOrganization(long count) {
      set(Applicant.OTHER_ORGANIZATION, count);
      return section;
    }
  }

  private static final class OutcomeSteps<S>
      implements RowSteps.Upheld<S>, RowSteps.Corrected<S>, RowSteps.OtherOutcome<S>, RowSteps.Pending<S> {
    private final Entries entries;
    private final ReviewGroup group;
    private final S section;

    OutcomeSteps(Entries entries, ReviewGroup group, S section) {
      this.entries = entries;
      this.group = group;
      this.section = section;
    }

    private OutcomeSteps<S> set(ReviewOutcome o, long count) {
      entries.count(entries.template.cell(group, o), count);
      return this;
    }

    @Override
    public RowSteps.Corrected<S> upheld(long count) {
      return set(ReviewOutcome.UPHELD, count);
    }

    @Override
    public S counts(OutcomeCounts counts) {
      entries.group(group, counts);
      return section;
    }

    @Override
    public S zeros() {
      return counts(OutcomeCounts.zeros());
    }

    @Override
    public RowSteps.OtherOutcome<S> corrected(long count) {
      return set(ReviewOutcome.CORRECTED, count);
    }

    @Override
    public RowSteps.Pending<S> otherOutcome(long count) {
      return set(ReviewOutcome.OTHER, count);
    }

    @Override
    public S pending(long count) {
      set(ReviewOutcome.PENDING, count);
      return section;
    }
  }
}
