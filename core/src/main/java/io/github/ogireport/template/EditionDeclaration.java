package io.github.ogireport.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The declaration of a further edition of the format, made from a declared one: what it adds,
 * removes or relabels is said here, and everything else (validation, JSON and its schema,
 * rendering, reading, the test kit's generators) follows from the declaration with no other code.
 *
 * <pre>{@code
 * Edition e2026 =
 *     EditionDeclaration.basedOn(Edition.E2021)
 *         .withRow(Article20Item.ITEM_5, DisclosureRow.OTHER_SERVICES, "其他对外管理服务事项")
 *         .declare("2026", 2026);
 * e2026.template();               // 2021's tables, and the row added to 第二十条第（五）项
 * Edition.fromId("2026");         // the new edition, as JSON documents name it
 * }</pre>
 *
 * <p>Rows and columns are named by the constants of the key enums ({@link DisclosureRow}, {@link
 * DisclosureColumn}, {@link Article20Item}); a new key is a new constant there. See {@code
 * docs/adding-an-edition.md}.
 */
public final class EditionDeclaration {
  private final List<TableDecl> disclosure;
  private final List<RowDecl> otherHandling;
  private final List<AlternativeRow> alternatives;
  private final List<Identity> identities;

  private EditionDeclaration(Templates.Declaration d) {
    this.disclosure = new ArrayList<>(d.disclosure());
    this.otherHandling = new ArrayList<>(d.otherHandling());
    this.alternatives = new ArrayList<>(d.alternatives());
    this.identities = new ArrayList<>(d.identities());
  }

  /**
   * Starts from the declaration of a declared edition.
   *
   * @param base the edition to start from, for example {@link Edition#E2021}
   * @return a declaration equal to the base's, to change
   * @throws IllegalStateException when the base is not declared
   */
  public static EditionDeclaration basedOn(Edition base) {
    return new EditionDeclaration(Templates.declaration(Objects.requireNonNull(base, "base")));
  }

  /**
   * Adds a row at the end of a section 二 sub-table; its cells take the table's columns.
   *
   * @param item the sub-table
   * @param row the row's key
   * @param label the row's official label, verbatim
   * @return this declaration
   * @throws IllegalArgumentException when the edition has no such sub-table, or it has the row
   */
  public EditionDeclaration withRow(Article20Item item, DisclosureRow row, String label) {
    Objects.requireNonNull(label, "label");
    for (int i = 0; i < disclosure.size(); i++) {
      TableDecl t = disclosure.get(i);
      if (t.key().equals(item.name())) {
        if (t.findRow(row.name()).isPresent()) {
          throw new IllegalArgumentException(item + " already has the row " + row);
        }
        List<RowDecl> rows = new ArrayList<>(t.rows());
        rows.add(new RowDecl(row.name(), label, List.of(), false));
        disclosure.set(
            i,
            new TableDecl(
                t.section(),
                t.key(),
                t.caption(),
                t.rowHeader(),
                t.note(),
                t.columnHeader(),
                rows,
                t.columns(),
                t.printedAcross(),
                t.alternatives()));
        return this;
      }
    }
    throw new IllegalArgumentException("the base edition has no sub-table " + item);
  }

  /**
   * Replaces the identities the edition checks.
   *
   * @param identities constants of {@link Identities}
   * @return this declaration
   */
  public EditionDeclaration withIdentities(List<Identity> identities) {
    this.identities.clear();
    this.identities.addAll(List.copyOf(identities));
    return this;
  }

  /**
   * Declares the edition: from now on {@link Edition#values()}, {@link Edition#fromId(String)} and
   * {@link Edition#forReportYear(int)} know it.
   *
   * @param id its stable identifier, as JSON documents write it, for example {@code "2026"}
   * @param firstReportYear the first report year it is required for
   * @return the new edition
   * @throws IllegalArgumentException when an edition with that id is declared already
   */
  public Edition declare(String id, int firstReportYear) {
    Edition e = new Edition(id, firstReportYear);
    Templates.declare(
        e, new Templates.Declaration(disclosure, otherHandling, alternatives, identities));
    return e;
  }

  /**
   * Withdraws an edition declared with {@link #declare(String, int)}, for tests that declare one
   * for their own duration. The built-in editions cannot be withdrawn.
   *
   * @param edition an edition declared here
   * @throws IllegalArgumentException for {@link Edition#E2019} and {@link Edition#E2021}
   */
  public static void withdraw(Edition edition) {
    Templates.withdraw(edition);
  }
}
