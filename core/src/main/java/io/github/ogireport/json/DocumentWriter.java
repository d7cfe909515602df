package io.github.ogireport.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.model.ReportHeader;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.template.TableDecl;
import java.util.Map;

/** Writes the document tree of a report, walking the edition declaration. */
final class DocumentWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private DocumentWriter() {}

  static ObjectNode write(ReportHeader header, String kind, PrintedReport cells) {
    ObjectNode root = F.objectNode();
    root.put("formatVersion", ReportJson.FORMAT_VERSION);
    root.put("edition", header.edition().id());
    root.put("kind", kind);
    if (ReportHeader.isBlankName(header.agency())) {
      throw refused("/agency", "the agency must not be blank");
    }
    root.put("agency", text(header.agency(), "/agency"));
    if (header.year() < Limits.MIN_YEAR || header.year() > Limits.MAX_YEAR) {
      throw refused(
          "/year",
          "the report year must be from "
              + Limits.MIN_YEAR
              + " to "
              + Limits.MAX_YEAR
              + ", found "
              + header.year());
    }
    root.put("year", header.year());
    header.publicationDate().ifPresent(d -> root.put("publicationDate", d.toString()));
    root.set("narratives", narratives(header.narratives()));
    EditionTemplate t = header.edition().template();
    for (Section s : Cells.TABLE_SECTIONS) {
      ObjectNode section = root.putObject(Cells.field(s));
      for (Map.Entry<String, TableDecl> e : Cells.tables(t, s).entrySet()) {
        ObjectNode table = Cells.nested(s) ? F.objectNode() : section;
        writeTable(t, e.getValue(), table, cells);
        if (Cells.nested(s) && (!table.isEmpty() || kind.equals(ReportJson.KIND_REPORT))) {
          section.set(e.getKey(), table);
        }
      }
    }
    return root;
  }

  private static void writeTable(
      EditionTemplate t, TableDecl table, ObjectNode into, PrintedReport report) {
    for (var row : t.printableGrid(table).entrySet()) {
      ObjectNode rowNode = F.objectNode();
      for (var cell : row.getValue().entrySet()) {
        report.cell(cell.getValue()).ifPresent(p -> rowNode.set(cell.getKey(), cell(t, cell.getValue(), p)));
      }
      if (!rowNode.isEmpty()) {
        into.set(row.getKey(), rowNode);
      }
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode cell(
      EditionTemplate t, CellRef ref, PrintedCell p) {
    if (p instanceof PrintedCell.Numeric n) {
      if (n.figure() instanceof Figure.Count c) {
        if (c.value() < 0 && t.kind(ref) == CellKind.COUNT) {
          throw new IllegalArgumentException(
              "cannot write "
                  + ref
                  + " (at "
                  + ref.jsonPointer()
                  + "): a count must not be negative, found "
                  + c.value());
        }
        return F.numberNode(c.value());
      }
      return F.textNode(money(((Figure.Amount) n.figure()).money(), ref.jsonPointer()));
    }
    if (p instanceof PrintedCell.Blank b) {
      return b.mark().isEmpty()
          ? F.nullNode()
          : F.objectNode().put("blank", text(b.mark(), ref.jsonPointer() + "/blank"));
    }
    if (p instanceof PrintedCell.NotRead n) {
      return F.objectNode().put("notRead", text(n.why(), ref.jsonPointer() + "/notRead"));
    }
    return F.objectNode()
        .put(
            "unreadable",
            text(((PrintedCell.Unreadable) p).text(), ref.jsonPointer() + "/unreadable"));
  }

  /** The printed form of an amount, refused when negative (the reader would reject it). */
  private static String money(Money m, String pointer) {
    if (m.amount().signum() < 0) {
      throw refused(pointer, "an amount of money must not be negative, found " + m);
    }
    return m.toString();
  }

  /** A text, refused when the reader would reject it (too long, a lone surrogate). */
  private static String text(String text, String pointer) {
    Limits.textProblem(text)
        .ifPresent(
            p -> {
              throw refused(pointer, p);
            });
    return text;
  }

  private static IllegalArgumentException refused(String pointer, String problem) {
    return new IllegalArgumentException("cannot write " + pointer + ": " + problem);
  }

  private static ObjectNode narratives(Narratives n) {
    String at = "/narratives/";
    ObjectNode o = F.objectNode();
    o.put("preamble", text(n.preamble(), at + "preamble"));
    o.put("overview", text(n.overview(), at + "overview"));
    ObjectNode notes = o.putObject("tableNotes");
    for (Section s : Cells.TABLE_SECTIONS) {
      String text = n.tableNotes().get(s);
      if (text != null) {
        notes.put(s.numeral(), text(text, at + "tableNotes/" + s.numeral()));
      }
    }
    o.put("problems", text(n.problems(), at + "problems"));
    o.put("otherMatters", text(n.otherMatters(), at + "otherMatters"));
    n.processingFees()
        .ifPresent(
            f -> {
              ObjectNode fees = o.putObject("processingFees");
              String fp = at + "processingFees/";
              f.noticesIssued().ifPresent(v -> fees.put("noticesIssued", v));
              f.amountCharged()
                  .ifPresent(v -> fees.put("amountCharged", money(v, fp + "amountCharged")));
              f.amountCollected()
                  .ifPresent(v -> fees.put("amountCollected", money(v, fp + "amountCollected")));
            });
    o.put("closing", text(n.closing(), at + "closing"));
    return o;
  }
}
