package io.github.ogireport.model;

import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The cells of a report made by {@link PrintedReport#of}, held as its {@link PrintedReport#cells()}
 * without a copy: an unmodifiable map over the array of its {@link PrintedGrid}, whose non-null
 * elements are its entries, in the order of the edition's printable cells. A key is looked up by
 * its position ({@link EditionTemplate#index}). It equals, and hashes like, any map of the same
 * entries.
 */
final class ArrayCells extends AbstractMap<CellRef, PrintedCell> {
  private final EditionTemplate template;
  private final PrintedGrid grid;
  private final PrintedCell[] values;

  /**
   * The map of a grid's cells.
   *
   * @param template the edition whose printable cells index the array
   * @param grid the grid; its array is read, never written
   */
  ArrayCells(EditionTemplate template, PrintedGrid grid) {
    this.template = template;
    this.grid = grid;
    this.values = grid.printedCells();
  }

  /**
   * The grid these cells were made from, when it is the grid of a report of the template's edition.
   *
   * @param t the report's edition
   * @return the grid, or null for another edition
   */
  PrintedGrid gridFor(EditionTemplate t) {
    return t == template ? grid : null;
  }

  @Override
  public int size() {
    return grid.placed();
  }

  @Override
  public boolean isEmpty() {
    return grid.placed() == 0;
  }

  @Override
  public PrintedCell get(Object key) {
    if (!(key instanceof CellRef c)) {
      return null;
    }
    int i = template.index(c);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Map.Entry<CellRef, PrintedCell>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return grid.placed();
      }

      @Override
      public Iterator<Map.Entry<CellRef, PrintedCell>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < values.length && values[i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Map.Entry<CellRef, PrintedCell> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int i = next;
            next = advance(i + 1);
            return new SimpleImmutableEntry<>(template.printableCells().get(i), values[i]);
          }
        };
      }
    };
  }
}
