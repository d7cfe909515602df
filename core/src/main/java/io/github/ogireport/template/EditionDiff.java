package io.github.ogireport.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one edition's declaration to another's: tables, rows, columns, cells and
 * identities added, removed or relabelled, each named by its stable key with its official label in
 * both editions. Computed from the declarations alone, so it is never out of date.
 *
 * <pre>{@code
 * EditionDiff d = EditionDiff.between(Edition.E2019.template(), Edition.E2021.template());
 * d.changes(EditionDiff.Part.ROW);   // APPLICATIONS/OTHER removed, APPLICATIONS/OTHER_1 added, ...
 * d.toMarkdown();                    // docs/edition-diff.md
 * }</pre>
 */
public final class EditionDiff {
  /** The parts of a declaration a change is about. */
  public enum Part {
    /** A table: its key and caption. */
    TABLE,
    /** A row of a table: {@code TABLE/ROW} and its label. */
    ROW,
    /** A column of a table: {@code TABLE/COLUMN} and its label. */
    COLUMN,
    /** A cell: {@code TABLE/ROW/COLUMN} and its row and column labels. */
    CELL,
    /** An identity or completeness check: its id and its rule in Chinese. */
    IDENTITY
  }

  /** How a part changed. */
  public enum Kind {
    /** Only the newer edition has it. */
    ADDED,
    /** Only the older edition has it. */
    REMOVED,
    /** Both have it, with different labels. */
    RELABELLED
  }

  /**
   * One change.
   *
   * @param part what changed
   * @param kind how
   * @param key the stable key, for example {@code APPLICATIONS/OTHER_1} or {@code I7}
   * @param before the label in the older edition, empty when added
   * @param after the label in the newer edition, empty when removed
   */
  public record Change(Part part, Kind kind, String key, String before, String after) {
    /**
     * Checks that no component is null.
     *
     * @param part what changed
     * @param kind how
     * @param key the stable key
     * @param before the label in the older edition, empty when added
     * @param after the label in the newer edition, empty when removed
     */
    public Change {
      Objects.requireNonNull(part);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(key);
      Objects.requireNonNull(before);
      Objects.requireNonNull(after);
    }
  }

  private final Edition from;
  private final Edition to;
  private final List<Change> changes;

  private EditionDiff(Edition from, Edition to, List<Change> changes) {
    this.from = from;
    this.to = to;
    this.changes = List.copyOf(changes);
  }

  /**
   * The changes from one edition's declaration to another's, in printed order: tables, then rows,
   * columns, cells, and identities.
   *
   * @param from the older edition's declaration
   * @param to the newer edition's declaration
   * @return the changes; none when both declare the same
   */
  public static EditionDiff between(EditionTemplate from, EditionTemplate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<Change> out = new ArrayList<>();
    compare(Part.TABLE, keyed(from.tables(), TableDecl::key, TableDecl::caption),
        keyed(to.tables(), TableDecl::key, TableDecl::caption), out);
    compare(Part.ROW, rows(from), rows(to), out);
    compare(Part.COLUMN, columns(from), columns(to), out);
    compare(Part.CELL, cells(from), cells(to), out);
    compare(Part.IDENTITY, keyed(from.identities(), Identity::id, Identity::ruleZh),
        keyed(to.identities(), Identity::id, Identity::ruleZh), out);
    return new EditionDiff(from.edition(), to.edition(), out);
  }

  private static <T> Map<String, String> keyed(
      List<T> items, Function<T, String> key, Function<T, String> label) {
    Map<String, String> m = new LinkedHashMap<>();
    items.forEach(i -> m.put(key.apply(i), label.apply(i)));
    return m;
  }

  private static Map<String, String> rows(EditionTemplate t) {
    Map<String, String> m = new LinkedHashMap<>();
    t.tables().forEach(d -> d.rows().forEach(r -> m.put(d.key() + "/" + r.key(), r.label())));
    return m;
  }

  private static Map<String, String> columns(EditionTemplate t) {
    Map<String, String> m = new LinkedHashMap<>();
    t.tables().forEach(d -> d.columns().forEach(c -> m.put(d.key() + "/" + c.key(), c.label())));
    return m;
  }

  private static Map<String, String> cells(EditionTemplate t) {
    Map<String, String> m = new LinkedHashMap<>();
    for (CellRef c : t.cells()) {
      m.put(c.table() + "/" + c.row() + "/" + c.column(), c.rowLabel() + " × " + c.columnLabel());
    }
    return m;
  }

  private static void compare(
      Part part, Map<String, String> before, Map<String, String> after, List<Change> out) {
    before.forEach(
        (key, label) -> {
          String now = after.get(key);
          if (now == null) {
            out.add(new Change(part, Kind.REMOVED, key, label, ""));
          } else if (!now.equals(label)) {
            out.add(new Change(part, Kind.RELABELLED, key, label, now));
          }
        });
    after.forEach(
        (key, label) -> {
          if (!before.containsKey(key)) {
            out.add(new Change(part, Kind.ADDED, key, "", label));
          }
        });
  }

  /**
   * The older edition.
   *
   * @return the edition compared from
   */
  public Edition from() {
    return from;
  }

  /**
   * The newer edition.
   *
   * @return the edition compared to
   */
  public Edition to() {
    return to;
  }

  /**
   * Every change, tables first, then rows, columns, cells and identities.
   *
   * @return the changes
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The changes to one part.
   *
   * @param part tables, rows, columns, cells or identities
   * @return those changes, in order
   */
  public List<Change> changes(Part part) {
    return changes.stream().filter(c -> c.part() == part).toList();
  }

  /**
   * The changes as a Markdown document: one table per part, with the official labels of both
   * editions. {@code docs/edition-diff.md} is this document for 2019 → 2021.
   *
   * @return the document, ending with a line break
   */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Edition diff: ").append(from.id()).append(" → ").append(to.id()).append("\n\n");
    b.append("Generated from the edition declarations, do not edit by hand:\n\n")
        .append("    EditionDiff.between(Edition.E")
        .append(from.id())
        .append(".template(), Edition.E")
        .append(to.id())
        .append(".template()).toMarkdown()\n\n")
        .append("`EditionDiffTest` fails when this file differs from the declarations, and rewrites it\n")
        .append("when run with `-Dogi.regenerate=true`. Keys are the stable keys of JSON documents and of\n")
        .append("the API; labels are the official Chinese labels, verbatim.\n");
    for (Part part : Part.values()) {
      List<Change> list = changes(part);
      b.append("\n## ").append(title(part)).append(" (").append(list.size()).append(")\n\n");
      if (list.isEmpty()) {
        b.append("No change.\n");
        continue;
      }
      b.append("| change | key | ").append(from.id()).append(" | ").append(to.id()).append(" |\n");
      b.append("|---|---|---|---|\n");
      for (Change c : list) {
        b.append("| ")
            .append(c.kind().name().toLowerCase(java.util.Locale.ROOT))
            .append(" | `")
            .append(c.key())
            .append("` | ")
            .append(cell(c.before()))
            .append(" | ")
            .append(cell(c.after()))
            .append(" |\n");
      }
    }
    return b.toString();
  }

  private static String title(Part part) {
    return switch (part) {
      case TABLE -> "Tables";
      case ROW -> "Rows";
      case COLUMN -> "Columns";
      case CELL -> "Cells";
      case IDENTITY -> "Identities";
    };
  }

  private static String cell(String label) {
    return label.isEmpty() ? "—" : label.replace("|", "\\|").replace("\n", " ");
  }

  @Override
  public String toString() {
    return "EditionDiff[" + from.id() + " → " + to.id() + ": " + changes.size() + " changes]";
  }
}
