package io.github.ogireport.documents;

/**
 * The HTML page a PDF or Word document is turned into for core's HTML reader: paragraphs and
 * tables, nothing else.
 */
final class HtmlPage {
  private final StringBuilder b =
      new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");

  /** Adds a paragraph, unless it is blank. */
  HtmlPage paragraph(String text) {
    if (!text.isBlank()) {
      b.append("<p>").append(escape(text.strip())).append("</p>\n");
    }
    return this;
  }

  /** Adds markup made with {@link #escape}. */
  HtmlPage markup(String html) {
    b.append(html).append('\n');
    return this;
  }

  String html() {
    return b + "</body></html>\n";
  }

  /** A table cell with its spans and text. */
  static String cell(int rowSpan, int colSpan, String text) {
    StringBuilder c = new StringBuilder("<td");
    if (rowSpan > 1) {
      c.append(" rowspan=\"").append(rowSpan).append('"');
    }
    if (colSpan > 1) {
      c.append(" colspan=\"").append(colSpan).append('"');
    }
    return c.append('>').append(escape(text)).append("</td>").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
