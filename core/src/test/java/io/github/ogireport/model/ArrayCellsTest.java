package io.github.ogireport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cells of a report made by {@link PrintedReport#of}, which the report holds without a copy:
 * the same map as the builder's, read-only, and never changed by the array or the builder they came
 * from.
 */
class ArrayCellsTest {
  private static final EditionTemplate T = Edition.E2021.template();
  private static final CellRef NEW_PERSON = T.cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON);

  /** Every fifth printable cell holds a number, every seventh a blank; the others are not printed. */
  private static PrintedCell[] array() {
    List<CellRef> cells = T.printableCells();
    PrintedCell[] array = new PrintedCell[cells.size()];
    for (int i = 0; i < array.length; i++) {
      if (i % 7 == 0) {
        array[i] = PrintedCell.blank("—");
      } else if (i % 5 == 0) {
        array[i] =
            switch (T.kind(cells.get(i))) {
              case MONEY -> PrintedCell.of(Figure.money(Money.yuan("3.20")));
              case COUNT -> PrintedCell.of(i);
              case SIGNED_COUNT -> PrintedCell.of(-i);
            };
      }
    }
    return array;
  }

  private static PrintedReport fromArray(PrintedCell[] array) {
    return PrintedReport.of(Edition.E2021, "某县教育局", 2024, Optional.empty(), Narratives.empty(), array);
  }

  private static Map<CellRef, PrintedCell> asMap(PrintedCell[] array) {
    Map<CellRef, PrintedCell> map = new LinkedHashMap<>();
    for (int i = 0; i < array.length; i++) {
      if (array[i] != null) {
        map.put(T.printableCells().get(i), array[i]);
      }
    }
    return map;
  }

  @Test
  void theMapIsTheBuildersMapEntryForEntry() {
    PrintedCell[] array = array();
    Map<CellRef, PrintedCell> expected = asMap(array);
    Map<CellRef, PrintedCell> cells = fromArray(array).cells();
    Map<CellRef, PrintedCell> built =
        PrintedReport.builder()
            .edition(Edition.E2021)
            .agency("某县教育局")
            .year(2024)
            .cells(expected)
            .build()
            .cells();
    assertEquals(expected, cells);
    assertEquals(cells, expected);
    assertEquals(built, cells);
    assertEquals(cells, built);
    assertEquals(expected.hashCode(), cells.hashCode());
    assertEquals(expected.toString(), cells.toString());
    assertEquals(expected.size(), cells.size());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(cells.keySet()));
    assertEquals(List.copyOf(expected.values()), List.copyOf(cells.values()));
    for (CellRef c : T.printableCells()) {
      assertEquals(expected.get(c), cells.get(c), c.toString());
      assertEquals(expected.containsKey(c), cells.containsKey(c), c.toString());
    }
    assertNull(cells.get("NEW"));
    assertNull(cells.get(null));
    assertFalse(cells.containsKey(null));
    assertTrue(cells.containsValue(PrintedCell.blank("—")));
  }

  @Test
  void anEmptyArrayMakesAnEmptyMap() {
    Map<CellRef, PrintedCell> cells = fromArray(new PrintedCell[T.printableCells().size()]).cells();
    assertTrue(cells.isEmpty());
    assertEquals(Map.of(), cells);
    assertFalse(cells.entrySet().iterator().hasNext());
    assertEquals("{}", cells.toString());
  }

  @Test
  void theMapCannotBeChanged() {
    PrintedCell[] array = array();
    PrintedReport report = fromArray(array);
    Map<CellRef, PrintedCell> cells = report.cells();
    Map<CellRef, PrintedCell> before = new LinkedHashMap<>(cells);
    assertThrows(UnsupportedOperationException.class, () -> cells.put(NEW_PERSON, PrintedCell.of(1)));
    assertThrows(UnsupportedOperationException.class, () -> cells.remove(NEW_PERSON));
    assertThrows(UnsupportedOperationException.class, cells::clear);
    assertThrows(UnsupportedOperationException.class, () -> cells.keySet().remove(NEW_PERSON));
    Iterator<Map.Entry<CellRef, PrintedCell>> it = cells.entrySet().iterator();
    Map.Entry<CellRef, PrintedCell> first = it.next();
    assertThrows(UnsupportedOperationException.class, it::remove);
    assertThrows(UnsupportedOperationException.class, () -> first.setValue(PrintedCell.of(2)));
    // The array the report was made from is read, not kept.
    array[T.index(NEW_PERSON)] = PrintedCell.of(99);
    assertEquals(before, report.cells());
    assertEquals(before, fromArray(array()).cells());
  }

  @Test
  void aBuilderCopiesWhatItIsGivenAndMayGoOn() {
    PrintedReport.Builder builder =
        PrintedReport.builder().edition(Edition.E2021).agency("某县教育局").year(2024);
    Map<CellRef, PrintedCell> given = new LinkedHashMap<>(asMap(array()));
    PrintedReport first = builder.cells(given).build();
    Map<CellRef, PrintedCell> firstCells = new LinkedHashMap<>(first.cells());
    given.put(NEW_PERSON, PrintedCell.of(77));
    PrintedReport second = builder.putCell(NEW_PERSON, PrintedCell.of(88)).build();
    assertEquals(firstCells, first.cells());
    assertEquals(Optional.of(PrintedCell.of(88)), second.cell(NEW_PERSON));
    assertNotEquals(first, second);
    // A report rebuilt from one made by the array is equal to it, whichever way it is compared.
    PrintedReport made = fromArray(array());
    PrintedReport rebuilt = PrintedReport.builder().from(made).build();
    assertEquals(made, rebuilt);
    assertEquals(rebuilt, made);
    assertEquals(made.hashCode(), rebuilt.hashCode());
    assertEquals(made.toString(), rebuilt.toString());
  }

  @Test
  void aBuilderSaysWhatIsMissing() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> PrintedReport.builder().agency("某局").build());
    assertEquals(
        "Cannot build PrintedReport, some of required attributes are not set [edition, year]",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> PrintedReport.builder().putCell(NEW_PERSON, null));
    assertThrows(NullPointerException.class, () -> PrintedReport.builder().putCell(null, PrintedCell.of(1)));
  }

  @Test
  void anotherEditionsReportMadeFromTheseCellsIsCheckedAgain() {
    // The 2019 edition has no cell of the 2021 edition's split （六） rows: a report of it built
    // from these cells is refused, as it always was, rather than reading the 2021 arrays.
    PrintedCell[] array = new PrintedCell[T.printableCells().size()];
    for (int i = 0; i < array.length; i++) {
      if (Edition.E2019.template().index(T.printableCells().get(i)) < 0
          && T.kind(T.printableCells().get(i)) != io.github.ogireport.template.CellKind.MONEY) {
        array[i] = PrintedCell.of(1);
        break;
      }
    }
    PrintedReport made = fromArray(array);
    assertThrows(
        IllegalStateException.class,
        () -> PrintedReport.builder().from(made).edition(Edition.E2019).build());
  }
}
