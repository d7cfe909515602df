package io.github.ogireport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.template.EditionDiff.Change;
import io.github.ogireport.template.EditionDiff.Kind;
import io.github.ogireport.template.EditionDiff.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The 2019 → 2021 diff, and docs/edition-diff.md kept equal to it. */
class EditionDiffTest {
  private static final Path DOC = Path.of("../docs/edition-diff.md");

  private static final EditionDiff DIFF =
      EditionDiff.between(Edition.E2019.template(), Edition.E2021.template());

  @Test
  void anEditionEqualsItself() {
    for (Edition e : Edition.values()) {
      assertEquals(0, EditionDiff.between(e.template(), e.template()).changes().size(), e.id());
    }
  }

  @Test
  void theSection3OtherHandlingRowSplitsIntoThree() {
    assertTrue(DIFF.changes(Part.ROW).contains(
        new Change(Part.ROW, Kind.REMOVED, "APPLICATIONS/OTHER", "（六）其他处理", "")));
    assertTrue(DIFF.changes(Part.ROW).contains(
        new Change(Part.ROW, Kind.ADDED, "APPLICATIONS/OTHER_3", "", "3.其他")));
    long newCells =
        DIFF.changes(Part.CELL).stream()
            .filter(c -> c.kind() == Kind.ADDED && c.key().startsWith("APPLICATIONS/OTHER_"))
            .count();
    assertEquals(3 * Applicant.values().length, newCells);
  }

  @Test
  void relabelsNameBothLabels() {
    assertTrue(DIFF.changes(Part.ROW).contains(
        new Change(Part.ROW, Kind.RELABELLED, "ITEM_1/NORMATIVE_DOCUMENTS", "规范性文件", "行政规范性文件")));
    assertTrue(DIFF.changes(Part.COLUMN).contains(
        new Change(Part.COLUMN, Kind.RELABELLED, "ITEM_5/DECISIONS", "处理决定数量", "本年处理决定数量")));
  }

  @Test
  void tablesAndIdentitiesOfOneEditionOnly() {
    assertEquals(
        new Change(Part.TABLE, Kind.REMOVED, "ITEM_9", "第二十条第（九）项", ""),
        DIFF.changes(Part.TABLE).get(0));
    assertEquals(
        java.util.List.of("I8-REMOVED", "I9-REMOVED", "I7-ADDED", "I11-ADDED", "I12-ADDED", "LEGACY_ROW-ADDED"),
        DIFF.changes(Part.IDENTITY).stream().map(c -> c.key() + "-" + c.kind()).toList());
  }

  @Test
  void docsEditionDiffIsGeneratedFromTheDeclarations() throws IOException {
    String generated = DIFF.toMarkdown();
    if (Boolean.getBoolean("ogi.regenerate")) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(DOC), DOC.toAbsolutePath() + " is missing; run with -Dogi.regenerate=true");
    assertEquals(
        generated,
        Files.readString(DOC, StandardCharsets.UTF_8),
        "docs/edition-diff.md is not the declarations' diff; run this test with -Dogi.regenerate=true");
  }
}
