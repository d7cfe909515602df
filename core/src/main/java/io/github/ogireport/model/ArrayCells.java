package io.github.ogireport.model;

import io.github.ogireport.template.CellRef;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only view of cells held in an array over an edition's printable cells, in their order,
 * for a report to copy once ({@link PrintedReport#of}); the non-null elements are its entries.
 */
final class ArrayCells extends AbstractMap<CellRef, PrintedCell> {
  private final List<CellRef> keys;
  private final PrintedCell[] values;
  private final int size;

  ArrayCells(List<CellRef> keys, PrintedCell[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<CellRef, PrintedCell>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
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
            return new SimpleImmutableEntry<>(keys.get(i), values[i]);
          }
        };
      }
    };
  }
}
