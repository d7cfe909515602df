package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.DisclosureColumn;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.testkit.Fixtures;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Any count printed with words after it in brackets is read as the count, the words its note;
 * with no Chinese character in the brackets, the cell stays unreadable and has no note. In a
 * Markdown table cell and in a line of text.
 */
class CellNoteProperties {
  private static final AnnualReport HUAIAN = ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json"));
  private static final CellRef RULES_ISSUED = HUAIAN.toPrinted().edition().template()
      .cell(Article20Item.ITEM_1, DisclosureRow.RULES, DisclosureColumn.ISSUED);
  private static final String MARKDOWN = ReportRenderer.markdown(HUAIAN);
  private static final String ROW = "| 规章 | 1 | 0 | 11 |";

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> han = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> other = Arbitraries.strings().withChars("0123456789 ，、：.%件项").ofMaxLength(4);
    return Arbitraries.oneOf(han, Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofLength(1))
        .flatMap(h -> other.map(o -> h + o))
        .filter(w -> !w.strip().isEmpty());
  }

  @Provide
  Arbitrary<String> withoutHan() {
    return Arbitraries.strings().withChars("0123456789 ，、：.%").ofMinLength(1).ofMaxLength(6)
        .filter(w -> !w.isBlank());
  }

  @Provide
  Arbitrary<String> brackets() {
    return Arbitraries.of("（%s）", "(%s)", " （%s）", "（%s)");
  }

  @Property(tries = 300)
  void aCountWithWordsIsTheCountAndTheWordsItsNote(
      @ForAll @LongRange(min = 0, max = 9_999_999) long count,
      @ForAll("words") String words,
      @ForAll("brackets") String brackets) {
    String printed = count + String.format(brackets, words);
    ReadResult r = readWith(printed);
    assertEquals(PrintedCell.of(count), r.report().cells().get(RULES_ISSUED), printed);
    assertEquals(1, r.notes().size(), printed);
    assertEquals(words.strip(), r.notes().get(0).words(), printed);
    assertEquals(RULES_ISSUED, r.notes().get(0).cell(), printed);
  }

  @Property(tries = 200)
  void withoutAChineseCharacterTheCellIsUnreadable(
      @ForAll @LongRange(min = 0, max = 9_999_999) long count,
      @ForAll("withoutHan") String words,
      @ForAll("brackets") String brackets) {
    String printed = count + String.format(brackets, words);
    ReadResult r = readWith(printed);
    assertInstanceOf(PrintedCell.Unreadable.class, r.report().cells().get(RULES_ISSUED), printed);
    assertEquals(List.of(), r.notes(), printed);
  }

  /** 淮安市 2024 as a Markdown table with its cell 规章 / 本年制发件数 printed as {@code printed}. */
  private static ReadResult readWith(String printed) {
    return ReportReader.read(MARKDOWN.replace(ROW, "| 规章 | " + printed + " | 0 | 11 |"));
  }
}
