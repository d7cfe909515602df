package io.github.ogireport.validation;

import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Derivation;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Identity;
import io.github.ogireport.template.Identity.BlankPolicy;
import io.github.ogireport.template.QuotedFigure;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.template.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An edition's declarations compiled once into index arrays over its printable cells ({@link
 * EditionTemplate#index}), for the evaluator. The declarations stay the source of truth: every
 * array here is computed from them.
 */
final class CompiledEdition {
  private static final Map<Edition, CompiledEdition> ALL =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@link #ALL} by the editions' ordinals ({@link Edition#ordinal()}), filled as they are compiled;
   * replaced by a longer copy when an edition declared later is compiled, never written once read.
   */
  private static volatile CompiledEdition[] byOrdinal = new CompiledEdition[0];

  /**
   * One equation: the positions of its terms (expected side first), their signs, and whether it
   * only asks the found side to be at least the expected one ({@link Equation.Relation#AT_LEAST}).
   */
  record Eq(
      Equation equation,
      int[] cells,
      int[] signs,
      int expectedCount,
      boolean partZero,
      int rank,
      int definedTotal,
      boolean atLeast) {}

  /** An alternative row: the positions of its cells and of the cells of the rows it replaces. */
  record Alternative(TableDecl table, int[] cells, int[] replaced) {}

  final EditionTemplate template;
  final CellRef[] cells;
  final CellKind[] kinds;
  final boolean[] derived;
  /** The parts of a derived total, by its position: the derivation's parts. */
  final int[][] derivationParts;
  /** The parts a missing total's sum is told from: its defining equation's, else the derivation's. */
  final int[][] sumParts;
  final Eq[] equations;
  /**
   * The equations once more, each as {@code found - expected}, one after another in one array: the
   * cells added (found side's plus terms, expected side's minus terms) up to {@link #addedEnd},
   * then the cells taken away up to {@link #termsEnd}; for {@code Evaluator#allHold}.
   */
  final int[] differenceTerms;
  /** For each equation, where its cells added end in {@link #differenceTerms}. */
  final int[] addedEnd;
  /** For each equation, where its cells end in {@link #differenceTerms}. */
  final int[] termsEnd;
  /** For each equation, whether it only asks found to be at least expected. */
  final boolean[] atLeast;
  /** The most terms of one equation. */
  final int mostTerms;
  /**
   * The equations once more, in families: a run of equations one after another that are the same
   * equation moved by a constant number of cells ({@link #familyStride}), such as one equation per
   * column of a table whose cells lie side by side. A family is told from its first equation's
   * cells in {@link #differenceTerms}' way (added up to {@link #familyAddedEnd}, then taken away
   * up to {@link #familyTermsEnd}), one family after another; member {@code m} reads each of them
   * moved by {@code m * stride}. An equation like no neighbour is a family of one. For {@code
   * Evaluator#allHold}, which sums a family's members side by side.
   */
  final int[] familyTerms;
  /** For each family, where its first equation's cells added end in {@link #familyTerms}. */
  final int[] familyAddedEnd;
  /** For each family, where its first equation's cells end in {@link #familyTerms}. */
  final int[] familyTermsEnd;
  /** For each family, how far one member's cells lie from the previous member's. */
  final int[] familyStride;
  /** For each family, how many equations it holds. */
  final int[] familyWidth;
  /** For each family, whether its equations only ask found to be at least expected. */
  final boolean[] familyAtLeast;
  /**
   * For each family, whether its members lie side by side (stride 1), are more than four, and may
   * be summed {@value #LANES} at a time: every cell {@value #LANES} members from the first of each
   * run of {@value #LANES} reads is a cell of the grid (the members past the last are read and
   * left out).
   */
  final boolean[] familyInLanes;

  /** How many members of a family {@link #familyInLanes} sums at a time. */
  static final int LANES = 8;
  /** The positions of the money cells. */
  final int[] moneyCells;
  /** The sections that must not be empty (identity I13). */
  final Section[] requiredNarratives;
  final Alternative[] alternatives;
  final int[][] quotedCells;
  final PhraseScanner quotedPhrases;
  final int[] feeTriggers;
  /** The position of 本年收费金额 (identity I12), or -1 when the edition does not check it. */
  final int feeAmount;
  /** Whether a cell is read by a single-report equation. */
  final boolean[] inEquation;
  /** The positions of the derived totals of section 三 (NOTHING_TO_CHECK looks for one). */
  final int[] sectionThreeTotals;
  /**
   * The cells that are not printed when a report prints none of the alternative rows: the
   * alternative rows' cells (see {@code Evaluator#notPrinted}); shared, never written.
   */
  final boolean[] alternativesNotPrinted;
  /** How many cells {@link #alternativesNotPrinted} marks. */
  final int alternativeCells;
  /** No legacy row printed, one flag per alternative row; shared, never written. */
  final boolean[] noLegacyRows;
  final Map<String, Identity> identities;

  private CompiledEdition(EditionTemplate t) {
    template = t;
    List<CellRef> all = t.printableCells();
    int n = all.size();
    cells = all.toArray(new CellRef[0]);
    kinds = new CellKind[n];
    derived = new boolean[n];
    derivationParts = new int[n][];
    sumParts = new int[n][];
    for (int i = 0; i < n; i++) {
      kinds[i] = t.kind(cells[i]);
      derived[i] = t.isDerived(cells[i]);
    }
    for (Derivation d : t.derivations()) {
      int total = t.index(d.total());
      derivationParts[total] = indexes(t, d.parts());
      sumParts[total] = derivationParts[total];
      for (Equation e : t.equations()) {
        if (e.identity() == d.identity()
            && e.found().size() == 1
            && e.found().get(0).cell().equals(d.total())) {
          sumParts[total] = indexes(t, e.expected().stream().map(Term::cell).toList());
          break;
        }
      }
    }
    List<Eq> eqs = new ArrayList<>();
    for (Equation e : t.equations()) {
      List<Term> terms = e.terms();
      int[] idx = new int[terms.size()];
      int[] signs = new int[terms.size()];
      for (int k = 0; k < terms.size(); k++) {
        idx[k] = t.index(terms.get(k).cell());
        signs[k] = terms.get(k).sign();
      }
      int definedTotal =
          e.found().size() == 1 && t.isDerived(e.found().get(0).cell())
              ? t.index(e.found().get(0).cell())
              : -1;
      eqs.add(
          new Eq(
              e,
              idx,
              signs,
              e.expected().size(),
              e.identity().blanks() == BlankPolicy.PART_ZERO_TOTAL_SKIPS,
              e.identity().rank(),
              definedTotal,
              e.relation() == Equation.Relation.AT_LEAST));
    }
    equations = eqs.toArray(new Eq[0]);
    addedEnd = new int[equations.length];
    termsEnd = new int[equations.length];
    atLeast = new boolean[equations.length];
    List<Integer> difference = new ArrayList<>();
    int most = 0;
    for (int q = 0; q < equations.length; q++) {
      Eq e = equations[q];
      for (boolean added : new boolean[] {true, false}) {
        for (int k = 0; k < e.cells().length; k++) {
          // found - expected: a found plus term or an expected minus term is added
          boolean foundSide = k >= e.expectedCount();
          if ((foundSide == (e.signs()[k] > 0)) == added) {
            difference.add(e.cells()[k]);
          }
        }
        if (added) {
          addedEnd[q] = difference.size();
        }
      }
      termsEnd[q] = difference.size();
      atLeast[q] = e.atLeast();
      most = Math.max(most, e.cells().length);
    }
    differenceTerms = difference.stream().mapToInt(Integer::intValue).toArray();
    mostTerms = most;
    List<int[]> families = new ArrayList<>(); // first equation, width, stride
    for (int q = 0; q < equations.length; ) {
      int stride = q + 1 < equations.length ? moved(q, q + 1) : Integer.MIN_VALUE;
      int width = 1;
      while (q + width < equations.length
          && stride != Integer.MIN_VALUE
          && moved(q + width - 1, q + width) == stride) {
        width++;
      }
      families.add(new int[] {q, width, width == 1 ? 0 : stride});
      q += width;
    }
    List<Integer> familyCells = new ArrayList<>();
    familyAddedEnd = new int[families.size()];
    familyTermsEnd = new int[families.size()];
    familyStride = new int[families.size()];
    familyWidth = new int[families.size()];
    familyAtLeast = new boolean[families.size()];
    for (int f = 0; f < families.size(); f++) {
      int first = families.get(f)[0];
      int start = first == 0 ? 0 : termsEnd[first - 1];
      familyAddedEnd[f] = familyCells.size() + addedEnd[first] - start;
      for (int k = start; k < termsEnd[first]; k++) {
        familyCells.add(differenceTerms[k]);
      }
      familyTermsEnd[f] = familyCells.size();
      familyWidth[f] = families.get(f)[1];
      familyStride[f] = families.get(f)[2];
      familyAtLeast[f] = atLeast[first];
    }
    familyTerms = familyCells.stream().mapToInt(Integer::intValue).toArray();
    familyInLanes = new boolean[families.size()];
    for (int f = 0, start = 0; f < families.size(); start = familyTermsEnd[f++]) {
      int width = familyWidth[f];
      // the last run of LANES members begins at the last multiple of LANES below the width
      int lastRead = (width - 1) / LANES * LANES + LANES - 1;
      int highest = 0;
      for (int k = start; k < familyTermsEnd[f]; k++) {
        highest = Math.max(highest, familyTerms[k]);
      }
      familyInLanes[f] = familyStride[f] == 1 && width > 4 && highest + lastRead < n;
    }
    List<CellRef> money = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (kinds[i] == CellKind.MONEY) {
        money.add(cells[i]);
      }
    }
    moneyCells = indexes(t, money);
    requiredNarratives = t.requiredNarratives().toArray(new Section[0]);
    List<Alternative> alts = new ArrayList<>();
    for (TableDecl table : t.tables()) {
      Map<String, Map<String, CellRef>> grid = t.printableGrid(table);
      for (var row : table.printableRows()) {
        for (AlternativeRow a : table.alternatives()) {
          if (a.row().key().equals(row.key())) {
            List<CellRef> replaced = new ArrayList<>();
            a.replaces().forEach(r -> replaced.addAll(grid.get(r).values()));
            alts.add(
                new Alternative(
                    table, indexes(t, grid.get(a.row().key()).values()), indexes(t, replaced)));
          }
        }
      }
    }
    alternatives = alts.toArray(new Alternative[0]);
    List<QuotedFigure> quoted = t.quotedFigures();
    quotedCells = new int[quoted.size()][];
    for (int q = 0; q < quoted.size(); q++) {
      quotedCells[q] = indexes(t, quoted.get(q).cells());
    }
    quotedPhrases = new PhraseScanner(quoted.stream().map(QuotedFigure::phrase).toList());
    feeTriggers = indexes(t, t.processingFeeTriggers());
    feeAmount = t.feeAmountCell().map(c -> indexes(t, List.of(c))[0]).orElse(-1);
    inEquation = new boolean[n];
    for (Eq e : equations) {
      for (int i : e.cells()) {
        inEquation[i] = true;
      }
    }
    List<CellRef> threeTotals = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (derived[i] && cells[i].section() == Section.THREE) {
        threeTotals.add(cells[i]);
      }
    }
    sectionThreeTotals = indexes(t, threeTotals);
    alternativesNotPrinted = new boolean[n];
    for (Alternative a : alternatives) {
      for (int i : a.cells()) {
        alternativesNotPrinted[i] = true;
      }
    }
    int marked = 0;
    for (boolean b : alternativesNotPrinted) {
      marked += b ? 1 : 0;
    }
    alternativeCells = marked;
    noLegacyRows = new boolean[alternatives.length];
    Map<String, Identity> ids = new java.util.HashMap<>();
    t.identities().forEach(i -> ids.put(i.id(), i));
    identities = Map.copyOf(ids);
  }

  /**
   * How far equation {@code next} (the one after {@code q}) lies from equation {@code q}, when it is
   * the same equation moved by a constant number of cells: as many cells added and taken away, each
   * moved by that number, and the same relation; else {@link Integer#MIN_VALUE}.
   */
  private int moved(int q, int next) {
    int start = q == 0 ? 0 : termsEnd[q - 1];
    int nextStart = termsEnd[next - 1];
    int length = termsEnd[q] - start;
    if (termsEnd[next] - nextStart != length
        || addedEnd[next] - nextStart != addedEnd[q] - start
        || atLeast[next] != atLeast[q]
        || length == 0) {
      return Integer.MIN_VALUE;
    }
    int by = differenceTerms[nextStart] - differenceTerms[start];
    for (int k = 1; k < length; k++) {
      if (differenceTerms[nextStart + k] - differenceTerms[start + k] != by) {
        return Integer.MIN_VALUE;
      }
    }
    return by;
  }

  private static int[] indexes(EditionTemplate t, Collection<CellRef> cells) {
    int[] out = new int[cells.size()];
    int k = 0;
    for (CellRef c : cells) {
      out[k] = t.index(c);
      if (out[k++] < 0) {
        throw new IllegalStateException("the " + t.edition().id() + " edition has no cell " + c);
      }
    }
    return out;
  }

  static CompiledEdition of(Edition edition) {
    // Read without hashing once compiled; one not in the array yet is compiled through ALL, which
    // keeps one per edition.
    CompiledEdition[] known = byOrdinal;
    int i = edition.ordinal();
    if (i < known.length && known[i] != null) {
      return known[i];
    }
    CompiledEdition compiled = ALL.computeIfAbsent(edition, e -> new CompiledEdition(e.template()));
    synchronized (ALL) {
      CompiledEdition[] more = java.util.Arrays.copyOf(byOrdinal, Math.max(byOrdinal.length, i + 1));
      more[i] = compiled;
      byOrdinal = more;
    }
    return compiled;
  }

  Identity identity(String id) {
    Identity i = identities.get(id);
    if (i == null) {
      throw new java.util.NoSuchElementException(id);
    }
    return i;
  }
}
