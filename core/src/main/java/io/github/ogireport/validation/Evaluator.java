package io.github.ogireport.validation;

import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Derivation;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Identity;
import io.github.ogireport.template.Identity.BlankPolicy;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.template.QuotedFigure;
import io.github.ogireport.template.RowDecl;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.template.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;

/** Evaluates an edition's declarations on printed reports. */
final class Evaluator {
  private final PrintedReport report;
  private final EditionTemplate template;
  private final boolean building;
  private final java.util.Set<CellRef> notPrinted;

  /**
   * An evaluator.
   *
   * @param report the report
   * @param building whether the report holds the entries of a report being built: absent cells
   *     were never entered (an error, and the identities reading them are not evaluated) and absent
   *     totals are derived from their parts
   */
  Evaluator(PrintedReport report, boolean building) {
    this.report = report;
    this.template = report.edition().template();
    this.building = building;
    this.notPrinted = notPrinted(report);
  }

  /**
   * Cells that are structurally absent rather than blank: the cells of an alternative row the
   * report does not print, and the cells of the rows that a printed alternative row stands for.
   * They count as nothing in every identity.
   */
  private static java.util.Set<CellRef> notPrinted(PrintedReport report) {
    java.util.Set<CellRef> out = new java.util.HashSet<>(report.edition().template().printableCells());
    out.removeAll(report.layoutCells());
    out.removeIf(report.cells()::containsKey);
    return out;
  }

  /** What a cell holds, for evaluation. */
  private sealed interface Read permits Num, Blank, Unreadable, Absent {}

  /** A cell the report's layout does not have (see {@link #notPrinted}): counts as nothing. */
  private record Absent() implements Read {}

  private record Num(BigDecimal value) implements Read {}

  private record Blank() implements Read {}

  private record Unreadable() implements Read {}

  private Read read(PrintedReport report, CellRef cell) {
    if (notPrinted.contains(cell)) {
      return new Absent();
    }
    if (building && !report.cells().containsKey(cell)) {
      if (!template.isDerived(cell)) {
        return new Unreadable();
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (CellRef part : template.derivation(cell).orElseThrow().parts()) {
        if (!(read(report, part) instanceof Num n)) {
          return new Unreadable();
        }
        sum = sum.add(n.value());
      }
      return new Num(sum);
    }
    return readPrinted(report, cell);
  }

  static Read readPrinted(PrintedReport report, CellRef cell) {
    PrintedCell p = report.cells().get(cell);
    if (p == null || p instanceof PrintedCell.Blank) {
      return new Blank();
    }
    if (p instanceof PrintedCell.Unreadable) {
      return new Unreadable();
    }
    Figure f = ((PrintedCell.Numeric) p).figure();
    return new Num(
        f instanceof Figure.Count c
            ? BigDecimal.valueOf(c.value())
            : ((Figure.Amount) f).money().amount());
  }

  private Identity identity(String id) {
    return template.identity(id).orElseThrow();
  }

  List<Violation> evaluate() {
    List<Violation> out = new ArrayList<>();
    cellChecks(out);
    equations(out);
    quotedFigures(out);
    processingFee(out);
    feeUnit(out);
    narratives(out);
    List<Violation> sorted = new ArrayList<>(out.stream().filter(Violation::isError).toList());
    sorted.addAll(out.stream().filter(v -> !v.isError()).toList());
    return sorted;
  }

  /** Blank, unreadable, negative and (when building) never entered cells. */
  private void cellChecks(List<Violation> out) {
    Map<String, List<CellRef>> notEntered = new java.util.LinkedHashMap<>();
    for (TableDecl t : template.tables()) {
      for (RowDecl r : report.printedRows(t)) {
        if (t.alternative(r.key()).isPresent()) {
          List<CellRef> printed =
              template.printableGrid(t).get(r.key()).values().stream()
                  .filter(report.cells()::containsKey)
                  .toList();
          out.add(Messages.legacyRow(identity("LEGACY_ROW"), report.edition(), printed));
        }
      }
    }
    for (CellRef c : template.printableCells()) {
      PrintedCell p = report.cells().get(c);
      if (notPrinted.contains(c)) {
        continue; // an alternative row not printed, or a row an alternative row stands for
      }
      if (building && p == null) {
        if (!template.isDerived(c)) {
          notEntered.computeIfAbsent(c.table() + "/" + c.row(), k -> new ArrayList<>()).add(c);
        }
        continue;
      }
      Read r = read(report, c);
      if (r instanceof Unreadable) {
        out.add(
            Messages.unreadable(
                identity("UNREADABLE"),
                report.edition(),
                c,
                ((PrintedCell.Unreadable) p).text()));
      } else if (r instanceof Blank) {
        Optional<Derivation> d = template.derivation(c);
        if (d.isPresent()) {
          out.add(
              Messages.missingTotal(
                  identity("MISSING_TOTAL"),
                  report.edition(),
                  c,
                  d.get().parts(),
                  partsSum(c, cell -> read(report, cell))));
        } else {
          out.add(Messages.incomplete(identity("INCOMPLETE"), report.edition(), c, p != null));
        }
      } else if (template.kind(c) == CellKind.COUNT && ((Num) r).value().signum() < 0) {
        out.add(Messages.negative(identity("I4"), report.edition(), c, ((Num) r).value()));
      }
    }
    notEntered
        .values()
        .forEach(cells -> out.add(Messages.notEntered(identity("NOT_ENTERED"), report.edition(), cells)));
  }

  /**
   * The sum a total's parts give: printed parts as printed, blank parts as 0, blank derived parts
   * as their own parts' sum; empty when a part is unreadable.
   */
  private Optional<BigDecimal> partsSum(CellRef total, Function<CellRef, Read> values) {
    // The defining equation's parts (which include any alternative row), else the derivation's.
    List<CellRef> parts =
        template.equations().stream()
            .filter(e -> e.identity() == template.derivation(total).orElseThrow().identity())
            .filter(e -> e.found().size() == 1 && e.found().get(0).cell().equals(total))
            .findFirst()
            .map(e -> e.expected().stream().map(Term::cell).toList())
            .orElse(template.derivation(total).orElseThrow().parts());
    BigDecimal sum = BigDecimal.ZERO;
    for (CellRef p : parts) {
      Read r = values.apply(p);
      if (r instanceof Absent) {
        continue;
      }
      if (r instanceof Num n) {
        sum = sum.add(n.value());
      } else if (r instanceof Unreadable) {
        return Optional.empty();
      } else if (template.isDerived(p)) {
        Optional<BigDecimal> inner = partsSum(p, values);
        if (inner.isEmpty()) {
          return inner;
        }
        sum = sum.add(inner.get());
      }
    }
    return Optional.of(sum);
  }

  /** The single-report equations, smallest identity first, with cascades suppressed. */
  private void equations(List<Violation> out) {
    // A total found wrong by a reported failure, with the value its failing identity gives it.
    Map<CellRef, BigDecimal> broken = new HashMap<>();
    Map<CellRef, BigDecimal> brokenBelow = Map.of();
    int currentRank = -1;
    for (Equation e : template.equations()) {
      if (e.identity().rank() != currentRank) {
        brokenBelow = Map.copyOf(broken);
        currentRank = e.identity().rank();
      }
      Optional<BigDecimal[]> sides = evaluate(e, c -> read(report, c));
      if (sides.isEmpty() || holds(e, sides.get())) {
        continue;
      }
      Map<CellRef, BigDecimal> below = brokenBelow;
      Function<CellRef, Read> repaired =
          c -> below.containsKey(c) ? new Num(below.get(c)) : read(report, c);
      Optional<BigDecimal[]> repairedSides = evaluate(e, repaired);
      if (e.cells().stream().anyMatch(below::containsKey)
          && repairedSides.isPresent()
          && holds(e, repairedSides.get())) {
        continue; // the echo of a smaller identity's failure
      }
      out.add(Messages.equation(report.edition(), e, sides.get()[0], sides.get()[1]));
      if (e.found().size() == 1 && template.isDerived(e.found().get(0).cell())) {
        repairedSides.ifPresent(r -> broken.putIfAbsent(e.found().get(0).cell(), r[0]));
      }
    }
  }

  static boolean holds(Equation e, BigDecimal[] sides) {
    int cmp = sides[1].compareTo(sides[0]);
    return e.relation() == Equation.Relation.EQUAL ? cmp == 0 : cmp >= 0;
  }

  /**
   * The two sides of an equation, or empty when the equation is not evaluated (an unreadable cell,
   * a blank total, or a blank under {@link BlankPolicy#SKIP_WHEN_BLANK}).
   */
  private Optional<BigDecimal[]> evaluate(Equation e, Function<CellRef, Read> values) {
    return sides(e, t -> values.apply(t.cell()), template);
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
    for (QuotedFigure q : template.quotedFigures()) {
      BigDecimal table = BigDecimal.ZERO;
      boolean known = true;
      for (CellRef c : q.cells()) {
        if (read(report, c) instanceof Num n) {
          table = table.add(n.value());
        } else {
          known = false;
        }
      }
      if (!known) {
        continue;
      }
      Set<BigDecimal> reported = new LinkedHashSet<>();
      Matcher m = q.phrase().matcher(text);
      while (m.find()) {
        for (int g = 1; g <= m.groupCount(); g++) {
          if (m.group(g) != null) {
            BigDecimal quoted = new BigDecimal(m.group(g));
            if (quoted.compareTo(table) != 0 && reported.add(quoted)) {
              out.add(
                  Messages.quoted(
                      identity("I10"), report.edition(), q.topic(), q.cells(), table, quoted));
            }
            break;
          }
        }
      }
    }
  }

  /** I11: a non-zero （六）2 requires section 六 to report the processing fee. */
  private void processingFee(List<Violation> out) {
    if (report.narratives().processingFees().isPresent()
        || report.narratives().otherMatters().contains(template.processingFeeKeyword())) {
      return;
    }
    for (CellRef c : template.processingFeeTriggers()) {
      if (read(report, c) instanceof Num n && n.value().signum() > 0) {
        out.add(
            Messages.feeNotReported(
                identity("I11"), report.edition(), c, n.value(), template.processingFeeKeyword()));
      }
    }
  }

  /** I12: 本年收费金额 that looks like 元. */
  private void feeUnit(List<Violation> out) {
    template
        .feeAmountCell()
        .ifPresent(
            c -> {
              PrintedCell p = report.cells().get(c);
              if (p instanceof PrintedCell.Numeric n && n.figure() instanceof Figure.Amount a) {
                BigDecimal printed = a.money().amount();
                boolean inYuan = a.money().unit() == MoneyUnit.YUAN;
                if (inYuan || printed.compareTo(template.feeAmountImplausibleAbove()) >= 0) {
                  out.add(
                      Messages.feeUnit(
                          identity("I12"),
                          report.edition(),
                          c,
                          printed.movePointLeft(4).stripTrailingZeros(),
                          printed));
                }
              }
            });
  }

  /** I13: sections 五 and 六 are not empty. */
  private void narratives(List<Violation> out) {
    for (Section s : template.requiredNarratives()) {
      String text =
          s == Section.FIVE ? report.narratives().problems() : report.narratives().otherMatters();
      if (text.isBlank()) {
        out.add(Messages.emptySection(identity("I13"), report.edition(), template.heading(s)));
      }
    }
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
