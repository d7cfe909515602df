package io.github.ogireport.rollup;

import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.MoneyUnit;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each cell of each accepted edition lands in a roll-up: the roll-up's cells (the target
 * edition's {@link EditionTemplate#cells()}) are numbered slots, and each source edition has a map
 * from its cells to slots, computed once per mapping from the declarations.
 */
final class Layout {
  private static final Map<EditionMapping, Layout> CACHE = new ConcurrentHashMap<>();

  final EditionMapping mapping;
  final List<CellRef> slots;
  final CellKind[] kinds;
  /** The unit a money column's header states, or null. */
  final MoneyUnit[] declaredUnits;
  final Map<CellRef, Integer> slotOf;
  final Map<Edition, Source> sources = new java.util.LinkedHashMap<>();

  /** How one source edition's cells land in the slots. */
  static final class Source {
    final Edition edition;
    /** The source's position among the mapping's sources: its slot in per-edition counters. */
    final int index;
    /** The map for a report that prints the edition's own rows. */
    final Route normal;
    /** The map for a report that prints an alternative row instead (2021 with the old （六）). */
    final Route legacy;
    /** The edition's alternative-row cells, by which a legacy report is recognised. */
    final List<CellRef> alternativeCells;
    /** Slots no cell of this edition lands in. */
    final boolean[] uncovered;
    /**
     * The slot of each of the edition's printable cells on the normal route, by the cell's position
     * in {@link EditionTemplate#printableCells()} (its index in a report's printed grid); -1 for none.
     */
    final int[] normalSlotByIndex;

    Source(Edition edition, int index, Route normal, Route legacy, List<CellRef> alternativeCells,
        boolean[] uncovered, int[] normalSlotByIndex) {
      this.edition = edition;
      this.index = index;
      this.normalSlotByIndex = normalSlotByIndex;
      this.normal = normal;
      this.legacy = legacy;
      this.alternativeCells = alternativeCells;
      this.uncovered = uncovered;
    }
  }

  /**
   * A map from source cells to slots, with the slots a report read this way always holds as
   * unreadable (the rows a legacy row stands for, when the roll-up cannot split it).
   */
  record Route(Map<CellRef, Integer> slotOf, int[] forcedUnreadable) {}

  static Layout of(EditionMapping mapping) {
    return CACHE.computeIfAbsent(mapping, Layout::new);
  }

  private Layout(EditionMapping mapping) {
    this.mapping = mapping;
    EditionTemplate t = mapping.target().template();
    this.slots = t.cells();
    int n = slots.size();
    this.kinds = new CellKind[n];
    this.declaredUnits = new MoneyUnit[n];
    Map<CellRef, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      CellRef c = slots.get(i);
      kinds[i] = t.kind(c);
      declaredUnits[i] = t.column(c).unit().orElse(null);
      index.put(c, i);
    }
    this.slotOf = Map.copyOf(index);
    for (Edition e : Edition.values()) {
      if (mapping.accepts(e)) {
        sources.put(e, source(e, sources.size()));
      }
    }
  }

  private Source source(Edition e, int index) {
    EditionTemplate s = e.template();
    List<CellRef> alternativeCells = s.printableCells().stream().filter(s::isAlternative).toList();
    Route normal = route(s, false);
    Route legacy = alternativeCells.isEmpty() ? normal : route(s, true);
    boolean[] uncovered = new boolean[slots.size()];
    java.util.Arrays.fill(uncovered, true);
    normal.slotOf().values().forEach(i -> uncovered[i] = false);
    List<CellRef> printable = s.printableCells();
    int[] normalSlotByIndex = new int[printable.size()];
    for (int i = 0; i < normalSlotByIndex.length; i++) {
      normalSlotByIndex[i] = normal.slotOf().getOrDefault(printable.get(i), -1);
    }
    return new Source(e, index, normal, legacy, alternativeCells, uncovered, normalSlotByIndex);
  }

  private Route route(EditionTemplate s, boolean legacy) {
    EditionTemplate t = mapping.target().template();
    boolean same = s.edition() == t.edition();
    Map<CellRef, Integer> out = new HashMap<>();
    List<Integer> forced = new ArrayList<>();
    for (CellRef c : s.printableCells()) {
      if (!same && c.section() == Section.TWO) {
        continue; // section 二 is not mapped between editions
      }
      TableDecl table = s.table(c.table()).orElseThrow();
      boolean alternative = table.alternative(c.row()).isPresent();
      Optional<AlternativeRow> replacedBy =
          table.alternatives().stream().filter(a -> a.replaces().contains(c.row())).findFirst();
      Optional<CellRef> target;
      if (alternative) {
        // Printed only by a legacy report; lands in the target's row of that key, if it has one.
        target = legacy && !same ? t.findCell(c.table(), c.row(), c.column()) : Optional.empty();
      } else if (replacedBy.isPresent() && legacy) {
        target = Optional.empty(); // not printed: the alternative row stands for it
        if (same) {
          forced.add(slotOf.get(c)); // the roll-up keeps these rows and cannot split the old one
        }
      } else if (replacedBy.isPresent() && !same) {
        target = t.findCell(c.table(), replacedBy.get().row().key(), c.column());
      } else {
        target = t.findCell(c.table(), c.row(), c.column());
      }
      target.filter(x -> !t.isAlternative(x)).ifPresent(x -> out.put(c, slotOf.get(x)));
    }
    return new Route(Map.copyOf(out), forced.stream().mapToInt(Integer::intValue).toArray());
  }

  Source source(Edition e, String agency, int year) {
    Source s = sources.get(e);
    if (s == null) {
      throw new IllegalArgumentException(
          "a report of the "
              + e.id()
              + " edition ("
              + agency
              + ", "
              + year
              + ") cannot be added to a roll-up of "
              + mapping
              + ": the editions' tables differ"
              + (mapping.target() == Edition.E2019 && e == Edition.E2021
                  ? "; to add 2021 reports into a 2019 roll-up, map them explicitly with"
                      + " EditionMapping.otherHandlingOnto2019()"
                  : ""));
    }
    return s;
  }
}
