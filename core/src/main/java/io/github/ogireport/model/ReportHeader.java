package io.github.ogireport.model;

import io.github.ogireport.template.Edition;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What every report, built or printed, says about itself: the edition, the agency, the year and the
 * publication date, and its text.
 */
public interface ReportHeader {
  /**
   * A regular expression that matches one character that can name something: any character except
   * white space and the invisible spaces (the no-break, ideographic and zero-width spaces, the byte
   * order mark). It is written with {@code \\u} escapes only, so that it means the same in Java and
   * in the ECMA-262 dialect of JSON Schema; the published schemas use it for {@code "agency"}.
   */
  String NAMING_CHARACTER =
      "[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200b\\u2028\\u2029"
          + "\\u202f\\u205f\\u3000\\ufeff]";

  /**
   * Whether a name names nothing: it is empty or has only white space and invisible spaces (see
   * {@link #NAMING_CHARACTER}). A report whose agency is blank has an {@code AGENCY} error.
   *
   * @param name a name
   * @return true when no character of it can name anything
   */
  static boolean isBlankName(String name) {
    return !Headers.NAMING.matcher(name).find();
  }

  /**
   * The template edition the report follows.
   *
   * @return the edition
   */
  Edition edition();

  /**
   * The agency (机关) that publishes the report, as it names itself.
   *
   * @return for example {@code 方正县教育局}
   */
  String agency();

  /**
   * The year the report covers.
   *
   * @return for example 2020
   */
  int year();

  /**
   * The date the report was published, when known.
   *
   * @return the date, or empty
   */
  Optional<LocalDate> publicationDate();

  /**
   * The narrative sections and other text.
   *
   * @return the narratives
   */
  Narratives narratives();
}
