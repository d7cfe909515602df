package io.github.ogireport.model;

import io.github.ogireport.template.Edition;

/** Checks shared by both kinds of report. */
final class Headers {
  private Headers() {}

  static void check(ReportHeader r) {
    if (r.agency().isBlank()) {
      throw new IllegalStateException("the agency must not be blank");
    }
    if (r.year() < 2019 || r.year() > 9999) {
      throw new IllegalStateException(
          "the report year must be 2019 or later (the first edition of the format): " + r.year());
    }
  }

  static void sameEdition(ReportHeader r, Edition part, String what) {
    if (part != r.edition()) {
      throw new IllegalStateException(
          what + " is of the " + part.id() + " edition, the report of the " + r.edition().id());
    }
  }
}
