package io.github.ogireport.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of an edition: a section 二 sub-table, the section 三 matrix or the section 四 table.
 *
 * @param section the section the table belongs to
 * @param key the stable key ({@link Article20Item} name for section 二, {@code "APPLICATIONS"} for
 *     section 三, {@code "REVIEW"} for section 四)
 * @param caption the official caption (for example {@code 第二十条第（一）项})
 * @param rowHeader the label printed over the row labels, if any ({@code 信息内容}, {@code 申请人情况}'s
 *     companion note and so on)
 * @param note a note printed in the header, verbatim (section 三's 勾稽 note), if any
 * @param columnHeader a label printed over all columns, if any ({@code 申请人情况})
 * @param rows the rows, in printed order
 * @param columns the columns, in printed order
 * @param printedAcross whether the template prints the rows side by side, each as a group of
 *     columns with one line of numbers (section 四: 行政复议, then 行政诉讼's two groups)
 * @param alternatives rows that published reports print in place of some of {@code rows}
 */
public record TableDecl(
    Section section,
    String key,
    String caption,
    Optional<String> rowHeader,
    Optional<String> note,
    Optional<String> columnHeader,
    List<RowDecl> rows,
    List<ColumnDecl> columns,
    boolean printedAcross,
    List<AlternativeRow> alternatives) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @param section the section the table belongs to
   * @param key the stable key ({@link Article20Item} name for section 二, {@code "APPLICATIONS"} for section 三, {@code "REVIEW"} for section 四)
   * @param caption the official caption (for example {@code 第二十条第（一）项})
   * @param rowHeader the label printed over the row labels, if any ({@code 信息内容}, {@code 申请人情况}'s companion note and so on)
   * @param note a note printed in the header, verbatim (section 三's 勾稽 note), if any
   * @param columnHeader a label printed over all columns, if any ({@code 申请人情况})
   * @param rows the rows, in printed order
   * @param columns the columns, in printed order
   * @param printedAcross whether the template prints the rows side by side, each as a group of
   *     columns with one line of numbers (section 四: 行政复议, then 行政诉讼's two groups)
   * @param alternatives rows that published reports print in place of some of {@code rows}
   */
  public TableDecl {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(rowHeader, "rowHeader");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(columnHeader, "columnHeader");
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    alternatives = List.copyOf(alternatives);
  }

  /**
   * The rows a publication may print, in printed order: the rows, with each alternative row before
   * the first row it replaces.
   *
   * @return the printable rows
   */
  public List<RowDecl> printableRows() {
    if (alternatives.isEmpty()) {
      return rows;
    }
    List<RowDecl> out = new java.util.ArrayList<>();
    for (RowDecl r : rows) {
      for (AlternativeRow a : alternatives) {
        if (a.replaces().get(0).equals(r.key())) {
          out.add(a.row());
        }
      }
      out.add(r);
    }
    return List.copyOf(out);
  }

  /**
   * The alternative row with the given key.
   *
   * @param rowKey a row key
   * @return the alternative row, or empty when no alternative row has that key
   */
  public Optional<AlternativeRow> alternative(String rowKey) {
    for (AlternativeRow a : alternatives) {
      if (a.row().key().equals(rowKey)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The row with the given key, alternative rows included.
   *
   * @param rowKey a row key
   * @return the row, or empty when this table has no such row
   */
  public Optional<RowDecl> findRow(String rowKey) {
    return printableRows().stream().filter(r -> r.key().equals(rowKey)).findFirst();
  }

  /**
   * The row with the given key.
   *
   * @param rowKey a row key
   * @return the row
   * @throws IllegalArgumentException when this table has no such row
   */
  public RowDecl row(String rowKey) {
    return findRow(rowKey)
        .orElseThrow(
            () -> new IllegalArgumentException("table " + caption + " has no row " + rowKey));
  }

  /**
   * The column with the given key.
   *
   * @param columnKey a column key
   * @return the column, or empty when this table has no such column
   */
  public Optional<ColumnDecl> findColumn(String columnKey) {
    return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
  }

  /**
   * The column with the given key.
   *
   * @param columnKey a column key
   * @return the column
   * @throws IllegalArgumentException when this table has no such column
   */
  public ColumnDecl column(String columnKey) {
    return findColumn(columnKey)
        .orElseThrow(
            () ->
                new IllegalArgumentException("table " + caption + " has no column " + columnKey));
  }
}
