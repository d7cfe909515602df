package io.github.ogireport.read;

import io.github.ogireport.template.Edition;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The first stage of reading: the agency and the year, from the title (a line, or two lines when
 * the title is wrapped), else the year from the statistics period and the agency from the closing
 * signature. Every search is a plain scan of a bounded part of the normalised text: no pattern can
 * backtrack on a long line.
 */
final class Header {
  /** The report's name, the same in every edition. */
  static final String TITLE_WORDS = Source.normalize(Edition.E2021.template().title());

  /** How many pieces from the start may hold the title. */
  private static final int TITLE_PIECES = 60;
  /** How much of one piece is searched for the title. */
  private static final int TITLE_CHARS = 600;
  /** The longest agency name taken from a title. */
  private static final int AGENCY_MAX = 40;

  final Optional<String> agency;
  final OptionalInt year;
  /** Where the title ends in the normalised text, or -1. */
  final int titleEnd;

  private Header(Optional<String> agency, OptionalInt year, int titleEnd) {
    this.agency = agency;
    this.year = year;
    this.titleEnd = titleEnd;
  }

  static Header of(Source src, String closing) {
    Optional<String> agency = Optional.empty();
    OptionalInt year = OptionalInt.empty();
    int titleEnd = -1;
    int n = Math.min(src.pieces.size(), TITLE_PIECES);
    for (int i = 0; i < n && agency.isEmpty(); i++) {
      String one = cap(Source.normalize(cap(src.pieces.get(i).raw())));
      int at = one.indexOf(TITLE_WORDS);
      if (at < 0 && i + 1 < src.pieces.size()) {
        // A title wrapped over two lines, its name cut: 方正县教育局2020年政府信息公开工作 / 年度报告.
        String two = one + cap(Source.normalize(cap(src.pieces.get(i + 1).raw())));
        at = two.indexOf(TITLE_WORDS);
        one = at >= 0 && at < one.length() ? two : one;
        at = at >= 0 && at < one.length() ? at : -1;
      }
      if (at < 0) {
        continue;
      }
      Title t = title(one.substring(0, at));
      if (t != null && t.agency().length() < 4 && i > 0) {
        // A title wrapped before its year: the agency (or its start) is on the line before.
        String before = cap(Source.normalize(cap(src.pieces.get(i - 1).raw())));
        Title joined = title(before + one.substring(0, at));
        if (joined != null && plainName(before)) {
          t = joined;
        }
      }
      if (t != null) {
        if (!t.agency().isEmpty()) {
          agency = Optional.of(t.agency());
        }
        if (t.year() > 0 && year.isEmpty()) {
          year = OptionalInt.of(t.year());
        }
        int start = src.norm.indexOf(one.substring(0, at + TITLE_WORDS.length()));
        titleEnd = start < 0 ? titleEnd : start + at + TITLE_WORDS.length();
      }
    }
    if (year.isEmpty()) {
      year = statisticsPeriod(src.norm.substring(0, Math.min(src.norm.length(), 20_000)));
    }
    if (agency.isEmpty()) {
      agency = signature(closing);
    }
    return new Header(agency, year, titleEnd);
  }

  /** Whether a normalised line is a report's title: {@code <agency><year>年[度]} and the name. */
  static boolean isTitle(String line) {
    int at = line.indexOf(TITLE_WORDS);
    Title t = at < 0 ? null : title(line.substring(0, at));
    return t != null;
  }

  private static String cap(String s) {
    return s.length() > TITLE_CHARS ? s.substring(0, TITLE_CHARS) : s;
  }

  private record Title(String agency, int year) {}

  /**
   * The agency and year in the text before the report's name: {@code <agency><year>年[度]}, the
   * agency after the last label mark ({@code 标题：}, {@code 《}); null when that text is a sentence
   * or a path rather than a title.
   */
  private static Title title(String before) {
    int end = before.length();
    if (end > 0 && before.charAt(end - 1) == '度') {
      end--;
    }
    if (end == 0 || before.charAt(end - 1) != '年') {
      return null;
    }
    end--;
    int yearStart = end;
    while (yearStart > 0 && yearDigit(before.charAt(yearStart - 1)) >= 0 && end - yearStart < 4) {
      yearStart--;
    }
    int year = 0;
    if (end - yearStart == 4) {
      for (int k = yearStart; k < end; k++) {
        year = year * 10 + yearDigit(before.charAt(k));
      }
    } else {
      return null;
    }
    String agency = before.substring(0, yearStart);
    int cut = -1;
    for (int k = 0; k < agency.length(); k++) {
      if (":：《\"【[(（".indexOf(agency.charAt(k)) >= 0) {
        cut = k;
      }
    }
    agency = agency.substring(cut + 1);
    for (String lead : List.of("关于", "现将", "印发")) {
      if (agency.startsWith(lead)) {
        agency = agency.substring(lead.length());
      }
    }
    StringBuilder kept = new StringBuilder(agency.length());
    for (int k = 0; k < agency.length(); k++) {
      if ("》\"【】[]".indexOf(agency.charAt(k)) < 0) {
        kept.append(agency.charAt(k));
      }
    }
    agency = kept.toString();
    int first = 0;
    while (first < agency.length() && !Character.isLetterOrDigit(agency.charAt(first))) {
      first++;
    }
    agency = agency.substring(first);
    if (!agency.isEmpty() && (agency.length() > AGENCY_MAX || !plainName(agency))) {
      return null; // a sentence, a URL path or a file name, not a title
    }
    return new Title(agency, year);
  }

  /** Whether a text can be (part of) a name: no sentence punctuation, no path, no digits. */
  private static boolean plainName(String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (",.;!?。;/\\_=&%#@".indexOf(c) >= 0 || Character.isDigit(c)) {
        return false;
      }
    }
    return !text.isEmpty() && text.length() <= AGENCY_MAX;
  }

  /** A digit of a year: ASCII (after normalisation) or a Chinese numeral (二〇二四). */
  static int yearDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int k = "〇一二三四五六七八九".indexOf(c);
    if (k >= 0) {
      return k;
    }
    return c == '零' ? 0 : -1;
  }

  /**
   * The year of a statistics period printed as {@code 自<year>年1月1日[起]至<year>年12月31日}, when
   * both years agree.
   */
  private static OptionalInt statisticsPeriod(String norm) {
    int from = 0;
    while (true) {
      int k = norm.indexOf("年1月1日", from);
      if (k < 0) {
        return OptionalInt.empty();
      }
      from = k + 1;
      int y = yearBefore(norm, k);
      int to = norm.indexOf("年12月31日", k);
      if (y > 0 && to > k && to - k < 30 && yearBefore(norm, to) == y) {
        return OptionalInt.of(y);
      }
    }
  }

  private static int yearBefore(String s, int end) {
    if (end < 4) {
      return -1;
    }
    int y = 0;
    for (int k = end - 4; k < end; k++) {
      int d = yearDigit(s.charAt(k));
      if (d < 0) {
        return -1;
      }
      y = y * 10 + d;
    }
    return end > 4 && yearDigit(s.charAt(end - 5)) >= 0 ? -1 : y;
  }

  /** The agency from the closing signature (a name line above the date), when it looks like one. */
  static Optional<String> signature(String closing) {
    List<String> lines = closing.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() < 2) {
      return Optional.empty();
    }
    String name = Source.normalize(lines.get(0));
    return plainName(name) && name.length() >= 4 ? Optional.of(lines.get(0).strip()) : Optional.empty();
  }
}
