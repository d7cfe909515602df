package io.github.ogireport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.testkit.Reports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reports with blank cells, in every rendering and in text whose blanks vanish. */
class BlankCellProperties {

  /**
   * A valid report of either edition as printed, with some of its 0 cells printed blank (empty, "/",
   * "—" or "无"), as agencies leave a 0 empty: its identities still hold with blanks as 0.
   */
  @Provide
  Arbitrary<PrintedReport> withBlanks() {
    return Arbitraries.of(Edition.values())
        .flatMap(Reports::validReports)
        .flatMap(r -> {
          PrintedReport p = r.toPrinted();
          List<CellRef> zeros = new ArrayList<>();
          p.cells().forEach((c, v) -> {
            if (v.equals(PrintedCell.of(Figure.count(0)))) {
              zeros.add(c);
            }
          });
          if (zeros.isEmpty()) {
            return Arbitraries.just(p);
          }
          return Arbitraries.maps(Arbitraries.integers().between(0, zeros.size() - 1),
                  Arbitraries.of("", "", "/", "—", "无"))
              .ofMaxSize(Math.min(zeros.size(), 20))
              .map(m -> {
                Map<CellRef, PrintedCell> cells = new LinkedHashMap<>(p.cells());
                m.forEach((i, mark) -> cells.put(zeros.get(i), PrintedCell.blank(mark)));
                return PrintedReport.builder().from(p).cells(cells).build();
              });
        });
  }

  @Property(tries = 40)
  void everyRenderingOfAReportWithBlankCellsReadsBackEqual(@ForAll("withBlanks") PrintedReport printed) {
    List<ReadResult> reads = List.of(
        ReportReader.readHtml(ReportRenderer.html(printed)),
        ReportReader.readText(ReportRenderer.markdown(printed)),
        ReportReader.readText(ReportRenderer.text(printed)));
    for (ReadResult read : reads) {
      assertEquals(List.of(), read.problems());
      assertEquals(printed.edition(), read.report().edition());
      assertEquals(printed.agency(), read.report().agency());
      assertEquals(printed.year(), read.report().year());
      assertEquals(printed.cells(), read.report().cells());
    }
  }

  /**
   * Text where every blank cell vanished (a row's numbers separated by spaces, or run together as a
   * flattened page prints them), in every section: each cell is read right or is unreadable.
   */
  @Property(tries = 40)
  void numbersWithVanishedBlanksAreReadRightOrUnreadableNeverWrong(
      @ForAll("withBlanks") PrintedReport printed, @ForAll boolean runTogether) {
    String text = ReportRenderer.text(printed);
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.matches("-{10,}")) {
        continue; // no aligned columns: the blanks vanish
      }
      String squeezed = line.replaceAll("(?<=\\S) {2,}(?=\\S)", " ").replaceAll(" (/|—|无)(?= |$)", "");
      if (runTogether) {
        squeezed = squeezed.replaceAll("(?<=\\d) (?=\\d)", "");
      }
      b.append(squeezed).append('\n');
    }
    ReadResult read = ReportReader.readText(b.toString());
    for (var e : printed.cells().entrySet()) {
      PrintedCell got = read.report().cells().get(e.getKey());
      PrintedCell want = e.getValue() instanceof PrintedCell.Blank ? PrintedCell.blank() : e.getValue();
      assertTrue(
          want.equals(got) || got instanceof PrintedCell.Unreadable,
          () -> e.getKey() + ": printed " + e.getValue() + ", read " + got + "\n" + b);
    }
  }

  @Property(tries = 50)
  void theTitleGivesTheAgencyAndYearInEveryFormAndWithoutItThereIsNone(
      @ForAll("valid") AnnualReport report, @ForAll("yearForms") int form, @ForAll boolean wrapped) {
    PrintedReport printed = report.toPrinted();
    String text = ReportRenderer.text(printed);
    String title = printed.agency() + printed.year() + "年政府信息公开工作年度报告";
    String year = yearAs(printed.year(), form);
    String changed = text.replaceFirst(java.util.regex.Pattern.quote(title),
        java.util.regex.Matcher.quoteReplacement(printed.agency() + (wrapped ? "\n" : "") + year + "政府信息公开工作年度报告"));
    ReadResult read = ReportReader.readText(changed);
    assertEquals(OptionalInt.of(printed.year()), read.year(), changed.lines().limit(3).toList()::toString);
    assertEquals(printed.agency(), read.agency().orElse(null));

    String without = text.replaceFirst(java.util.regex.Pattern.quote(title) + "\n", "");
    without = without.replaceAll("\\d{4} ?年 ?1 ?月 ?1 ?日", "本年初");
    ReadResult none = ReportReader.readText(without);
    assertEquals(OptionalInt.empty(), none.year());
    assertTrue(none.problems().stream().anyMatch(p -> p.kind() == ReadingProblem.Kind.TITLE_NOT_FOUND));
  }

  @Provide
  Arbitrary<AnnualReport> valid() {
    return Reports.validReports();
  }

  @Provide
  Arbitrary<Integer> yearForms() {
    return Arbitraries.integers().between(0, 4);
  }

  private static String yearAs(int year, int form) {
    String digits = Integer.toString(year);
    return switch (form) {
      case 0 -> digits + "年";
      case 1 -> digits + " 年";
      case 2 -> digits.chars().map(c -> c - '0' + '０').collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "年";
      case 3 -> digits.chars().map(c -> "〇一二三四五六七八九".charAt(c - '0')).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "年";
      default -> digits + "年度";
    };
  }
}
