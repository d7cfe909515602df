package io.github.ogireport.validation;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedGrid;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Identity;
import io.github.ogireport.template.Identity.BlankPolicy;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.template.QuotedFigure;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates an edition's declarations on printed reports.
 *
 * <p>The identities are evaluated on the report's {@link PrintedGrid} with the edition compiled
 * into index arrays ({@link CompiledEdition}): an equation is first summed in exact {@code long}
 * arithmetic ({@link Math#addExact}); only an equation that does not hold that way, reads money or
 * overflows a {@code long} is evaluated again in {@link BigDecimal}, with the cascade rules.
 */
final class Evaluator {
  private static final Read BLANK = new Blank();
  private static final Read UNREADABLE = new Unreadable();
  private static final Read ABSENT = new Absent();
  private static final int NOT_EVALUATED = 0;
  private static final int HOLDS = 1;
  private static final int OTHERWISE = 2;

  private final PrintedReport report;
  private final EditionTemplate template;
  private final CompiledEdition compiled;
  private final PrintedGrid grid;
  private final boolean building;
  /** Whether to take the shortcuts that give the same result faster (false in the properties). */
  private final boolean shortcuts;
  /** Cells that count as nothing (see {@link #notPrinted}); may be shared: never written after. */
  private boolean[] notPrinted;
  private boolean[] legacyRows;
  /** How many cells {@link #notPrinted} marks. */
  private int notPrintedCount;
  /** Set by {@link #cellChecks}: a number that is money below 0 (see {@link #negativeAmount}). */
  private boolean negativeAmount;
  /**
   * Set by {@link #cellChecks}: every cell an equation reads is a printed count or counts as
   * nothing, so that {@link #allHold} can sum the counts without looking at the cells' states.
   */
  private boolean plainCounts = true;
  /**
   * Set by {@link #cellChecks}: the bits of every count's magnitude ({@code v ^ (v >> 63)}, which
   * is {@code |v|} or {@code |v| - 1}), so that {@link #allHold} knows when no sum can overflow.
   */
  private long countBits;

  /**
   * An evaluator.
   *
   * @param report the report
   * @param building whether the report holds the entries of a report being built: absent cells
   *     were never entered (an error, and the identities reading them are not evaluated) and absent
   *     totals are derived from their parts
   */
  Evaluator(PrintedReport report, boolean building) {
    this(report, CompiledEdition.of(report.edition()), building, true);
  }

  /**
   * An evaluator with the report's edition already compiled.
   *
   * @param report the report
   * @param compiled the report's edition, compiled
   * @param building as {@link #Evaluator(PrintedReport, boolean)}
   * @param shortcuts whether to take the shortcuts that find the same faster: the equations summed
   *     at once when every cell they read is a count ({@link #allHold}), the mask of the cells that
   *     count as nothing shared, I11 looked at only when a cell that triggers it is above 0
   */
  Evaluator(PrintedReport report, CompiledEdition compiled, boolean building, boolean shortcuts) {
    this.report = report;
    this.template = compiled.template;
    this.compiled = compiled;
    this.grid = report.printedGrid();
    this.building = building;
    this.shortcuts = shortcuts;
    notPrinted();
  }

  /**
   * Whether a number that is money below 0 was seen by {@link #evaluate()} in a cell counted (not
   * in the cells that count as nothing, which hold no number): when not, no cell has an {@code I4}
   * on money.
   */
  boolean negativeAmount() {
    return negativeAmount;
  }

  /**
   * Marks the cells that are structurally absent rather than blank: the cells of an alternative
   * row the report does not print, and the cells of the rows that a printed alternative row stands
   * for, when the report does not print them. They count as nothing in every identity. Notes the
   * alternative rows the report prints in place of others (see {@link PrintedReport#printedRows}).
   */
  private void notPrinted() {
    CompiledEdition.Alternative[] alternatives = compiled.alternatives;
    if (shortcuts && !anyAlternativePrinted(compiled, grid)) {
      // No alternative row printed: its cells, all not printed, count as nothing; no legacy row.
      notPrinted = compiled.alternativesNotPrinted;
      notPrintedCount = compiled.alternativeCells;
      legacyRows = compiled.noLegacyRows;
      return;
    }
    notPrinted = new boolean[grid.size()];
    legacyRows = new boolean[alternatives.length];
    boolean[] printedAlternative = new boolean[alternatives.length];
    boolean[] replaced = new boolean[grid.size()];
    for (int a = 0; a < alternatives.length; a++) {
      for (int i : alternatives[a].cells()) {
        printedAlternative[a] |= grid.state(i) != PrintedGrid.NOT_PRINTED;
      }
      for (int i : printedAlternative[a] ? alternatives[a].replaced() : alternatives[a].cells()) {
        notPrinted[i] = true;
      }
      if (printedAlternative[a]) {
        for (int i : alternatives[a].replaced()) {
          replaced[i] = true;
        }
      }
    }
    for (int a = 0; a < alternatives.length; a++) {
      legacyRows[a] = printedAlternative[a] && !replaced[alternatives[a].cells()[0]];
    }
    for (int i = 0; i < notPrinted.length; i++) {
      notPrinted[i] &= grid.state(i) == PrintedGrid.NOT_PRINTED;
      notPrintedCount += notPrinted[i] ? 1 : 0;
    }
  }

  /** Whether a report prints a cell of one of its edition's alternative rows. */
  private static boolean anyAlternativePrinted(CompiledEdition compiled, PrintedGrid grid) {
    for (CompiledEdition.Alternative a : compiled.alternatives) {
      for (int i : a.cells()) {
        if (grid.state(i) != PrintedGrid.NOT_PRINTED) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@link #evaluate()} finds nothing but the quoted figures' violations (I10) in a
   * published report (not one being built) and sees no money below 0 ({@link #negativeAmount()}
   * false), told without making an evaluator: the report prints no alternative row, every cell
   * that counts holds a number, no count is below 0, no money is below 0 nor read by an equation,
   * I11, I12 and I13 have nothing to say, and every equation holds. False when one of these does
   * not hold: {@link #evaluate()} then tells what there is. When true, {@link #evaluate()} finds
   * what {@link #quotedFiguresOnly()} finds (nothing when section 一 is empty).
   *
   * @param report a published report
   * @param compiled its edition, compiled
   * @return true only when {@link #evaluate()} would find nothing but I10's violations
   */
  static boolean quiet(PrintedReport report, CompiledEdition compiled) {
    PrintedGrid grid = report.printedGrid();
    if (anyAlternativePrinted(compiled, grid)) {
      return false;
    }
    // No alternative row printed: the cells that count as nothing are the alternative rows'.
    boolean[] notPrinted = compiled.alternativesNotPrinted;
    return quietCells(compiled, grid, notPrinted, compiled.alternativeCells) == 0
        && (!anyFeeTriggerPositive(compiled, grid, notPrinted)
            || feeReported(report, compiled.template))
        && implausibleFee(compiled, grid) == null
        && noEmptySection(report, compiled)
        && allHold(compiled, grid, grid.countBits()); // the longest, last
  }

  /**
   * What {@link #evaluate()} finds in a report {@link #quiet} calls quiet: the violations of the
   * quoted figures (I10).
   *
   * @return the violations, errors first
   */
  List<Violation> quotedFiguresOnly() {
    List<Violation> out = new ArrayList<>();
    quotedFigures(out);
    return errorsFirst(out);
  }

  /** What a cell holds, for evaluation. */
  private sealed interface Read permits Num, Blank, Unreadable, Absent {}

  /** A cell the report's layout does not have (see {@link #notPrinted}): counts as nothing. */
  private record Absent() implements Read {}

  private record Num(BigDecimal value) implements Read {}

  private record Blank() implements Read {}

  private record Unreadable() implements Read {}

  private Read read(int i) {
    if (notPrinted[i]) {
      return ABSENT;
    }
    if (building && grid.state(i) == PrintedGrid.NOT_PRINTED) {
      int[] parts = compiled.derivationParts[i];
      if (parts == null) {
        return UNREADABLE;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int part : parts) {
        if (!(read(part) instanceof Num n)) {
          return UNREADABLE;
        }
        sum = sum.add(n.value());
      }
      return new Num(sum);
    }
    return switch (grid.state(i)) {
      case PrintedGrid.NUMBER ->
          new Num(
              grid.isCount(i)
                  ? BigDecimal.valueOf(grid.count(i))
                  : ((Figure.Amount) ((PrintedCell.Numeric) grid.cell(i)).figure())
                      .money()
                      .amount());
      case PrintedGrid.UNREADABLE -> UNREADABLE;
      default -> BLANK;
    };
  }

  static Read readPrinted(PrintedReport report, CellRef cell) {
    PrintedCell p = report.cells().get(cell);
    if (p == null || p instanceof PrintedCell.Blank) {
      return BLANK;
    }
    if (p instanceof PrintedCell.Unreadable || p instanceof PrintedCell.NotRead) {
      return UNREADABLE; // a cell not read says nothing: never a printed blank
    }
    Figure f = ((PrintedCell.Numeric) p).figure();
    return new Num(
        f instanceof Figure.Count c
            ? BigDecimal.valueOf(c.value())
            : ((Figure.Amount) f).money().amount());
  }

  private Identity identity(String id) {
    return compiled.identity(id);
  }

  List<Violation> evaluate() {
    List<Violation> out = new ArrayList<>();
    cellChecks(out);
    if (building || !shortcuts || !plainCounts || !allHold()) {
      equations(out);
    }
    quotedFigures(out);
    processingFee(out);
    feeUnit(out);
    narratives(out);
    return errorsFirst(out);
  }

  /** The violations found, errors first, each kind in the order found. */
  private static List<Violation> errorsFirst(List<Violation> out) {
    if (out.isEmpty()) {
      return List.of();
    }
    List<Violation> sorted = new ArrayList<>(out.size());
    for (Violation v : out) {
      if (v.isError()) {
        sorted.add(v);
      }
    }
    for (Violation v : out) {
      if (!v.isError()) {
        sorted.add(v);
      }
    }
    return sorted;
  }

  /** Blank, unreadable, negative and (when building) never entered cells. */
  private void cellChecks(List<Violation> out) {
    CompiledEdition.Alternative[] alternatives = compiled.alternatives;
    for (int a = 0; a < alternatives.length; a++) {
      if (legacyRows[a]) {
        List<CellRef> printed = new ArrayList<>();
        for (int i : alternatives[a].cells()) {
          if (grid.state(i) != PrintedGrid.NOT_PRINTED) {
            printed.add(compiled.cells[i]);
          }
        }
        out.add(Messages.legacyRow(identity("LEGACY_ROW"), report.edition(), printed));
      }
    }
    if (shortcuts && !building && quietCells()) {
      return;
    }
    Map<String, List<CellRef>> notEntered = null;
    for (int i = 0; i < notPrinted.length; i++) {
      if (notPrinted[i]) {
        continue; // an alternative row not printed, or a row an alternative row stands for
      }
      byte state = grid.state(i);
      if (state == PrintedGrid.NUMBER) {
        if (!grid.isCount(i)) {
          plainCounts &= !compiled.inEquation[i];
          negativeAmount |= amount(i).signum() < 0;
        } else {
          long v = grid.count(i);
          countBits |= v ^ (v >> 63);
          if (v < 0 && compiled.kinds[i] == CellKind.COUNT) {
            out.add(
                Messages.negative(
                    identity("I4"), report.edition(), compiled.cells[i], BigDecimal.valueOf(v)));
          }
        }
        continue;
      }
      plainCounts &= !compiled.inEquation[i];
      CellRef c = compiled.cells[i];
      if (building && state == PrintedGrid.NOT_PRINTED) {
        if (!compiled.derived[i]) {
          if (notEntered == null) {
            notEntered = new java.util.LinkedHashMap<>();
          }
          notEntered.computeIfAbsent(c.table() + "/" + c.row(), k -> new ArrayList<>()).add(c);
        }
        continue;
      }
      if (state == PrintedGrid.UNREADABLE) {
        out.add(
            Messages.unreadable(
                identity("UNREADABLE"),
                report.edition(),
                c,
                grid.cell(i) instanceof PrintedCell.NotRead n
                    ? "（未读取：" + n.why() + "）"
                    : ((PrintedCell.Unreadable) grid.cell(i)).text()));
      } else if (compiled.derived[i]) {
        out.add(
            Messages.missingTotal(
                identity("MISSING_TOTAL"),
                report.edition(),
                c,
                template.derivation(c).orElseThrow().parts(),
                partsSum(i)));
      } else {
        out.add(
            Messages.incomplete(
                identity("INCOMPLETE"), report.edition(), c, state != PrintedGrid.NOT_PRINTED));
      }
    }
    if (notEntered != null) {
      notEntered
          .values()
          .forEach(
              cells -> out.add(Messages.notEntered(identity("NOT_ENTERED"), report.edition(), cells)));
    }
  }

  /**
   * Whether the loop of {@link #cellChecks} would find nothing to say, told from what the grid
   * counted when it was made ({@link PrintedGrid#numbers()}, {@link PrintedGrid#countBits()}):
   * every cell that counts is a number and no count is below 0.
   * When so, sets what that loop sets ({@link #plainCounts}, {@link #countBits}, {@link
   * #negativeAmount}); a cell that counts as nothing, or that holds money, holds a count of 0. The
   * numbers of a report are of their cells' kinds (money in money cells only; {@code
   * PrintedReport} rejects any other), so that only money cells hold money.
   */
  private boolean quietCells() {
    int quiet = quietCells(compiled, grid, notPrinted, notPrintedCount);
    if (quiet == LOUD) {
      return false;
    }
    plainCounts &= (quiet & MONEY_IN_EQUATION) == 0;
    negativeAmount |= (quiet & MONEY_BELOW_ZERO) != 0;
    // no count below 0: the or of the counts tells what their magnitudes do
    countBits = grid.countBits();
    return true;
  }

  /** {@link #quietCells(CompiledEdition, PrintedGrid, boolean[], int)}: the loop has to tell. */
  private static final int LOUD = -1;

  /** {@link #quietCells(CompiledEdition, PrintedGrid, boolean[], int)}: an equation reads money. */
  private static final int MONEY_IN_EQUATION = 1;

  /** {@link #quietCells(CompiledEdition, PrintedGrid, boolean[], int)}: money below 0. */
  private static final int MONEY_BELOW_ZERO = 2;

  /**
   * What {@link #quietCells()} finds: {@link #LOUD} when the loop of {@link #cellChecks} has to
   * look, else the flags {@link #MONEY_IN_EQUATION} and {@link #MONEY_BELOW_ZERO} (0: neither).
   *
   * @param notPrinted the cells that count as nothing
   * @param notPrintedCount how many cells {@code notPrinted} marks
   */
  private static int quietCells(
      CompiledEdition compiled, PrintedGrid grid, boolean[] notPrinted, int notPrintedCount) {
    // The cells that count as nothing are not printed: every other cell is a number when the
    // grid holds as many numbers as there are other cells.
    int counted = notPrinted.length - notPrintedCount;
    if (grid.numbers() != counted || grid.countBits() < 0) {
      return LOUD; // a cell that is not a number, or a count below 0: the loop tells
    }
    int flags = 0;
    for (int i : compiled.moneyCells) {
      if (!notPrinted[i]) {
        if (grid.isCount(i)) {
          return LOUD; // not a report's cell kinds: the loop tells
        }
        flags |= compiled.inEquation[i] ? MONEY_IN_EQUATION : 0;
        flags |= amount(grid, i).signum() < 0 ? MONEY_BELOW_ZERO : 0;
      }
    }
    return flags;
  }

  /**
   * The sum a total's parts give: printed parts as printed, blank parts as 0, blank derived parts
   * as their own parts' sum; empty when a part is unreadable.
   */
  private Optional<BigDecimal> partsSum(int total) {
    // The defining equation's parts (which include any alternative row), else the derivation's.
    BigDecimal sum = BigDecimal.ZERO;
    for (int p : compiled.sumParts[total]) {
      Read r = read(p);
      if (r instanceof Absent) {
        continue;
      }
      if (r instanceof Num n) {
        sum = sum.add(n.value());
      } else if (r instanceof Unreadable) {
        return Optional.empty();
      } else if (compiled.derived[p]) {
        Optional<BigDecimal> inner = partsSum(p);
        if (inner.isEmpty()) {
          return inner;
        }
        sum = sum.add(inner.get());
      }
    }
    return Optional.of(sum);
  }

  /**
   * An equation in exact {@code long} arithmetic on the printed counts: {@link #NOT_EVALUATED}
   * (an unreadable cell, a blank total, a blank under {@link BlankPolicy#SKIP_WHEN_BLANK}), {@link
   * #HOLDS}, or {@link #OTHERWISE} when it does not hold, reads money or overflows.
   */
  private int quick(CompiledEdition.Eq e) {
    int[] cells = e.cells();
    int[] signs = e.signs();
    long expected = 0;
    long found = 0;
    try {
      for (int k = 0; k < cells.length; k++) {
        int i = cells[k];
        if (notPrinted[i]) {
          continue;
        }
        byte state = grid.state(i);
        if (state == PrintedGrid.NUMBER) {
          if (!grid.isCount(i)) {
            return OTHERWISE;
          }
          long v = signs[k] > 0 ? grid.count(i) : Math.negateExact(grid.count(i));
          if (k < e.expectedCount()) {
            expected = Math.addExact(expected, v);
          } else {
            found = Math.addExact(found, v);
          }
        } else if (state == PrintedGrid.UNREADABLE || !e.partZero() || compiled.derived[i]) {
          return NOT_EVALUATED;
        }
      }
    } catch (ArithmeticException beyondLong) {
      return OTHERWISE;
    }
    return Equations.holds(e.equation(), expected, found) ? HOLDS : OTHERWISE;
  }

  /** The amount of money in a cell that holds a number that is not a count. */
  private BigDecimal amount(int i) {
    return amount(grid, i);
  }

  private static BigDecimal amount(PrintedGrid grid, int i) {
    return ((Figure.Amount) ((PrintedCell.Numeric) grid.cell(i)).figure()).money().amount();
  }

  /**
   * Whether every single-report equation holds, told straight from the printed counts: when every
   * cell an equation reads is a count or counts as nothing (a cell that counts as nothing is not
   * printed and holds 0), this is what {@link #quick} finds for each. Each equation is summed as
   * {@code found - expected} in plain {@code long} arithmetic, which is exact here: every count is
   * below 2<sup>56</sup> in magnitude and no equation has more than 64 terms. False when one does
   * not hold or a count is that large: {@link #equations} then tells which.
   */
  private boolean allHold() {
    return allHold(compiled, grid, countBits);
  }

  /** {@link #allHold()} with the or of the counts' magnitudes given. */
  private static boolean allHold(CompiledEdition compiled, PrintedGrid grid, long countBits) {
    if ((countBits >>> 56) != 0 || compiled.mostTerms > 64) {
      return false;
    }
    return familiesHold(compiled, grid);
  }

  /**
   * Whether {@code found - expected} of every equation is 0 (at least 0 for {@link
   * Equation.Relation#AT_LEAST}) in plain {@code long} arithmetic on the grid's counts, the
   * equations taken family by family ({@link CompiledEdition#familyTerms}): a family whose members
   * lie side by side is summed eight members at a time ({@link #eightHold}); in any other, four
   * members are summed side by side, each cell of the first member's read with the three next to
   * it a stride apart (a family of four or more ends with its last four members, which may have
   * been summed already); a family of fewer than four is summed member by member.
   *
   * @param compiled the edition
   * @param grid a report's grid of that edition
   * @return whether every equation holds
   */
  static boolean familiesHold(CompiledEdition compiled, PrintedGrid grid) {
    int[] terms = compiled.familyTerms;
    int[] addedEnd = compiled.familyAddedEnd;
    int[] termsEnd = compiled.familyTermsEnd;
    int[] strides = compiled.familyStride;
    int[] widths = compiled.familyWidth;
    boolean[] atLeast = compiled.familyAtLeast;
    boolean[] inLanes = compiled.familyInLanes;
    int start = 0;
    for (int f = 0; f < termsEnd.length; f++) {
      int added = addedEnd[f];
      int end = termsEnd[f];
      int stride = strides[f];
      int width = widths[f];
      if (inLanes[f]) {
        if (!eightHold(terms, start, added, end, width, atLeast[f], grid)) {
          return false;
        }
      } else if (width < 4) {
        for (int m = 0, o = 0; m < width; m++, o += stride) {
          long d = 0;
          for (int k = start; k < added; k++) {
            d += grid.count(terms[k] + o);
          }
          for (int k = added; k < end; k++) {
            d -= grid.count(terms[k] + o);
          }
          if (atLeast[f] ? d < 0 : d != 0) {
            return false;
          }
        }
      } else {
        for (int m = 0; ; m += 4) {
          m = Math.min(m, width - 4);
          int o0 = m * stride;
          int o1 = o0 + stride;
          int o2 = o1 + stride;
          int o3 = o2 + stride;
          long d0 = 0;
          long d1 = 0;
          long d2 = 0;
          long d3 = 0;
          if (stride == 1) {
            // side by side: the compiler checks the four positions at once
            for (int k = start; k < added; k++) {
              int i = terms[k] + o0;
              d0 += grid.count(i);
              d1 += grid.count(i + 1);
              d2 += grid.count(i + 2);
              d3 += grid.count(i + 3);
            }
            for (int k = added; k < end; k++) {
              int i = terms[k] + o0;
              d0 -= grid.count(i);
              d1 -= grid.count(i + 1);
              d2 -= grid.count(i + 2);
              d3 -= grid.count(i + 3);
            }
          } else {
            for (int k = start; k < added; k++) {
              int i = terms[k];
              d0 += grid.count(i + o0);
              d1 += grid.count(i + o1);
              d2 += grid.count(i + o2);
              d3 += grid.count(i + o3);
            }
            for (int k = added; k < end; k++) {
              int i = terms[k];
              d0 -= grid.count(i + o0);
              d1 -= grid.count(i + o1);
              d2 -= grid.count(i + o2);
              d3 -= grid.count(i + o3);
            }
          }
          // one below 0: its sign bit; one not 0: a bit
          long any = d0 | d1 | d2 | d3;
          if (atLeast[f] ? any < 0 : any != 0) {
            return false;
          }
          if (m == width - 4) {
            break;
          }
        }
      }
      start = end;
    }
    return true;
  }

  /**
   * Whether the members of a family whose members lie side by side ({@link
   * CompiledEdition#familyInLanes}) hold, {@link CompiledEdition#LANES} (eight) at a time: each
   * cell of the first member's read with the seven next to it, the sums of the members past the
   * last left out.
   */
  static boolean eightHold(
      int[] terms, int start, int added, int end, int width, boolean atLeast, PrintedGrid grid) {
    for (int m = 0; m < width; m += 8) {
      long d0 = 0;
      long d1 = 0;
      long d2 = 0;
      long d3 = 0;
      long d4 = 0;
      long d5 = 0;
      long d6 = 0;
      long d7 = 0;
      for (int k = start; k < added; k++) {
        int i = terms[k] + m;
        d0 += grid.count(i);
        d1 += grid.count(i + 1);
        d2 += grid.count(i + 2);
        d3 += grid.count(i + 3);
        d4 += grid.count(i + 4);
        d5 += grid.count(i + 5);
        d6 += grid.count(i + 6);
        d7 += grid.count(i + 7);
      }
      for (int k = added; k < end; k++) {
        int i = terms[k] + m;
        d0 -= grid.count(i);
        d1 -= grid.count(i + 1);
        d2 -= grid.count(i + 2);
        d3 -= grid.count(i + 3);
        d4 -= grid.count(i + 4);
        d5 -= grid.count(i + 5);
        d6 -= grid.count(i + 6);
        d7 -= grid.count(i + 7);
      }
      // the members this run holds: the sums past the last are left out
      int members = width - m;
      long any =
          d0
              | (members > 1 ? d1 : 0)
              | (members > 2 ? d2 : 0)
              | (members > 3 ? d3 : 0)
              | (members > 4 ? d4 : 0)
              | (members > 5 ? d5 : 0)
              | (members > 6 ? d6 : 0)
              | (members > 7 ? d7 : 0);
      // one below 0: its sign bit; one not 0: a bit
      if (atLeast ? any < 0 : any != 0) {
        return false;
      }
    }
    return true;
  }

  /** The single-report equations, smallest identity first, with cascades suppressed. */
  private void equations(List<Violation> out) {
    // A total found wrong by a reported failure, with the value its failing identity gives it.
    BigDecimal[] broken = null;
    BigDecimal[] brokenBelow = null;
    int currentRank = -1;
    for (CompiledEdition.Eq ce : compiled.equations) {
      if (ce.rank() != currentRank) {
        brokenBelow = broken == null ? null : broken.clone();
        currentRank = ce.rank();
      }
      if (!building && quick(ce) != OTHERWISE) {
        continue;
      }
      Equation e = ce.equation();
      Optional<BigDecimal[]> sides = sides(ce, this::read);
      if (sides.isEmpty() || holds(e, sides.get())) {
        continue;
      }
      BigDecimal[] below = brokenBelow;
      Optional<BigDecimal[]> repairedSides =
          below == null
              ? sides
              : sides(ce, i -> below[i] != null ? new Num(below[i]) : read(i));
      boolean readsBroken = false;
      for (int i : ce.cells()) {
        readsBroken |= below != null && below[i] != null;
      }
      if (readsBroken && repairedSides.isPresent() && holds(e, repairedSides.get())) {
        continue; // the echo of a smaller identity's failure
      }
      out.add(Messages.equation(report.edition(), e, sides.get()[0], sides.get()[1]));
      if (ce.definedTotal() >= 0 && repairedSides.isPresent()) {
        if (broken == null) {
          broken = new BigDecimal[grid.size()];
        }
        if (broken[ce.definedTotal()] == null) {
          broken[ce.definedTotal()] = repairedSides.get()[0];
        }
      }
    }
  }

  static boolean holds(Equation e, BigDecimal[] sides) {
    int cmp = sides[1].compareTo(sides[0]);
    return e.relation() == Equation.Relation.EQUAL ? cmp == 0 : cmp >= 0;
  }

  /**
   * The two sides of a compiled equation, or empty when it is not evaluated (an unreadable cell, a
   * blank total, or a blank under {@link BlankPolicy#SKIP_WHEN_BLANK}).
   */
  private Optional<BigDecimal[]> sides(
      CompiledEdition.Eq e, java.util.function.IntFunction<Read> values) {
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
    int[] cells = e.cells();
    for (int k = 0; k < cells.length; k++) {
      Read r = values.apply(cells[k]);
      if (r instanceof Unreadable) {
        return Optional.empty();
      }
      if (r instanceof Absent) {
        continue;
      }
      if (r instanceof Blank) {
        if (!e.partZero() || compiled.derived[cells[k]]) {
          return Optional.empty();
        }
        continue;
      }
      BigDecimal v = ((Num) r).value();
      int side = k < e.expectedCount() ? 0 : 1;
      sums[side] = sums[side].add(e.signs()[k] > 0 ? v : v.negate());
    }
    return Optional.of(sums);
  }

  static Optional<BigDecimal[]> sides(
      Equation e, Function<Term, Read> values, EditionTemplate template) {
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
    List<List<Term>> both = List.of(e.expected(), e.found());
    for (int side = 0; side < 2; side++) {
      for (Term t : both.get(side)) {
        Read r = values.apply(t);
        if (r instanceof Unreadable) {
          return Optional.empty();
        }
        if (r instanceof Absent) {
          continue;
        }
        if (r instanceof Blank) {
          if (e.identity().blanks() != BlankPolicy.PART_ZERO_TOTAL_SKIPS
              || template.isDerived(t.cell())) {
            return Optional.empty();
          }
          continue;
        }
        BigDecimal v = ((Num) r).value();
        sums[side] = sums[side].add(t.sign() > 0 ? v : v.negate());
      }
    }
    return Optional.of(sums);
  }

  /** I10: numbers section 一 quotes from the tables. */
  private void quotedFigures(List<Violation> out) {
    String text = report.narratives().overview();
    if (text.isEmpty()) {
      return;
    }
    List<QuotedFigure> figures = template.quotedFigures();
    int n = figures.size();
    // Each figure's table sum: in counts[q] while every cell is a count and the sum fits a long,
    // else in tables[q].
    long[] counts = new long[n];
    BigDecimal[] tables = new BigDecimal[n];
    boolean[] known = new boolean[n];
    boolean any = false;
    for (int q = 0; q < n; q++) {
      long count = 0;
      BigDecimal table = null;
      known[q] = true;
      for (int c : compiled.quotedCells[q]) {
        if (table == null
            && !notPrinted[c]
            && grid.state(c) == PrintedGrid.NUMBER
            && grid.isCount(c)) {
          long v = grid.count(c);
          long sum = count + v;
          if (((count ^ sum) & (v ^ sum)) < 0) {
            table = BigDecimal.valueOf(count).add(BigDecimal.valueOf(v));
          } else {
            count = sum;
          }
        } else if (read(c) instanceof Num num) {
          table = (table == null ? BigDecimal.valueOf(count) : table).add(num.value());
        } else {
          known[q] = false;
        }
      }
      counts[q] = count;
      tables[q] = table;
      any |= known[q];
    }
    if (!any) {
      return;
    }
    // The number each match quotes is its first group that took part; the scanner gives the
    // figures in order, each one's matches in text order. A number of at most 18 digits that
    // equals a count sum is told without making it.
    // The numbers already reported, figure by figure (an empty list holds no array yet).
    List<Set<BigDecimal>> reported = new ArrayList<>();
    compiled.quotedPhrases.matches(
        text,
        known,
        (q, m) -> {
          for (int g = 1; g <= m.groupCount(); g++) {
            int start = m.start(g);
            if (start < 0) {
              continue;
            }
            int end = m.end(g);
            if (tables[q] == null && end - start <= 18) {
              long value = 0;
              for (int k = start; k < end; k++) {
                value = value * 10 + (text.charAt(k) - '0');
              }
              if (value == counts[q]) {
                break;
              }
            }
            BigDecimal table = tables[q] == null ? BigDecimal.valueOf(counts[q]) : tables[q];
            BigDecimal value = new BigDecimal(text.substring(start, end));
            if (value.compareTo(table) == 0) {
              break;
            }
            while (reported.size() <= q) {
              reported.add(null);
            }
            if (reported.get(q) == null) {
              reported.set(q, new LinkedHashSet<>());
            }
            if (reported.get(q).add(value)) {
              QuotedFigure figure = figures.get(q);
              out.add(
                  Messages.quoted(
                      identity("I10"), report.edition(), figure.topic(), figure.cells(), table,
                      value));
            }
            break;
          }
        });
  }

  /** I11: a non-zero （六）2 requires section 六 to report the processing fee. */
  private void processingFee(List<Violation> out) {
    if (!building && shortcuts && !anyFeeTriggerPositive(compiled, grid, notPrinted)) {
      return; // what follows reports a trigger above 0 only
    }
    if (feeReported(report, template)) {
      return;
    }
    for (int i : compiled.feeTriggers) {
      CellRef c = compiled.cells[i];
      if (read(i) instanceof Num n && n.value().signum() > 0) {
        out.add(
            Messages.feeNotReported(
                identity("I11"), report.edition(), c, n.value(), template.processingFeeKeyword()));
      }
    }
  }

  /**
   * Whether a cell, when the report is not being built, is read as a number above 0 ({@link
   * #read} gives a {@code Num} above 0), without making the number.
   */
  private static boolean positive(PrintedGrid grid, boolean[] notPrinted, int i) {
    if (notPrinted[i] || grid.state(i) != PrintedGrid.NUMBER) {
      return false;
    }
    return grid.isCount(i) ? grid.count(i) > 0 : amount(grid, i).signum() > 0;
  }

  /** Whether a cell that triggers I11 is read as a number above 0 ({@link #positive}). */
  private static boolean anyFeeTriggerPositive(
      CompiledEdition compiled, PrintedGrid grid, boolean[] notPrinted) {
    for (int i : compiled.feeTriggers) {
      if (positive(grid, notPrinted, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether section 六 reports the processing fee: as facts, or by its keyword in the text. */
  private static boolean feeReported(PrintedReport report, EditionTemplate template) {
    return report.narratives().processingFees().isPresent()
        || report.narratives().otherMatters().contains(template.processingFeeKeyword());
  }

  /** I12: 本年收费金额 that looks like 元. */
  private void feeUnit(List<Violation> out) {
    Figure.Amount a = implausibleFee(compiled, grid);
    if (a != null) {
      BigDecimal printed = a.money().amount();
      out.add(
          Messages.feeUnit(
              identity("I12"),
              report.edition(),
              compiled.cells[compiled.feeAmount],
              printed.movePointLeft(4).stripTrailingZeros(),
              printed));
    }
  }

  /**
   * The 本年收费金额 that looks like 元 (printed in 元, or at least the edition's implausible
   * amount), or null.
   */
  private static Figure.Amount implausibleFee(CompiledEdition compiled, PrintedGrid grid) {
    int i = compiled.feeAmount;
    if (i < 0) {
      return null;
    }
    // The grid holds the report's cell at the position of each of the edition's cells.
    PrintedCell p = grid.cell(i);
    if (p instanceof PrintedCell.Numeric n
        && n.figure() instanceof Figure.Amount a
        && (a.money().unit() == MoneyUnit.YUAN
            || a.money().amount().compareTo(compiled.template.feeAmountImplausibleAbove()) >= 0)) {
      return a;
    }
    return null;
  }

  /** I13: sections 五 and 六 are not empty. */
  private void narratives(List<Violation> out) {
    for (Section s : compiled.requiredNarratives) {
      if (empty(report, s)) {
        out.add(Messages.emptySection(identity("I13"), report.edition(), template.heading(s)));
      }
    }
  }

  /** Whether a section I13 asks for is empty. */
  private static boolean empty(PrintedReport report, Section s) {
    String text =
        s == Section.FIVE ? report.narratives().problems() : report.narratives().otherMatters();
    return isBlank(text);
  }

  /** The characters that are white space ({@link Character#isWhitespace(char)}). */
  private static final java.util.BitSet WHITE_SPACE = new java.util.BitSet(Character.MAX_VALUE + 1);

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isWhitespace((char) c)) {
        WHITE_SPACE.set(c);
      }
    }
  }

  /**
   * {@link String#isBlank()}, told from the first character when it is not white space (as the
   * first character of a section's text is): no code point beyond the basic plane, nor a lone
   * surrogate, is white space, so that a text whose first character is not white space, surrogate
   * or not, is not blank.
   *
   * @param text a text
   * @return whether it is empty or only white space
   */
  static boolean isBlank(String text) {
    return text.isEmpty() || (WHITE_SPACE.get(text.charAt(0)) && text.isBlank());
  }

  /** Whether no section I13 asks for is empty. */
  private static boolean noEmptySection(PrintedReport report, CompiledEdition compiled) {
    for (Section s : compiled.requiredNarratives) {
      if (empty(report, s)) {
        return false;
      }
    }
    return true;
  }

  /** The cross-year equations of the current report's edition. */
  static List<Violation> crossYear(PrintedReport previous, PrintedReport current) {
    EditionTemplate t = current.edition().template();
    List<Violation> out = new ArrayList<>();
    for (Equation e : t.crossYearEquations()) {
      Function<Term, Read> values =
          term -> {
            PrintedReport source = term.year() == Term.Year.PREVIOUS ? previous : current;
            Optional<CellRef> cell =
                source
                    .edition()
                    .template()
                    .findCell(term.cell().table(), term.cell().row(), term.cell().column());
            return cell.isEmpty() ? new Blank() : readPrinted(source, cell.get());
          };
      Optional<BigDecimal[]> sides = sides(e, values, t);
      if (sides.isPresent() && !holds(e, sides.get())) {
        out.add(Messages.equation(current.edition(), e, sides.get()[0], sides.get()[1]));
      }
    }
    return out;
  }
}
