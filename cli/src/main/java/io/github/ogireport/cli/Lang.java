package io.github.ogireport.cli;

import io.github.ogireport.documents.DocumentReading;
import io.github.ogireport.read.ReadingProblem;
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

  /** The Chinese or the English words, whichever this language is. */
  String t(String zh, String en) {
    return this == Lang.zh ? zh : en;
  }

  /** The word for an agency or year the reader did not find: {@code 未识别} / {@code not found}. */
  String notFound() {
    return t("未识别", "not found");
  }

  /** A verdict in words: {@code 有错误} / {@code error}. */
  String status(FileCheck.Status s) {
    return switch (s) {
      case ERROR -> t("有错误", "error");
      case NOTHING_TO_CHECK -> t("无从核对", "nothing to check");
      case INCOMPLETE -> t("不完整", "incomplete");
      case CLEAN -> t("无误", "clean");
      case NOT_A_REPORT -> notAReport;
      case CANNOT_READ -> cannotRead;
      case SKIPPED -> skipped;
    };
  }

  /**
   * Why the documents module read no report, in this language. Its reason is English only: in
   * Chinese the file's kind is said in Chinese and the English reason follows as the detail
   * ({@code PDF 文件（the PDF is encrypted: …）}); the outcome is the verdict word before it.
   */
  String reason(DocumentReading.NotRead n) {
    if (this == en) {
      return n.reason();
    }
    String what = switch (n.format()) {
      case PDF -> "PDF 文件";
      case DOCX -> "Word 文件";
      case WORD_97 -> "Word 97–2003 文件";
      case HTML -> "网页";
      case TEXT -> "文本文件";
      case JSON -> "JSON 文件";
      case ZIP -> "zip 压缩包";
      case IMAGE -> "图片";
      case EMPTY -> "空文件";
      default -> "无法识别格式的文件";
    };
    return what + open + n.reason() + close;
  }

  /**
   * A reading problem's kind in words ({@code 未找到行}); the reader's detail, English only, follows
   * it in the text, JSON and site.
   */
  String problemKind(ReadingProblem.Kind k) {
    return switch (k) {
      case SECTION_NOT_FOUND -> t("未找到章节", "section not found");
      case TABLE_NOT_FOUND -> t("未找到表格", "table not found");
      case ROW_NOT_FOUND -> t("未找到行", "row not found");
      case CELL_UNREADABLE -> t("单元格无法识别为数字", "cells not read as numbers");
      case TITLE_NOT_FOUND -> t("标题中未找到机关或年度", "agency or year not found in the title");
      case EDITION_FROM_YEAR -> t("无法从标签判断版本，按年度确定", "edition told from the year, not the labels");
      case NOT_A_REPORT -> t("不是报告", "not a report");
      default -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '); // a kind added later
    };
  }

  /** A reading problem in one line: {@code 未找到行：row 规章 not found}. */
  String problem(ReadingProblem p) {
    return problemKind(p.kind()) + colon + p.message();
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
