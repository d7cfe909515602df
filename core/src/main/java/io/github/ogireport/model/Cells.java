package io.github.ogireport.model;

import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Derivation;
import io.github.ogireport.template.EditionTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Structural checks and total derivation shared by the model's tables. */
final class Cells {
  private Cells() {}

  /**
   * Checks that every key is a stored (non-derived) cell of the given table of the template and
   * that the value fits the cell's kind; when {@code complete}, that every stored cell is present.
   */
  static void check(
      EditionTemplate template,
      String tableKey,
      Map<CellRef, ?> cells,
      boolean complete,
      String what) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<CellRef, ?> e : cells.entrySet()) {
      CellRef c = e.getKey();
      if (!c.table().equals(tableKey) || template.findCell(c.table(), c.row(), c.column()).isEmpty()) {
        problems.add(c + " is not a cell of " + what + " in the " + template.edition().id() + " edition");
      } else if (template.isAlternative(c)) {
        problems.add(c + " is a row of an earlier edition, which only a printed report holds");
      } else if (template.isDerived(c)) {
        problems.add(c + " is a total: it is derived from its parts and cannot be set");
      } else if (e.getValue() instanceof Figure f && !fits(template.kind(c), f)) {
        problems.add(c + " holds " + template.kind(c) + ", not " + f);
      }
    }
    if (complete) {
      for (CellRef c : template.cells()) {
        if (c.table().equals(tableKey) && !template.isDerived(c) && !cells.containsKey(c)) {
          problems.add(c + " is missing");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(what + ": " + String.join("; ", problems));
    }
  }

  static boolean fits(CellKind kind, Figure figure) {
    return kind == CellKind.MONEY
        ? figure instanceof Figure.Amount
        : figure instanceof Figure.Count;
  }

  /**
   * The value of any cell of a complete table: a stored part, or a total computed from its parts
   * by the template's derivations, with {@link Math#addExact} (a sum beyond {@code long} throws).
   */
  static Map<CellRef, Long> withTotals(
      EditionTemplate template, String tableKey, Map<CellRef, Long> parts) {
    Map<CellRef, Long> all = new HashMap<>(parts);
    Map<CellRef, Long> ordered = new java.util.LinkedHashMap<>();
    for (CellRef c : template.cells()) {
      if (c.table().equals(tableKey)) {
        ordered.put(c, value(template, c, all));
      }
    }
    return java.util.Collections.unmodifiableMap(ordered);
  }

  private static long value(EditionTemplate template, CellRef c, Map<CellRef, Long> known) {
    Long v = known.get(c);
    if (v != null) {
      return v;
    }
    Derivation d =
        template.derivation(c).orElseThrow(() -> new IllegalStateException(c + " is missing"));
    long sum = 0;
    for (CellRef p : d.parts()) {
      try {
        sum = Math.addExact(sum, value(template, p, known));
      } catch (ArithmeticException overflow) {
        throw new IllegalStateException(
            "the total " + c + " exceeds the range of a count (" + Long.MAX_VALUE + ")");
      }
    }
    known.put(c, sum);
    return sum;
  }
}
