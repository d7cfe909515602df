package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader's hand-written scans give what the patterns and the per-character normaliser they
 * replaced gave: on every character of the Basic Multilingual Plane, and on generated texts made of
 * the characters reports print (digits, separators, signs, blank marks, white space, footnote
 * marks, full-width forms, CJK text, combining marks).
 */
class FastPathProperties {
  private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

  /** Texts of the characters that matter to the scans, and of a few that do not. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> chars =
        Arbitraries.oneOf(
            Arbitraries.of('0', '1', '5', '9', ',', '.', '+', '-', ' ', '\t', '\n', '\r', '\u000b',
                '\f', '/', '—', '无', '空', '\\', '－', '／', '，', '、', '。', '“', '”', '\'', '¹',
                '②', '※', '†', '\u00a0', '\u3000', '\ufeff', '１', '２', '（', '）', '年', '政',
                '\u0301', '\u3099', 'か', 'e', 'A', '元', '万', '…', '·', '﹐', '〇'),
            Arbitraries.chars().range('\u0000', '\uffff'));
    return chars.list().ofMaxSize(24).map(l -> {
      StringBuilder b = new StringBuilder();
      l.forEach(b::append);
      return b.toString();
    });
  }

  @Property(tries = 3000)
  void normalisingAWholeTextAgreesWithTheNormaliser(@ForAll("texts") String text) {
    assertEquals(Normalizer.normalize(text, Normalizer.Form.NFKC), Source.nfkc(text));
  }

  @Property(tries = 3000)
  void normalisingLabelsAgreesWithTheNormaliserPerCharacter(@ForAll("texts") String text) {
    assertEquals(referenceNormalize(text), Source.normalize(text));
  }

  @Example
  void everyCharacterNormalisesAsTheNormaliserSays() {
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      assertEquals(referenceNormalize(s), Source.normalize(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
      assertEquals(referenceNormalize("7" + s), Source.normalize("7" + s));
      if (Source.inert((char) c)) {
        int type = Character.getType(c);
        assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFKC), s);
        assertTrue(type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
            && type != Character.ENCLOSING_MARK, s);
      }
    }
  }

  @Property(tries = 3000)
  void blankMarksAgreeWithSplittingAtWhiteSpace(
      @ForAll("texts") String gap, @ForAll boolean atStart, @ForAll boolean atEnd) {
    assertEquals(referenceBlankMarks(gap, atStart, atEnd), Tokens.blankMarks(gap, atStart, atEnd));
  }

  @Property(tries = 3000)
  void numbersAgreeWithThePattern(@ForAll("texts") String text) {
    assertEquals(referenceNumber(text), Tokens.number(text));
    assertEquals(text.matches("[+-]?\\d+"), Tokens.isSignedDigits(text));
  }

  /** The pattern the number scanner replaced. */
  private static final Pattern NUMBER = Pattern.compile(
      "((?<![\\d.,+-])[+-]?" + DIGITS + "|(?<=\\d)[+-]" + DIGITS + ")("
          + io.github.ogireport.template.MoneyUnit.symbolsPattern() + ")?(?![\\d])");

  /** Texts of digits, separators, signs and units. */
  @Provide
  Arbitrary<String> printedNumbers() {
    return Arbitraries.of('0', '1', '2', '3', '9', ',', ',', '.', '+', '-', '元', '万', ' ', 'x', '/')
        .list().ofMaxSize(30).map(l -> {
          StringBuilder b = new StringBuilder();
          l.forEach(b::append);
          return b.toString();
        });
  }

  @Property(tries = 20_000)
  void numbersFoundAgreeWithThePattern(@ForAll("printedNumbers") String text) {
    assertNumbersAgree(text);
  }

  @Property(tries = 3000)
  void numbersFoundInAnyTextAgreeWithThePattern(@ForAll("texts") String text) {
    assertNumbersAgree(text);
  }

  @Example
  void numbersFoundInTheSamplesAgreeWithThePattern() {
    for (String sample : List.of("huaian-2024.txt", "hongze-2023.txt", "hongze-2024.txt",
        "pingtan-2021.txt", "seed-fangzheng-edu-2020.txt", "pingtan-2023.html")) {
      String text = io.github.ogireport.testkit.Samples.text(sample);
      assertNumbersAgree(text);
      assertNumbersAgree(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
  }

  private static void assertNumbersAgree(String text) {
    List<String> expected = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      expected.add(m.group());
      starts.add(m.start());
    }
    assertEquals(expected, Tokens.numbers(text), text);
    List<Integer> found = new ArrayList<>();
    for (int s = Tokens.nextNumber(text, 0); s >= 0; s = Tokens.nextNumber(text, Tokens.numberEnd(text, s))) {
      found.add(s);
    }
    assertEquals(starts, found, text);
  }

  @Property(tries = 3000)
  void thousandsSeparatorsAgreeWithThePattern(@ForAll("texts") String text) {
    String digits = text.replace('e', ',').replace('A', '3');
    assertEquals(digits.replaceAll("(?<=\\d),(?=\\d{3}(?:\\D|$))", ""),
        Reading.withoutThousandsSeparators(digits));
  }

  @Property(tries = 3000)
  void footnoteMarksAgreeWithThePattern(@ForAll("texts") String text) {
    String marks = "[\u00b9\u00b2\u00b3\u2070-\u209f\u2460-\u24ff\u2776-\u2793※†‡]";
    assertEquals(text.replaceAll(marks, " "), Tokens.replaceFootnoteMarks(text, " "));
    assertEquals(text.replaceAll(marks, ""), Tokens.replaceFootnoteMarks(text, ""));
  }

  @Property(tries = 3000)
  void linesAgreeWithSplittingAtLineBreaks(@ForAll("texts") String text) {
    assertArrayEquals(text.split("\r\n|\r|\n", -1), ReportReader.splitLines(text));
  }

  @Provide
  Arbitrary<String> markers() {
    return Arbitraries.of(' ', ' ', '\t', '\u000b', '\r', '\u3000', '\u00a0', '-', '－', '—', '–', '0', '1',
            '7', '９', 'x')
        .list().ofMaxSize(110).map(l -> {
          StringBuilder b = new StringBuilder();
          l.forEach(b::append);
          return b.toString();
        });
  }

  @Provide
  Arbitrary<String> rowTexts() {
    return Arbitraries.of("\n", "\n", "。", "12", " ", "政府信息公开", "政府信息公开工作年度报告", "（一）",
            "本机关共收到申请", "ａ")
        .list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 5000)
  void rowTextEndsAtTheFirstNarrativeLineAsWhenSplitIntoLines(@ForAll("rowTexts") String raw) {
    String[] lines = raw.split("\n", -1);
    StringBuilder b = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      long han = line.chars().filter(c -> c >= '\u4e00' && c <= '\u9fff').count();
      if (line.contains("。") && han >= 20) {
        break;
      }
      b.append('\n').append(line);
    }
    assertEquals(b.toString(), Tokens.untilNarrative(raw));
  }

  /** The page-marker pattern the text reader had before its scan. */
  private static final Pattern PAGE_MARKER =
      Pattern.compile("\\s{0,40}[-－—]\\s{0,9}\\d{1,3}\\s{0,9}[-－—]\\s{0,40}");

  @Property(tries = 20_000)
  void pageMarkersAgreeWithThePattern(@ForAll("markers") String line) {
    assertEquals(PAGE_MARKER.matcher(line).matches(), Sources.pageMarker(line), line);
  }

  @Property(tries = 3000)
  void pageMarkersAgreeWithThePatternOnMarkersPadded(
      @ForAll("markers") String before, @ForAll("markers") String digits, @ForAll("markers") String after) {
    String line = before.replaceAll("[^ \t\u000b\r\u3000]", "") + "－" + after.replaceAll("[^ \t]", "")
        + digits.replaceAll("[^0-9]", "") + " — " + after.replaceAll("[^ \u00a0]", "");
    assertEquals(PAGE_MARKER.matcher(line).matches(), Sources.pageMarker(line), line);
    assertEquals(PAGE_MARKER.matcher(before).matches(), Sources.pageMarker(before), before);
  }

  /** The per-character normalisation the reader had before its fast paths. */
  private static String referenceNormalize(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xA0 || cp == 0xFEFF) {
        continue;
      }
      String s = cp < 0x80 ? String.valueOf((char) cp)
          : Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        char previous = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
        char d = switch (c) {
          case '“', '”', '「', '」', '＂', '\'', '‘', '’', '『', '』' -> '"';
          case '、', '，' -> ',';
          default -> c;
        };
        if ((d == ',' || d == '.') && Character.isDigit(previous)) {
          d = '.';
        }
        if (!Character.isWhitespace(d)) {
          out.append(d);
        }
      }
    }
    return out.toString();
  }

  private static List<String> referenceBlankMarks(String gap, boolean atStart, boolean atEnd) {
    String[] tokens = gap.split("\\s+", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      boolean bounded = (i > 0 || atStart) && (i < tokens.length - 1 || atEnd);
      if (bounded && !tokens[i].isEmpty() && Tokens.BLANK_MARKS.contains(tokens[i])) {
        out.add(tokens[i]);
      }
    }
    return out;
  }

  private static Long referenceNumber(String text) {
    String n = Source.normalize(text);
    if (!n.matches("[+-]?\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(n.startsWith("+") ? n.substring(1) : n);
  }
}
