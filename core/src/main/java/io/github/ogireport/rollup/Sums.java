package io.github.ogireport.rollup;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.DisclosureTable;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedGrid;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.MoneyUnit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * The mutable accumulator of a roll-up: per slot, the number of parts that printed a number, that
 * were unreadable (or not read), the count sum, and the money sums per unit. Its size depends on
 * the edition only, never on the number of reports added.
 */
final class Sums {
  private static final int NUMBER = 1;
  private static final int UNREADABLE = 2;
  static final int YUAN = 0;
  static final int WAN_YUAN = 1;
  static final int UNSTATED = 2;

  final Layout layout;
  long parts;
  final long[] partsByEdition;
  final long[] numbers;
  final long[] unreadable;
  final long[] counts;
  /** Money sums per slot and unit ({@link #YUAN}, {@link #WAN_YUAN}, {@link #UNSTATED}); null until used. */
  final BigDecimal[][] money;

  // Per-report scratch: which slots the current report touched and how.
  private final long[] stamp;
  private final byte[] state;
  private long serial;

  // The keys met at each position of the previous report's cells, and their slots: reports of one
  // edition usually share their cell keys (the declaration's own instances) in one order, so a
  // reference comparison replaces most hash look-ups. A miss falls back to the look-up.
  private final CellRef[] seenKeys;
  private final int[] seenSlots;
  private Map<CellRef, Integer> seenRoute;
  private int position;

  // Visitors made once: Map.forEach on the reports' unmodifiable maps wraps no entry.
  private final java.util.function.BiConsumer<CellRef, PrintedCell> printedVisitor =
      this::visitPrinted;
  private final java.util.function.BiConsumer<CellRef, Figure> figureVisitor = this::visitFigure;
  private final java.util.function.BiConsumer<CellRef, Long> countVisitor = this::visitCount;

  Sums(Layout layout) {
    this.layout = layout;
    this.partsByEdition = new long[layout.sources.size()];
    int n = layout.slots.size();
    numbers = new long[n];
    unreadable = new long[n];
    counts = new long[n];
    money = new BigDecimal[n][];
    stamp = new long[n];
    state = new byte[n];
    int positions = 2 * n + 64;
    seenKeys = new CellRef[positions];
    seenSlots = new int[positions];
    for (int i = 0; i < n; i++) {
      if (layout.kinds[i] == CellKind.MONEY) {
        money[i] = new BigDecimal[3];
      }
    }
  }

  /** A copy, for a result that must not change when this accumulator does. */
  Sums copy() {
    Sums c = new Sums(layout);
    c.addAll(this);
    return c;
  }

  void add(PrintedReport report) {
    Layout.Source source = layout.source(report.edition(), report.agency(), report.year());
    Map<CellRef, PrintedCell> cells = report.cells();
    boolean legacy = false;
    for (CellRef alt : source.alternativeCells) {
      if (cells.containsKey(alt)) {
        legacy = true;
        break;
      }
    }
    Layout.Route route = legacy ? source.legacy : source.normal;
    begin(source, route.slotOf());
    PrintedGrid grid = report.printedGrid();
    if (!legacy && grid.placed() == cells.size()) {
      addGrid(source.normalSlotByIndex, grid); // the same cells, read from arrays, not the map
    } else {
      cells.forEach(printedVisitor);
    }
    for (int slot : route.forcedUnreadable()) {
      unreadable(slot);
    }
  }

  void add(AnnualReport report) {
    Layout.Source source = layout.source(report.edition(), report.agency(), report.year());
    begin(source, source.normal.slotOf());
    for (DisclosureTable d : report.section2()) {
      d.cells().forEach(figureVisitor);
    }
    report.section3().cells().forEach(countVisitor);
    report.section4().cells().forEach(countVisitor);
  }

  private void addGrid(int[] slotByIndex, PrintedGrid grid) {
    for (int i = 0; i < slotByIndex.length; i++) {
      int slot = slotByIndex[i];
      if (slot < 0) {
        continue;
      }
      byte printed = grid.state(i);
      if (printed == PrintedGrid.NUMBER) {
        if (grid.isCount(i)) {
          count(slot, grid.count(i));
        } else {
          number(slot, ((PrintedCell.Numeric) grid.cell(i)).figure());
        }
      } else if (printed == PrintedGrid.UNREADABLE) {
        unreadable(slot); // unreadable or not read: no number
      }
    }
  }

  private void visitPrinted(CellRef key, PrintedCell p) {
    int slot = slot(key);
    if (slot < 0) {
      return;
    }
    if (p instanceof PrintedCell.Numeric n) {
      number(slot, n.figure());
    } else if (!(p instanceof PrintedCell.Blank)) {
      unreadable(slot); // unreadable, and any other kind of "no number" that is not a blank
    }
  }

  private void visitFigure(CellRef key, Figure f) {
    int slot = slot(key);
    if (slot >= 0) {
      number(slot, f);
    }
  }

  private void visitCount(CellRef key, Long value) {
    int slot = slot(key);
    if (slot >= 0) {
      count(slot, value);
    }
  }

  private void begin(Layout.Source source, Map<CellRef, Integer> route) {
    serial++;
    parts++;
    partsByEdition[source.index]++;
    if (route != seenRoute) {
      java.util.Arrays.fill(seenKeys, null);
      seenRoute = route;
    }
    position = 0;
  }

  /** The slot of the next cell of the current report, or -1 when it lands in none. */
  private int slot(CellRef key) {
    int at = position++;
    if (at < seenKeys.length && seenKeys[at] == key) {
      return seenSlots[at];
    }
    Integer slot = seenRoute.get(key);
    int out = slot == null ? -1 : slot;
    if (at < seenKeys.length) {
      seenKeys[at] = key;
      seenSlots[at] = out;
    }
    return out;
  }

  private boolean first(int slot, int how) {
    if (stamp[slot] != serial) {
      stamp[slot] = serial;
      state[slot] = (byte) how;
      if (how == NUMBER) {
        numbers[slot]++;
      } else {
        unreadable[slot]++;
      }
      return true;
    }
    return false;
  }

  private void unreadable(int slot) {
    if (!first(slot, UNREADABLE) && state[slot] == NUMBER) {
      state[slot] = UNREADABLE;
      numbers[slot]--;
      unreadable[slot]++;
    }
  }

  private void count(int slot, long value) {
    first(slot, NUMBER);
    try {
      counts[slot] = Math.addExact(counts[slot], value);
    } catch (ArithmeticException overflow) {
      throw new ArithmeticException(
          "the roll-up of " + layout.slots.get(slot) + " exceeds the range of a count ("
              + Long.MAX_VALUE + ")");
    }
  }

  private void number(int slot, Figure figure) {
    if (figure instanceof Figure.Count c) {
      count(slot, c.value());
      return;
    }
    first(slot, NUMBER);
    var m = ((Figure.Amount) figure).money();
    MoneyUnit unit = m.unit();
    if (unit == MoneyUnit.UNSTATED && layout.declaredUnits[slot] != null) {
      unit = layout.declaredUnits[slot];
    }
    int u = unit == MoneyUnit.YUAN ? YUAN : unit == MoneyUnit.WAN_YUAN ? WAN_YUAN : UNSTATED;
    BigDecimal[] sums = money[slot];
    sums[u] = sums[u] == null ? m.amount() : sums[u].add(m.amount());
  }

  /** Adds another accumulator of the same layout into this one. */
  void addAll(Sums other) {
    if (other.layout != layout) {
      throw new IllegalArgumentException(
          "cannot add a roll-up of " + other.layout.mapping + " to a roll-up of " + layout.mapping);
    }
    parts = Math.addExact(parts, other.parts);
    for (int e = 0; e < partsByEdition.length; e++) {
      partsByEdition[e] = Math.addExact(partsByEdition[e], other.partsByEdition[e]);
    }
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] += other.numbers[i];
      unreadable[i] += other.unreadable[i];
      try {
        counts[i] = Math.addExact(counts[i], other.counts[i]);
      } catch (ArithmeticException overflow) {
        throw new ArithmeticException(
            "the roll-up of " + layout.slots.get(i) + " exceeds the range of a count ("
                + Long.MAX_VALUE + ")");
      }
      if (money[i] != null) {
        for (int u = 0; u < 3; u++) {
          BigDecimal b = other.money[i][u];
          if (b != null) {
            money[i][u] = money[i][u] == null ? b : money[i][u].add(b);
          }
        }
      }
    }
  }

  /** The number of parts whose edition has no cell that lands in a slot. */
  long unmapped(int slot) {
    long out = 0;
    for (Layout.Source s : layout.sources.values()) {
      if (s.uncovered[slot]) {
        out += partsByEdition[s.index];
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Sums[" + layout.mapping + ", " + parts + " parts, " + Arrays.toString(counts) + "]";
  }
}
