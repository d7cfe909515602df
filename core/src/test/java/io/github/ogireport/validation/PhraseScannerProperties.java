package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.template.Edition;
import io.github.ogireport.template.QuotedFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The phrase scanner tries a pattern only where its first two characters can be and, when every
 * match holds a literal, only near where the literal occurs, and still finds exactly what {@link
 * Matcher#find()} finds: on patterns made of the constructs it reads (classes, negated classes,
 * optional and repeated parts, alternations, groups of literal alternatives, one-character matches)
 * over texts with digit runs, punctuation and characters beyond the basic plane.
 */
class PhraseScannerProperties {

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "件", "结转", "下一?年度", "[^0-9]", "[^。；,\\d]{0,3}?", "(\\d{1,3})", "(\\d+)", "\\s*", ".",
            "(?:收到|受理)", "(?:案件)?", "a", "[a-c]", "[-a]", "[\\s,]+", "b*", "(?:a|\\d)", "x?");
    return piece
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(l -> String.join("", l))
        .filter(p -> !Pattern.compile(p).matcher("").matches());
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "件", "结转", "下年度", "下一年度", "收到", "受理", "案件", "a", "b", "c", "x", "-", ",", "。",
            " ", "\n", "0", "12", "7777", "\uD835\uDFD8", "\uD835", "\uDFD8", "年");
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 600)
  void findsWhatFindFinds(
      @ForAll("patterns") String first, @ForAll("patterns") String second,
      @ForAll("texts") String text) {
    List<Pattern> patterns = List.of(Pattern.compile(first), Pattern.compile(second));
    PhraseScanner scanner = new PhraseScanner(patterns);
    List<List<String>> found = List.of(new ArrayList<>(), new ArrayList<>());
    scanner.matches(text, new boolean[] {true, true}, (q, m) -> found.get(q).add(describe(m)));
    for (int q = 0; q < 2; q++) {
      List<String> expected = new ArrayList<>();
      Matcher m = patterns.get(q).matcher(text);
      while (m.find()) {
        expected.add(describe(m));
      }
      assertEquals(expected, found.get(q), patterns.get(q).pattern() + " in " + text);
    }
  }

  @Example
  void readsTheConstructsItKnowsAndNoOthers() {
    PhraseScanner scanner =
        new PhraseScanner(
            List.of(
                Pattern.compile("[^0-9](\\d{1,19})\\s*件|结转下一?年度"),
                Pattern.compile("[^\\u0009]件"),
                Pattern.compile("(?<!\\d)件"),
                Pattern.compile("a*")));
    assertTrue(scanner.filters(0));
    assertFalse(scanner.filters(1), "an escape it does not read");
    assertFalse(scanner.filters(2), "a look-behind");
    assertFalse(scanner.filters(3), "a pattern that matches the empty text");
  }

  @Provide
  Arbitrary<String> anchoredPatterns() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "件", "结转", "下一?年度", "(?:收到|受理|新收)", "(?:案件|申请)?", "(?:顺延|结转)", "到?",
            "\\s*", "[^。；,\\d]{0,3}?", "[^0-9]", "(\\d{1,3})", "(\\d+)", ".", ".{0,2}", "a", "ab",
            "[a-c]", "x?", "b*", "(?:a|)", "(?:a|bc)", "[\\s,]+", "(?:ab)+", "(a|\\d)");
    Arbitrary<String> sequence =
        piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    return Arbitraries.oneOf(sequence, sequence.list().ofSize(2).map(l -> String.join("|", l)))
        .filter(p -> !Pattern.compile(p).matcher("").matches());
  }

  @Provide
  Arbitrary<String> phraseTexts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "件", "结转", "下年度", "下一年度", "年度", "收到", "受理", "新收", "案件", "申请", "顺延", "到", "下",
            "a", "b", "ab", "c", "x", "-", ",", "，", "。", " ", "\n", "0", "12", "7777", "\uD835\uDFD8",
            "\uD835", "\uDFD8", "年", "a件", "bc结转", "\uD835\uDFD812 件", "\uD835\uDFD8件");
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void searchingNearLiteralsFindsWhatFindFinds(
      @ForAll("anchoredPatterns") String first, @ForAll("anchoredPatterns") String second,
      @ForAll("phraseTexts") String text) {
    PhraseScanner scanner =
        new PhraseScanner(List.of(Pattern.compile(first), Pattern.compile(second)));
    Statistics.label("anchored").collect(scanner.anchored(0));
    Statistics.label("anchored").coverage(c -> c.check(true).percentage(p -> p > 40));
    findsWhatFindFinds(first, second, text);
  }

  @Example
  void everyQuotedFigureIsSearchedNearItsLiterals() {
    for (Edition e : Edition.values()) {
      List<QuotedFigure> figures = e.template().quotedFigures();
      PhraseScanner scanner =
          new PhraseScanner(figures.stream().map(QuotedFigure::phrase).toList());
      for (int q = 0; q < figures.size(); q++) {
        assertTrue(scanner.anchored(q), e + " " + figures.get(q).topic());
      }
    }
    PhraseScanner scanner =
        new PhraseScanner(
            List.of(
                Pattern.compile("(?:ab)+c"),
                Pattern.compile("[^0-9]\\s*|a"),
                Pattern.compile("x?(?:a|)y")));
    assertFalse(scanner.anchored(0), "a repeated group before any literal");
    assertFalse(scanner.anchored(1), "an alternative without a literal");
    assertTrue(scanner.anchored(2));
  }

  private static String describe(MatchResult m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append('|').append(m.group(g));
    }
    return b.toString();
  }
}
