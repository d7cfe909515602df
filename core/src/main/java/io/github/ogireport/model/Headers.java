package io.github.ogireport.model;

import io.github.ogireport.template.Edition;

/** Checks shared by both kinds of report. */
final class Headers {
  /** One character that names something. */
  static final java.util.regex.Pattern NAMING =
      java.util.regex.Pattern.compile(ReportHeader.NAMING_CHARACTER);

  private Headers() {}

  /**
   * The structural checks of a header. The agency and the year are not judged here: a blank agency,
   * a year out of range or a year the edition does not cover are violations that {@code
   * ReportValidator} lists with every other ({@code AGENCY}, {@code YEAR}, {@code EDITION_YEAR}), so
   * that a builder reports them all at once.
   */
  static void check(ReportHeader r) {
    java.util.Objects.requireNonNull(r.agency(), "agency");
  }

  static void sameEdition(ReportHeader r, Edition part, String what) {
    if (part != r.edition()) {
      throw new IllegalStateException(
          what + " is of the " + part.id() + " edition, the report of the " + r.edition().id());
    }
  }
}
