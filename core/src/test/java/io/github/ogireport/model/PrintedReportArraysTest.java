package io.github.ogireport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PrintedReport#of}: a report from an array over the printable cells, as the builder's. */
class PrintedReportArraysTest {
  private static final EditionTemplate T = Edition.E2021.template();

  @Test
  void theArrayMakesTheBuildersReportWithItsGrid() {
    List<CellRef> cells = T.printableCells();
    PrintedCell[] array = new PrintedCell[cells.size()];
    Map<CellRef, PrintedCell> map = new LinkedHashMap<>();
    for (int i = 0; i < array.length; i += 3) {
      array[i] =
          switch (T.kind(cells.get(i))) {
            case MONEY -> PrintedCell.of(Figure.money(Money.yuan("12.50")));
            case COUNT -> i % 2 == 0 ? PrintedCell.of(i * 1000L) : PrintedCell.blank("/");
            case SIGNED_COUNT -> PrintedCell.of(-i);
          };
      map.put(cells.get(i), array[i]);
    }
    Narratives n = Narratives.builder().overview("概述").build();
    Optional<LocalDate> date = Optional.of(LocalDate.of(2025, 1, 20));
    PrintedReport fromArray = PrintedReport.of(Edition.E2021, "某市人民政府", 2024, date, n, array);
    PrintedReport built =
        PrintedReport.builder()
            .edition(Edition.E2021)
            .agency("某市人民政府")
            .year(2024)
            .publicationDate(date)
            .narratives(n)
            .cells(map)
            .build();
    assertEquals(built, fromArray);
    assertEquals(new ArrayList<>(built.cells().keySet()), new ArrayList<>(fromArray.cells().keySet()));
    for (int i = 0; i < array.length; i++) {
      assertEquals(built.printedGrid().state(i), fromArray.printedGrid().state(i));
      assertEquals(built.printedGrid().count(i), fromArray.printedGrid().count(i));
      assertEquals(array[i], fromArray.printedGrid().cell(i));
    }
    assertEquals(map.size(), fromArray.printedGrid().placed());
  }

  @Test
  void aWrongArrayOrKindIsRefusedAsTheBuilderRefusesIt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PrintedReport.of(Edition.E2021, "某市", 2024, Optional.empty(), Narratives.empty(), new PrintedCell[3]));
    CellRef count = T.cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON);
    PrintedCell money = PrintedCell.of(Figure.money(Money.yuan("1")));
    PrintedCell[] array = new PrintedCell[T.printableCells().size()];
    array[T.index(count)] = money;
    IllegalStateException fromArray =
        assertThrows(
            IllegalStateException.class,
            () -> PrintedReport.of(Edition.E2021, "某市", 2024, Optional.empty(), Narratives.empty(), array));
    IllegalStateException built =
        assertThrows(
            IllegalStateException.class,
            () -> PrintedReport.builder().edition(Edition.E2021).agency("某市").year(2024).putCell(count, money).build());
    assertEquals(built.getMessage(), fromArray.getMessage());
  }
}
