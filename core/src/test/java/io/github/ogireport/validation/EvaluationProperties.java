package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.QuotedFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast paths of evaluation agree with the plain ones: the phrase scanner of I10 finds exactly
 * what {@link Matcher#find()} finds, and {@link Equations} is exact.
 */
class EvaluationProperties {

  /** Texts made of the words the I10 phrases are made of, numbers, spaces and punctuation. */
  @Provide
  Arbitrary<String> overviews() {
    Arbitrary<String> words =
        Arbitraries.of(
            "收到", "受理", "新收", "申请", "办结", "答复", "上年", "上年度", "结转", "下年度", "下一年度",
            "顺延", "到", "件", "案件", "行政复议", "行政诉讼", "共", "政府信息公开", "，", "。", "；",
            ";", ",", " ", "\n", "3", "12", "0", "3119", "年", "a",
            // whole phrases, so that every pattern matches now and then
            "12件顺延到下一年度", "3 件结转下年度", "结转下年度办理3件", "上年度结转申请0件",
            "行政复议案件 2 件", "行政诉讼3件", "答复申请 3119 件", "受理政府信息公开申请3件");
    return words.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void thePhraseScannerFindsWhatFindFinds(@ForAll("overviews") String text) {
    for (Edition e : Edition.values()) {
      List<QuotedFigure> figures = e.template().quotedFigures();
      List<List<String>> found = new ArrayList<>();
      figures.forEach(q -> found.add(new ArrayList<>()));
      boolean[] all = new boolean[figures.size()];
      java.util.Arrays.fill(all, true);
      new PhraseScanner(figures.stream().map(QuotedFigure::phrase).toList())
          .matches(text, all, (q, m) -> found.get(q).add(describe(m)));
      for (int q = 0; q < figures.size(); q++) {
        List<String> expected = new ArrayList<>();
        Matcher m = figures.get(q).phrase().matcher(text);
        while (m.find()) {
          expected.add(describe(m));
        }
        assertEquals(expected, found.get(q), figures.get(q).topic() + " in " + text);
      }
    }
  }

  @Example
  void everyQuotedPhraseIsTriedOnlyWhereItCanStart() {
    for (Edition e : Edition.values()) {
      List<QuotedFigure> figures = e.template().quotedFigures();
      PhraseScanner scanner = new PhraseScanner(figures.stream().map(QuotedFigure::phrase).toList());
      for (int q = 0; q < figures.size(); q++) {
        assertTrue(scanner.filters(q), figures.get(q).phrase().pattern());
      }
    }
  }

  private static String describe(java.util.regex.MatchResult m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append('|').append(m.group(g));
    }
    return b.toString();
  }

  @Example
  void equationsAreExactAndThrowBeyondLong() {
    Equation i1 =
        Edition.E2021.template().equations().stream()
            .filter(e -> e.identity().id().equals("I1"))
            .findFirst()
            .orElseThrow();
    // 一 + 二 = （七）总计 + 四
    assertTrue(Equations.holds(i1, cell -> 1));
    Map<String, Long> byRow = Map.of("NEW", Long.MAX_VALUE, "CARRIED", 1L);
    assertThrows(
        ArithmeticException.class,
        () -> Equations.holds(i1, (CellRef c) -> byRow.getOrDefault(c.row(), 0L)));
    assertFalse(Equations.holds(i1, (CellRef c) -> c.row().equals("NEW") ? 2 : 1));
  }
}
