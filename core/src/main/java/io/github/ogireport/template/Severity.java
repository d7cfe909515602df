package io.github.ogireport.template;

/** How serious a broken identity is. */
public enum Severity {
  /** The printed numbers contradict each other or the template: the report is wrong. */
  ERROR,
  /** Something is suspicious or incomplete, but the report may still be right. */
  WARNING
}
