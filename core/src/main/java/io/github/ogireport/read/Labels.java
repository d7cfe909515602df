package io.github.ogireport.read;

import io.github.ogireport.read.ReadingProblem.Kind;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels stage: the edition told from the labels a source prints, and each heading, caption
 * and row label found in the normalised text (its declared variants and typos accepted).
 */
final class Labels {
  private final Source src;
  private final List<ReadingProblem> problems;
  EditionTemplate t;

  Labels(Source src, List<ReadingProblem> problems) {
    this.src = src;
    this.problems = problems;
  }

  /** A found label: where it starts and ends in the normalised text. */
  record Found(int start, int end) {}

  /** The edition whose distinctive labels the text has; the year decides a tie. */
  Edition edition(int year) {
    Map<Edition, Integer> score = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      Set<String> own = labels(e);
      for (Edition other : Edition.values()) {
        if (other != e) {
          own.removeAll(labels(other));
        }
      }
      int s = 0;
      for (String label : own) {
        if (src.norm.contains(Source.normalize(label))) {
          s++;
        }
      }
      score.put(e, s);
    }
    int s19 = score.get(Edition.E2019);
    int s21 = score.get(Edition.E2021);
    if (s19 != s21) {
      return s19 > s21 ? Edition.E2019 : Edition.E2021;
    }
    Edition byYear = year >= 2019 ? Edition.forReportYear(year) : Edition.E2021;
    problems.add(new ReadingProblem(Kind.EDITION_FROM_YEAR,
        year >= 2019
            ? "the labels do not tell the edition; the " + byYear.id() + " edition is in force for " + year
            : "neither the labels nor the year tell the edition; the " + byYear.id() + " edition is assumed",
        "document"));
    return byYear;
  }

  private static Set<String> labels(Edition e) {
    Set<String> out = new HashSet<>();
    for (TableDecl d : e.template().tables()) {
      out.add(d.caption());
      d.rows().forEach(r -> out.add(r.label()));
      d.columns().forEach(c -> out.add(c.label()));
    }
    return out;
  }

  Found find(String label, int from, int to) {
    Found best = null;
    List<String> all = new ArrayList<>();
    all.add(label);
    all.addAll(t.variants(label));
    for (String l : all) {
      String n = Source.normalize(l);
      if (n.isEmpty()) {
        continue;
      }
      int i = src.norm.indexOf(n, from);
      if (i >= 0 && i + n.length() <= to && (best == null || i < best.start())) {
        best = new Found(i, i + n.length());
      }
    }
    return best;
  }

  Map<Section, Found> headings() {
    Map<Section, Found> out = new EnumMap<>(Section.class);
    int from = 0;
    for (Section s : Section.values()) {
      Found f = find(t.heading(s), from, src.length());
      if (f == null) {
        problems.add(new ReadingProblem(Kind.SECTION_NOT_FOUND,
            "heading " + t.heading(s) + " not found", src.origin(from)));
      } else {
        out.put(s, f);
        from = f.end();
      }
    }
    return out;
  }

  /** The normalised range of a section: after its heading, up to the next heading found. */
  int[] region(Map<Section, Found> headings, Section s) {
    Found h = headings.get(s);
    if (h == null) {
      return null;
    }
    int end = src.length();
    for (Section next : Section.values()) {
      if (next.ordinal() > s.ordinal() && headings.containsKey(next)) {
        end = headings.get(next).start();
        break;
      }
    }
    return new int[] {h.end(), end};
  }
}
