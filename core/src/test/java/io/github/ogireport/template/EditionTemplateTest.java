package io.github.ogireport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The declarations are well formed: the shapes the specification gives, every total derived from
 * cells of its own table, every number of sections 三 and 四 read by at least one error identity (so
 * no printed number can be wrong unnoticed), labels unique, variants attached to real labels.
 */
public class EditionTemplateTest {

  /**
   * Every declared edition, for parameterized tests.
   *
   * @return the editions
   */
  public static List<Edition> editions() {
    return List.of(Edition.values());
  }

  @Test
  void theShapesOfTheSpecification() {
    EditionTemplate e19 = Edition.E2019.template();
    EditionTemplate e21 = Edition.E2021.template();
    assertEquals(23, e19.applications().rows().size());
    assertEquals(25, e21.applications().rows().size());
    assertEquals(List.of(), e19.applications().alternatives());
    assertEquals(1, e21.applications().alternatives().size());
    for (EditionTemplate t : List.of(e19, e21)) {
      assertEquals(7, t.applications().columns().size());
      assertEquals(3, t.review().rows().size());
      assertEquals(5, t.review().columns().size());
    }
    assertEquals(5, e19.disclosureTables().size());
    assertEquals(4, e21.disclosureTables().size());
    assertEquals(Edition.E2019, Edition.forReportYear(2020));
    assertEquals(Edition.E2021, Edition.forReportYear(2021));
  }

  @Test
  void everyEditionIsDeclaredAndInForceFromItsFirstYear() {
    for (Edition e : Edition.values()) {
      assertEquals(e, e.template().edition());
      assertEquals(e, Edition.forReportYear(e.firstReportYear()));
    }
    assertEquals(Edition.E2019, Edition.forReportYear(2019));
    assertEquals(Edition.E2021, Edition.forReportYear(2030));
    assertThrows(IllegalArgumentException.class, () -> Edition.forReportYear(2018));
  }

  @ParameterizedTest
  @MethodSource("io.github.ogireport.template.EditionTemplateTest#editions")
  void everyTotalIsDerivedFromCellsOfItsOwnTable(Edition edition) {
    EditionTemplate t = edition.template();
    for (Derivation d : t.derivations()) {
      assertFalse(d.parts().isEmpty());
      for (CellRef p : d.parts()) {
        assertEquals(d.total().table(), p.table(), d.toString());
        // A report built in code holds no alternative row: its totals read its own cells only.
        assertTrue(
            t.isAlternative(d.total()) ? t.printableCells().contains(p) : t.cells().contains(p),
            p + " is a cell a report of this edition holds");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.ogireport.template.EditionTemplateTest#editions")
  void everyNumberOfSections3And4IsReadByAnErrorIdentity(Edition edition) {
    EditionTemplate t = edition.template();
    Set<CellRef> read = new HashSet<>();
    for (Equation e : t.equations()) {
      if (e.identity().severity() == Severity.ERROR) {
        read.addAll(e.cells());
      }
    }
    for (CellRef c : t.cells()) {
      if (c.section() != Section.TWO) {
        assertTrue(read.contains(c), c + " is read by no error identity");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.ogireport.template.EditionTemplateTest#editions")
  void labelsAreUniqueWithinATable(Edition edition) {
    for (TableDecl d : edition.template().tables()) {
      List<String> rows = d.printableRows().stream().map(RowDecl::label).toList();
      List<String> columns = d.columns().stream().map(ColumnDecl::label).toList();
      assertEquals(rows.size(), new HashSet<>(rows).size(), d.caption());
      assertEquals(columns.size(), new HashSet<>(columns).size(), d.caption());
    }
  }

  @Test
  void theDeclaredVariantsAreWhatPublishedReportsPrint() {
    EditionTemplate t = Edition.E2021.template();
    assertTrue(t.variants("2.其他法律行政法规禁止公开").contains("2.其他法律行政止公开"));
    assertTrue(t.variants(t.heading(Section.FIVE)).contains("五、政府信息公开工作存在的主要问题及改进情况"));
    assertEquals(List.of(), t.variants("（七）总计"));
  }

  @Test
  void theNoteOfSection3IsVerbatim() {
    for (Edition e : Edition.values()) {
      assertEquals(
          "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
          e.template().applications().note().orElseThrow());
    }
  }
}
