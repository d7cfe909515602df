package io.github.ogireport.read;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.read.ReadingProblem.Kind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Equation;
import io.github.ogireport.template.Severity;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.template.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems stage: what one reading has found so far, cell by cell, and every problem met, with
 * why a cell was not read when its section, table or row was missing.
 */
final class ReadCells {
  final List<ReadingProblem> problems = new ArrayList<>();
  final Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();
  /** Why a cell was not read: its section, table or row was not found. */
  final Map<CellRef, String> notRead = new HashMap<>();
  EditionTemplate t;

  /** Records why the cells of a table were not read. */
  void missing(TableDecl d, String why) {
    t.printableGrid(d).values().forEach(row -> row.values().forEach(c -> notRead.put(c, why)));
  }

  /** The error identities that read only cells of this row (I3 for a row, I6 for section 四). */
  List<Equation> localEquations(List<CellRef> row) {
    Set<CellRef> inRow = new HashSet<>(row);
    return t.equations().stream()
        .filter(e -> e.identity().severity() == Severity.ERROR)
        .filter(e -> e.relation() == Equation.Relation.EQUAL)
        .filter(e -> inRow.containsAll(e.cells()))
        .toList();
  }

  void put(List<CellRef> row, long[] values) {
    for (int i = 0; i < row.size(); i++) {
      cells.put(row.get(i), values[i] == Splits.BLANK ? PrintedCell.blank() : PrintedCell.of(values[i]));
    }
  }

  /** Whether an equation holds, a blank ({@link Splits#BLANK}) counting as 0. */
  static boolean holds(Equation e, java.util.function.ToLongFunction<CellRef> values) {
    long expected = 0;
    long found = 0;
    for (Term x : e.expected()) {
      long v = values.applyAsLong(x.cell());
      expected += x.sign() * (v == Splits.BLANK ? 0 : v);
    }
    for (Term x : e.found()) {
      long v = values.applyAsLong(x.cell());
      found += x.sign() * (v == Splits.BLANK ? 0 : v);
    }
    return expected == found;
  }

  void unreadable(List<CellRef> row, String text, String origin, String why) {
    problems.add(new ReadingProblem(Kind.CELL_UNREADABLE, why, origin));
    for (CellRef c : row) {
      cells.put(c, PrintedCell.unreadable(text.length() > 80 ? text.substring(0, 80) : text));
    }
  }
}
