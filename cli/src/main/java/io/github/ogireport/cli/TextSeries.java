package io.github.ogireport.cli;

import io.github.ogireport.series.SeriesFinding;
import io.github.ogireport.series.SeriesVerdict;
import java.util.List;

/**
 * The text of a series verdict: a headline per agency, then each finding; where the series holds
 * two reports of one year, each finding that compares two reports names their files.
 */
final class TextSeries {
  private TextSeries() {}

  static String headline(SeriesVerdict<SeriesCheck.Member> v, Lang l) {
    List<String> names = SeriesCheck.names(v);
    String also = names.size() == 1 ? ""
        : l.open + l.t("又印作 ", "also printed as ") + String.join(l.comma, names.subList(1, names.size())) + l.close;
    return l.series + " " + v.agency() + also + l.comma + SeriesCheck.firstYear(v) + "–" + SeriesCheck.lastYear(v)
        + l.yearSuffix + l.open + v.members().size() + " " + l.reportsWord + l.close + l.colon
        + l.errors(SeriesCheck.count(v, SeriesFinding.Level.ERROR)) + l.comma
        + l.warnings(SeriesCheck.count(v, SeriesFinding.Level.WARNING));
  }

  static String of(SeriesVerdict<SeriesCheck.Member> v, Lang l, boolean quiet) {
    StringBuilder b = new StringBuilder(headline(v, l)).append('\n');
    if (quiet) {
      return b.toString();
    }
    boolean copies = copies(v);
    for (SeriesFinding<SeriesCheck.Member> f : v.findings()) {
      String years = "  " + years(f, copies, l);
      if (f.violation().isPresent()) {
        StringBuilder one = new StringBuilder();
        TextOutput.violation(one, new Groups.Group(List.of(f.violation().get())), l);
        b.append(years).append(one.substring(1));
      } else {
        b.append(years).append(' ').append(f.id()).append(' ').append(level(f, l)).append(l.colon)
            .append(SeriesCheck.message(f, l)).append('\n');
      }
    }
    return b.toString();
  }

  /** Whether the series holds two reports of one year (each is compared with the years beside it). */
  static boolean copies(SeriesVerdict<SeriesCheck.Member> v) {
    return v.members().stream().map(m -> m.report().year()).distinct().count() < v.members().size();
  }

  /**
   * A finding's years, {@code 2023→2024}; with {@code copies}, and when it compares two reports,
   * their files after them, which tell apart the findings of two copies of one year.
   */
  static String years(SeriesFinding<SeriesCheck.Member> f, boolean copies, Lang l) {
    String years = f.previousYear() + "→" + f.year();
    if (copies && f.previous().isPresent() && f.current().isPresent()) {
      years += " " + l.open.strip() + f.previous().get().file() + " → " + f.current().get().file() + l.close.strip();
    }
    return years;
  }

  static String level(SeriesFinding<?> f, Lang l) {
    return switch (f.level()) {
      case ERROR -> l.errorWord;
      case WARNING -> l.warningWord;
      case NOTE -> l == Lang.zh ? "说明" : "note";
    };
  }
}
