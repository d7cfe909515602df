package io.github.ogireport.read;

import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.read.ReadingProblem.Kind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems stage: what one reading has found so far, cell by cell, and every problem met, with
 * why a cell was not read when its section, table or row was missing.
 */
final class ReadCells {
  final List<ReadingProblem> problems = new ArrayList<>();
  /** Sized for every printable cell of an edition (207 at most), never rehashed as it fills. */
  final Map<CellRef, PrintedCell> cells = new LinkedHashMap<>(512);
  /** Why a cell was not read: its section, table or row was not found. */
  final Map<CellRef, String> notRead = new HashMap<>();
  /** The cells read with words after their numbers, and the words (see {@link Reading#notes}). */
  final Map<CellRef, Reading.Noted> notes = new LinkedHashMap<>();
  EditionTemplate t;

  /** Records why the cells of a table were not read. */
  void missing(TableDecl d, String why) {
    t.printableGrid(d).values().forEach(row -> row.values().forEach(c -> notRead.put(c, why)));
  }

  void put(List<CellRef> row, long[] values) {
    for (int i = 0; i < row.size(); i++) {
      cells.put(row.get(i), values[i] == Splits.BLANK ? PrintedCell.blank() : PrintedCell.of(values[i]));
    }
  }

  void unreadable(List<CellRef> row, String text, String origin, String why) {
    problems.add(new ReadingProblem(Kind.CELL_UNREADABLE, why, origin));
    for (CellRef c : row) {
      cells.put(c, PrintedCell.unreadable(text.length() > 80 ? text.substring(0, 80) : text));
    }
  }
}
