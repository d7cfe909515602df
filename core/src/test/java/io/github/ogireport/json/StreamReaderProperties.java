package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Money;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.AlternativeRow;
import io.github.ogireport.template.CellKind;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.testkit.Reports;
import io.github.ogireport.testkit.Samples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The two readers of {@link ReportJson#readPrintedReport(String)}: the token stream's ({@link
 * StreamReader}) and the tree's. Every document the writer writes is read by the stream, into the
 * report the tree reader makes of it; on mutated documents, whenever the stream reads a document
 * the tree reader makes the same report of it, and otherwise the public reader gives the tree
 * reader's report or its error, message and pointer alike.
 */
class StreamReaderProperties {
  private static final JsonFactory PLAIN = new JsonFactory();
  private static final List<String> SEEDS = seeds();

  private static List<String> seeds() {
    List<String> out = new ArrayList<>();
    out.add(Fixtures.text("huaian-2024.json"));
    for (String file : Samples.files()) {
      out.add(ReportJson.write(ReportReader.read(Samples.text(file)).report()));
    }
    return List.copyOf(out);
  }

  @Provide
  Arbitrary<PrintedReport> reports() {
    Arbitrary<Integer> positions = Arbitraries.integers().between(0, 10_000);
    return Combinators.combine(
            Reports.printedReports(),
            Arbitraries.maps(positions, Arbitraries.longs()).ofMaxSize(12),
            Arbitraries.maps(positions, Arbitraries.strings().ofMaxLength(6)).ofMaxSize(6),
            Arbitraries.of(false, true))
        .as(StreamReaderProperties::vary);
  }

  /**
   * A printed report with more of what a document holds: counts of every size (negative ones in
   * signed cells), money, cells not read, text of any characters, the rows of an earlier edition.
   */
  private static PrintedReport vary(
      PrintedReport p, Map<Integer, Long> counts, Map<Integer, String> texts, boolean legacy) {
    EditionTemplate t = p.edition().template();
    List<CellRef> all = t.printableCells();
    Map<CellRef, PrintedCell> cells = new LinkedHashMap<>(p.cells());
    counts.forEach(
        (i, value) -> {
          CellRef c = all.get(i % all.size());
          CellKind kind = t.kind(c);
          if (kind == CellKind.MONEY) {
            cells.put(c, PrintedCell.of(Figure.money(Money.yuan(Long.toString(Math.abs(value % 100_000))))));
          } else if (!t.isAlternative(c) || legacy) {
            cells.put(c, PrintedCell.of(kind == CellKind.COUNT ? Math.abs(value % 5_000) : value));
          }
        });
    texts.forEach(
        (i, text) -> {
          CellRef c = all.get(i % all.size());
          if (!t.isAlternative(c) || legacy) {
            cells.put(c, i % 2 == 0 ? PrintedCell.notRead(text) : PrintedCell.unreadable(text));
          }
        });
    if (legacy) {
      for (TableDecl table : t.tables()) {
        for (AlternativeRow a : table.alternatives()) {
          t.printableGrid(table).get(a.row().key()).values().forEach(c -> cells.putIfAbsent(c, PrintedCell.of(7)));
        }
      }
    }
    return PrintedReport.builder().from(p).cells(cells).build();
  }

  @Property(tries = 1000)
  void theStreamReadsEveryWrittenDocumentAsTheTreeDoes(@ForAll("reports") PrintedReport report) {
    String json = ReportJson.write(report);
    PrintedReport fast = StreamReader.printed(json);
    assertNotNull(fast, () -> "the stream did not read\n" + json);
    PrintedReport tree = ReportJson.readPrintedReportByTree(json);
    assertEquals(tree, fast);
    assertEquals(report, fast);
    assertEquals(json, ReportJson.write(fast));
  }

  @Provide
  Arbitrary<String> mutated() {
    return Combinators.combine(
            Arbitraries.integers().between(0, SEEDS.size() - 1),
            Arbitraries.integers().between(1, 3),
            Arbitraries.longs())
        .as(
            (seed, count, random) -> {
              Random r = new Random(random);
              String json = SEEDS.get(seed);
              for (int i = 0; i < count; i++) {
                json = mutate(json, r);
              }
              return json;
            });
  }

  @Property(tries = 5000)
  void bothReadersAgreeOnMutatedDocuments(@ForAll("mutated") String json) {
    String tree = outcome(() -> ReportJson.readPrintedReportByTree(json));
    PrintedReport fast =
        StreamReader.printed(json.startsWith("\uFEFF") ? json.substring(1) : json);
    if (fast != null) {
      assertEquals(tree, "read: " + ReportJson.write(fast), () -> "on\n" + json);
    }
    assertEquals(tree, outcome(() -> ReportJson.readPrintedReport(json)), () -> "on\n" + json);
    Statistics.collect(
        fast != null ? "read by the stream" : tree.startsWith("read") ? "read by the tree" : "rejected");
  }

  /** What a reader made of a document: the report as written again, or the error. */
  private static String outcome(java.util.function.Supplier<PrintedReport> read) {
    try {
      return "read: " + ReportJson.write(read.get());
    } catch (ReportJsonException e) {
      return "rejected at " + e.pointer() + ": " + e.getMessage();
    }
  }

  // ---- Mutations: the usual shape, slightly wrong -------------------------------------------

  private static String mutate(String json, Random r) {
    if (json.isEmpty()) {
      // An earlier mutation left nothing (a value replacing the whole document, then cut).
      return "{";
    }
    List<String> lines = new ArrayList<>(List.of(json.split("\n", -1)));
    int line = r.nextInt(lines.size());
    int at = r.nextInt(json.length());
    return switch (r.nextInt(8)) {
      case 0 -> {
        // A key written twice, or a row moved before the edition that names it.
        lines.add(r.nextInt(lines.size()), lines.get(line));
        yield String.join("\n", lines);
      }
      case 1 -> {
        String moved = lines.remove(line);
        lines.add(r.nextInt(lines.size() + 1), moved);
        yield String.join("\n", lines);
      }
      case 2 -> json.substring(0, at) + json.substring(Math.min(json.length(), at + 1 + r.nextInt(3)));
      case 3 -> json.substring(0, at)
          + pick(List.of(",", "}", "\"", "0", "-", ".0", "e1", " ", "\\u", "\\ud800", "\uFEFF"), r)
          + json.substring(at);
      case 4 -> (r.nextBoolean() ? "\uFEFF" : "") + json + pick(List.of("", "\n", "{}", "x"), r);
      default -> mutateToken(json, r);
    };
  }

  /**
   * One token of the document changed in its text: a value replaced by an odd one (a number
   * written otherwise or beyond range, money, a lone surrogate, a cell object, a wrong type), or a
   * key renamed to an unknown one or to its neighbour's (a duplicate).
   */
  private static String mutateToken(String json, Random r) {
    List<int[]> values = new ArrayList<>();
    List<int[]> keys = new ArrayList<>();
    try (JsonParser p = PLAIN.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.getText(); // finishes the token, so that the location is past it
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (r.nextInt(8) == 0) {
            p.skipChildren();
            values.add(new int[] {start, (int) p.currentLocation().getCharOffset()});
          }
        } else if (t == JsonToken.FIELD_NAME) {
          keys.add(new int[] {start, (int) p.currentLocation().getCharOffset()});
        } else if (t.isScalarValue()) {
          values.add(new int[] {start, (int) p.currentLocation().getCharOffset()});
        }
      }
    } catch (IOException notJson) {
      return json;
    }
    if (keys.isEmpty() && values.isEmpty()) {
      return json;
    }
    if (keys.isEmpty() || r.nextInt(3) > 0 && !values.isEmpty()) {
      int[] v = pick(values, r);
      return json.substring(0, v[0]) + pick(ODD_VALUES, r) + json.substring(v[1]);
    }
    int k = r.nextInt(keys.size());
    int[] key = keys.get(k);
    String name = json.substring(key[0], key[1]);
    String other = json.substring(keys.get(Math.max(0, k - 1))[0], keys.get(Math.max(0, k - 1))[1]);
    String renamed = r.nextBoolean() ? name.replaceFirst("\"$", "_\"") : other;
    return json.substring(0, key[0]) + renamed + json.substring(key[1]);
  }

  /** Values that a cell, a header field or a text may or may not hold, as JSON text. */
  private static final List<String> ODD_VALUES =
      List.of(
          "0", "1", "-1", "1023", "1024", "1.0", "1e2", "-0", "2024", "2018", "10000",
          "9223372036854775807", "9223372036854775808", "0.5", "\"\"", "\" \"", "\"3万元\"",
          "\"-3元\"", "\"3\"", "\"约3\"", "\"2021\"", "\"2019\"", "\"printed\"", "\"report\"",
          "\"2024-02-29\"", "\"2023-02-29\"", "\"\\ud800\"", "\"\\ud842\\udfb7\"", "\"/\"",
          "{\"blank\": \"\"}", "{\"blank\": \"/\"}", "{\"blank\": \"\\udc00\"}",
          "{\"notRead\": \"row not found\"}", "{\"unreadable\": 3}",
          "{\"blank\": \"/\", \"unreadable\": \"x\"}", "{}", "null", "true", "[1]");

  private static <T> T pick(List<T> from, Random r) {
    return from.get(r.nextInt(from.size()));
  }
}
