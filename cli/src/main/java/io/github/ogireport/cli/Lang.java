package io.github.ogireport.cli;

import io.github.ogireport.validation.Violation;

/** The language of the checker's messages: Chinese or English, never both on one line. */
public enum Lang {
  /** Chinese. */
  zh("：", "，", "；", "（", "）", "年版", "个错误", "个错误", "个警告", "个警告", "个读取问题", "个读取问题",
      "错误", "警告", "位置", "应为", "实为", "读取问题", "不是报告", "无法读取", "已跳过",
      "合计", "份报告", "份有错误", "份不完整", "个文件未读取", "个已跳过", "系列", "年", "另有 %d 处同类"),
  /** English. */
  en(": ", ", ", "; ", " (", ")", " edition", "error", "errors", "warning", "warnings",
      "reading problem", "reading problems", "error", "warning", "at", "expected", "found",
      "reading problem", "not a report", "cannot read", "skipped", "summary", "reports",
      "with errors", "incomplete", "not read", "skipped", "series", "", "and %d more alike");

  final String colon;
  final String comma;
  final String semicolon;
  final String open;
  final String close;
  final String edition;
  private final String error1;
  private final String errors;
  private final String warning1;
  private final String warnings;
  private final String problem1;
  private final String problems;
  final String errorWord;
  final String warningWord;
  final String at;
  final String expected;
  final String found;
  final String readingProblem;
  final String notAReport;
  final String cannotRead;
  final String skipped;
  final String summary;
  final String reportsWord;
  final String withErrors;
  final String incomplete;
  final String notRead;
  final String skippedCount;
  final String series;
  final String yearSuffix;
  final String moreAlike;

  Lang(String colon, String comma, String semicolon, String open, String close, String edition,
      String error1, String errors, String warning1, String warnings, String problem1,
      String problems, String errorWord, String warningWord, String at, String expected,
      String found, String readingProblem, String notAReport, String cannotRead, String skipped,
      String summary, String reportsWord, String withErrors, String incomplete, String notRead,
      String skippedCount, String series, String yearSuffix, String moreAlike) {
    this.colon = colon;
    this.comma = comma;
    this.semicolon = semicolon;
    this.open = open;
    this.close = close;
    this.edition = edition;
    this.error1 = error1;
    this.errors = errors;
    this.warning1 = warning1;
    this.warnings = warnings;
    this.problem1 = problem1;
    this.problems = problems;
    this.errorWord = errorWord;
    this.warningWord = warningWord;
    this.at = at;
    this.expected = expected;
    this.found = found;
    this.readingProblem = readingProblem;
    this.notAReport = notAReport;
    this.cannotRead = cannotRead;
    this.skipped = skipped;
    this.summary = summary;
    this.reportsWord = reportsWord;
    this.withErrors = withErrors;
    this.incomplete = incomplete;
    this.notRead = notRead;
    this.skippedCount = skippedCount;
    this.series = series;
    this.yearSuffix = yearSuffix;
    this.moreAlike = moreAlike;
  }

  /** A violation's message in this language. */
  String message(Violation v) {
    return this == zh ? v.messageZh() : v.messageEn();
  }

  /** The word for a violation's severity. */
  String severity(Violation v) {
    return v.isError() ? errorWord : warningWord;
  }

  /** {@code 2 errors} / {@code 2 个错误}. */
  String errors(long n) {
    return count(n, error1, errors);
  }

  /** {@code 1 warning} / {@code 1 个警告}. */
  String warnings(long n) {
    return count(n, warning1, warnings);
  }

  /** {@code 1 reading problem} / {@code 1 个读取问题}. */
  String problems(long n) {
    return count(n, problem1, problems);
  }

  private String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
