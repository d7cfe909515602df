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
