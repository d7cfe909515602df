package io.github.ogireport.json;

import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where a table's cells live in a document. */
final class Cells {
  private Cells() {}

  /** The document field of a section's tables. */
  static String field(Section section) {
    return "section" + (section.ordinal() + 1);
  }

  /** The sections with tables, in order. */
  static final List<Section> TABLE_SECTIONS = List.of(Section.TWO, Section.THREE, Section.FOUR);

  /** The tables of a section, by key. */
  static Map<String, TableDecl> tables(EditionTemplate t, Section s) {
    Map<String, TableDecl> m = new LinkedHashMap<>();
    t.tables().stream().filter(d -> d.section() == s).forEach(d -> m.put(d.key(), d));
    return m;
  }

  /** Whether a section nests its tables under their keys (section 二) or is one table. */
  static boolean nested(Section s) {
    return s == Section.TWO;
  }
}
