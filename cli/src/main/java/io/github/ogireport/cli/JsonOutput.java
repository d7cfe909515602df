package io.github.ogireport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.CellNote;
import io.github.ogireport.read.ReadingProblem;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.Section;
import io.github.ogireport.validation.Violation;
import java.util.Locale;
import java.util.Map;

/**
 * The checker's JSON lines: one object per file, then one per series and a closing summary, each
 * with a {@code type}: {@code report}, {@code not-read}, {@code skipped}, {@code series} or {@code
 * summary}. One {@link ObjectMapper} serves the whole run (it is thread-safe once configured).
 */
final class JsonOutput {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {}

  static String of(FileCheck f, Lang l) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("file", f.entry().path().toString());
    if (!f.status().isReport()) {
      o.put("type", f.status() == FileCheck.Status.SKIPPED ? "skipped" : "not-read");
      o.put("status", f.status().words);
      o.put("reason", f.reason());
      return write(o);
    }
    PrintedReport p = f.report();
    o.put("type", "report");
    o.put("status", f.status().words);
    o.put("edition", p.edition().id());
    f.agency().ifPresentOrElse(a -> o.put("agency", a), () -> o.putNull("agency"));
    f.year().ifPresentOrElse(y -> o.put("year", y), () -> o.putNull("year"));
    try {
      o.set("report", ReportJson.toTree(p));
    } catch (IllegalArgumentException e) {
      o.putNull("report");
      o.put("reportError", e.getMessage());
    }
    violations(o.putArray("violations"), f.violations(), l);
    ArrayNode ps = o.putArray("problems");
    for (ReadingProblem problem : f.read().problems()) {
      ps.addObject()
          .put("kind", problem.kind().name())
          .put("message", l.problem(problem))
          .put("origin", problem.origin());
    }
    ArrayNode cells = o.putArray("cells");
    Map<CellRef, CellNote> notes = f.notes();
    for (CellValues.Value v : CellValues.of(p)) {
      ObjectNode j = cell(v.cell());
      switch (v.kind()) {
        case NUMBER -> {
          j.put("value", v.number());
          if (!v.unit().isEmpty()) {
            j.put("unit", v.unit());
          }
          if (notes.containsKey(v.cell())) {
            j.put("note", notes.get(v.cell()).words()); // the words printed after the number
          }
        }
        case UNREADABLE -> j.putObject("value").put("unreadable", v.value());
        case NOT_READ -> j.putObject("value").put("notRead", v.value());
        case BLANK -> {
          if (v.value().isEmpty()) {
            j.putNull("value");
          } else {
            j.putObject("value").put("blank", v.value());
          }
        }
      }
      cells.add(j);
    }
    return write(o);
  }

  static void violations(ArrayNode vs, Iterable<Violation> violations, Lang l) {
    for (Violation v : violations) {
      ObjectNode j = vs.addObject();
      j.put("id", v.identityId());
      j.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
      ArrayNode cs = j.putArray("cells");
      v.cells().forEach(c -> cs.add(cell(c)));
      v.expected().ifPresentOrElse(e -> j.put("expected", e), () -> j.putNull("expected"));
      v.found().ifPresentOrElse(x -> j.put("found", x), () -> j.putNull("found"));
      j.put("message", l.message(v));
    }
  }

  static ObjectNode cell(CellRef c) {
    ObjectNode j = MAPPER.createObjectNode();
    j.put("section", c.section().numeral());
    if (c.section() == Section.TWO) {
      j.put("table", c.tableLabel());
    }
    j.put("row", c.rowLabel());
    j.put("column", c.columnLabel());
    return j;
  }

  static String write(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always writes", e);
    }
  }
}
