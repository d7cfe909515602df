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

  /**
   * Each edition's distinctive labels (its captions, row and column labels that no other edition
   * has), normalised: made once, as the editions are fixed.
   */
  private static final class Distinctive {
    static final Map<Edition, List<String>> LABELS = distinctive();

    private static Map<Edition, List<String>> distinctive() {
      Map<Edition, List<String>> out = new java.util.LinkedHashMap<>();
      for (Edition e : Edition.values()) {
        Set<String> own = labels(e);
        for (Edition other : Edition.values()) {
          if (other != e) {
            own.removeAll(labels(other));
          }
        }
        out.put(e, own.stream().map(Source::normalize).toList());
      }
      return java.util.Collections.unmodifiableMap(out);
    }
  }

  /** The edition whose distinctive labels the text has; the year decides a tie. */
  Edition edition(int year) {
    Map<Edition, Integer> score = new java.util.LinkedHashMap<>();
    for (Map.Entry<Edition, List<String>> e : Distinctive.LABELS.entrySet()) {
      int s = 0;
      for (String label : e.getValue()) {
        if (src.norm.contains(label)) {
          s++;
        }
      }
      score.put(e.getKey(), s);
    }
    int best = java.util.Collections.max(score.values());
    java.util.List<Edition> top =
        score.entrySet().stream().filter(x -> x.getValue() == best).map(Map.Entry::getKey).toList();
    if (top.size() == 1) {
      return top.get(0);
    }
    Edition[] editions = Edition.values();
    Edition byYear =
        year >= editions[0].firstReportYear()
            ? Edition.forReportYear(year)
            : editions[editions.length - 1];
    problems.add(new ReadingProblem(Kind.EDITION_FROM_YEAR,
        year >= editions[0].firstReportYear()
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

  /** Each template's labels' normalised forms (the label and its variants), made once per label. */
  private static final Map<EditionTemplate, Map<String, List<String>>> FORMS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private List<String> forms(String label) {
    Map<String, List<String>> forms =
        FORMS.computeIfAbsent(t, x -> new java.util.concurrent.ConcurrentHashMap<>());
    List<String> all = forms.get(label);
    if (all == null) {
      List<String> out = new ArrayList<>();
      out.add(Source.normalize(label));
      t.variants(label).forEach(v -> out.add(Source.normalize(v)));
      all = List.copyOf(out);
      forms.putIfAbsent(label, all);
    }
    return all;
  }

  Found find(String label, int from, int to) {
    Found best = null;
    for (String n : forms(label)) {
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
        f = misspelt(t.heading(s), from);
      }
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

  /** How many places a misspelt heading is looked for. */
  private static final int MISSPELT_TRIES = 50;

  /**
   * A section heading printed with a typo (a character added, dropped or changed): its numeral and
   * "、", then text sharing at least 80% of the heading's characters in order. Null when none.
   */
  private Found misspelt(String heading, int from) {
    String h = Source.normalize(heading);
    if (h.length() < 6) {
      return null;
    }
    String prefix = h.substring(0, 2);
    int at = src.norm.indexOf(prefix, from);
    for (int tries = 0; at >= 0 && tries < MISSPELT_TRIES; tries++) {
      String window = src.norm.substring(at, Math.min(src.norm.length(), at + h.length() + 3));
      // lcs[j]: the longest common subsequence of the heading and the window's first j characters.
      int[] prev = new int[window.length() + 1];
      int[] cur = new int[window.length() + 1];
      for (int i = 1; i <= h.length(); i++) {
        for (int j = 1; j <= window.length(); j++) {
          cur[j] = h.charAt(i - 1) == window.charAt(j - 1)
              ? prev[j - 1] + 1
              : Math.max(prev[j], cur[j - 1]);
        }
        int[] swap = prev;
        prev = cur;
        cur = swap;
      }
      int best = prev[window.length()];
      if (best * 5 >= h.length() * 4) {
        int end = window.length();
        while (end > 0 && prev[end - 1] == best) {
          end--;
        }
        return new Found(at, at + end);
      }
      at = src.norm.indexOf(prefix, at + 1);
    }
    return null;
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
