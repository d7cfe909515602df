package io.github.ogireport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published report as the reader takes it in: lines of text and table rows of cells, in reading
 * order. Every layout the reader knows (text with tab-prefixed cells, Markdown pipe tables, text
 * with aligned columns, HTML pages) is turned into one of these, and then read by one shared path:
 * labels, cells, digit runs, problems. A reader of another format (a PDF's positioned text, a Word
 * document's tables) builds one and passes it to {@link ReportReader#read(TableSource)}.
 *
 * <pre>{@code
 * TableSource source = TableSource.builder()
 *     .line("某县教育局2024年政府信息公开工作年度报告")
 *     .line("四、政府信息公开行政复议、行政诉讼情况")
 *     .row(List.of("行政复议", "1", "0", "0", "0", "1"))     // one table row: its cells in order
 *     .row(List.of("未经复议直接起诉", "", "", "", "", ""), "page 3, row 2")
 *     .build();
 * ReadResult read = ReportReader.read(source);
 * }</pre>
 *
 * <p>A row's cells are the printed text of each cell, label cells included: an empty string for an
 * empty cell, the mark ("/", "—", "无") for a cell printed as nothing. Merged cells are given once,
 * where they start (or repeated, as a flattened table repeats a group label). Lines are headings,
 * captions, paragraphs and notes; their order among the rows matters (a caption before its table).
 * Instances are immutable.
 */
public final class TableSource {
  private final List<Source.Piece> pieces;
  private final boolean cells;

  private TableSource(List<Source.Piece> pieces, boolean cells) {
    this.pieces = List.copyOf(pieces);
    this.cells = cells;
  }

  /**
   * A builder with nothing in it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of table rows.
   *
   * @return how many rows were added
   */
  public int rowCount() {
    return (int) pieces.stream().mapToInt(Source.Piece::block).filter(b -> b >= 0).distinct().count();
  }

  Source source() {
    return new Source(pieces, cells);
  }

  /** Collects the lines and rows of a {@link TableSource}, in reading order. */
  public static final class Builder {
    private final List<Source.Piece> pieces = new ArrayList<>();
    private int rows;
    private boolean cells;

    private Builder() {}

    /**
     * Adds a line of text (a heading, caption, paragraph or note).
     *
     * @param text the line as printed
     * @return this builder
     */
    public Builder line(String text) {
      return line(text, "line " + (pieces.size() + 1));
    }

    /**
     * Adds a line of text, saying where it came from.
     *
     * @param text the line as printed
     * @param origin where it came from, as reading problems name it ({@code page 2, line 14})
     * @return this builder
     */
    public Builder line(String text, String origin) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(origin, "origin");
      pieces.add(new Source.Piece(text, -1, origin));
      return this;
    }

    /**
     * Adds a table row.
     *
     * @param cells the printed text of each cell, in order, label cells included
     * @return this builder
     */
    public Builder row(List<String> cells) {
      return row(cells, "table row " + (rows + 1));
    }

    /**
     * Adds a table row, saying where it came from.
     *
     * @param cells the printed text of each cell, in order, label cells included
     * @param origin where the row came from ({@code table 3, row 4}); a cell's origin adds {@code
     *     , cell N}
     * @return this builder
     */
    public Builder row(List<String> cells, String origin) {
      Objects.requireNonNull(cells, "cells");
      Objects.requireNonNull(origin, "origin");
      int block = rows++;
      this.cells = true;
      for (int i = 0; i < cells.size(); i++) {
        pieces.add(
            new Source.Piece(Objects.requireNonNull(cells.get(i), "cell"), block, origin + ", cell " + (i + 1)));
      }
      return this;
    }

    /** Adds a piece as the text layouts make it (a tab-prefixed cell of a given row). */
    Builder piece(String text, int block, String origin) {
      if (block >= 0) {
        cells = true;
        rows = Math.max(rows, block + 1);
      }
      pieces.add(new Source.Piece(text, block, origin));
      return this;
    }

    /** How many lines and cells were added. */
    int size() {
      return pieces.size();
    }

    /** The next free row number. */
    int nextRow() {
      return rows;
    }

    /**
     * The source built so far.
     *
     * @return the source
     */
    public TableSource build() {
      return new TableSource(pieces, cells);
    }
  }
}
