package io.github.ogireport.cli;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Section;
import io.github.ogireport.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Violations as a reviewer reads them: a check that repeats for every cell of a table (25
 * {@code INCOMPLETE} warnings for a blank block of section 三) is one group, listed once with its
 * cells row by row; every other violation is a group of its own. Groups keep the order of their
 * first violation.
 */
final class Groups {
  private Groups() {}

  /**
   * One or more violations of the same check, severity and table.
   *
   * @param violations the violations, at least one
   */
  record Group(List<Violation> violations) {
    Violation first() {
      return violations.get(0);
    }

    boolean isSingle() {
      return violations.size() == 1;
    }

    /** Every cell of the group. */
    List<CellRef> cells() {
      return violations.stream().flatMap(v -> v.cells().stream()).distinct().toList();
    }

    /** The cells by row: {@code row label / col, col; row label / col}. */
    String cellsByRow(String separator) {
      Map<String, List<String>> rows = new LinkedHashMap<>();
      for (CellRef c : cells()) {
        rows.computeIfAbsent(where(c) + c.rowLabel(), k -> new ArrayList<>()).add(c.columnLabel());
      }
      List<String> parts = new ArrayList<>();
      rows.forEach((row, columns) -> parts.add(row + " / " + String.join(", ", columns)));
      return String.join(separator, parts);
    }
  }

  private static String where(CellRef c) {
    return c.section().numeral() + " " + (c.section() == Section.TWO ? c.tableLabel() + " " : "");
  }

  static List<Group> of(Iterable<Violation> violations) {
    Map<Object, List<Violation>> groups = new LinkedHashMap<>();
    int single = 0;
    for (Violation v : violations) {
      Object key;
      if (v.cells().size() == 1) {
        CellRef c = v.cells().get(0);
        key = List.of(v.identityId(), v.severity(), c.section(), c.table());
      } else {
        key = single++;
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }
    return groups.values().stream().map(Group::new).toList();
  }
}
