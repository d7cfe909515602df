package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.testkit.SchemaAgreement;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile JSON (issue 11): real and generated documents of both kinds, mutated in their tree
 * (values replaced by odd numbers, strings, money, dates and objects; fields removed, added,
 * renamed) and in their text (characters deleted, inserted or changed, lines duplicated, swapped or
 * cut, keys duplicated, a byte order mark). On every document the reader throws nothing but {@link
 * ReportJsonException}, returns within a generous hang guard, and agrees with the published schema:
 * both accept or both reject, except for the arithmetic of a {@code "report"} document (totals
 * equal to their parts, within {@code long}), which only the reader can check.
 */
class HostileJsonProperties {
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> SEEDS = seeds();
  private static final List<String> KEYS = keys();

  private static List<String> seeds() {
    List<String> out = new ArrayList<>();
    out.add(Fixtures.text("huaian-2024.json"));
    out.add(Fixtures.text("seed-fangzheng-edu-2020.json"));
    for (String file : Samples.files()) {
      out.add(ReportJson.write(ReportReader.read(Samples.text(file)).report()));
    }
    return List.copyOf(out);
  }

  /** Every key a document uses, and a few it does not. */
  private static List<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (Edition e : Edition.values()) {
      EditionTemplate t = e.template();
      for (TableDecl d : t.tables()) {
        keys.add(d.key());
        t.printableGrid(d).forEach((row, cells) -> {
          keys.add(row);
          keys.addAll(cells.keySet());
        });
      }
    }
    keys.addAll(
        List.of(
            "formatVersion", "edition", "kind", "agency", "year", "publicationDate", "narratives",
            "section2", "section3", "section4", "preamble", "overview", "tableNotes", "problems",
            "otherMatters", "processingFees", "closing", "noticesIssued", "amountCharged",
            "amountCollected", "blank", "unreadable", "二", "三", "四", "五", "", "~1", "a/b"));
    return List.copyOf(keys);
  }

  @Provide
  Arbitrary<String> documents() {
    return Combinators.combine(
            Arbitraries.integers().between(0, SEEDS.size() - 1),
            Arbitraries.integers().between(1, 4),
            Arbitraries.longs())
        .as((seed, count, random) -> mutate(SEEDS.get(seed), count, new Random(random)));
  }

  @Property(tries = 10_000)
  void theReaderThrowsOnlyItsExceptionAndAgreesWithTheSchema(@ForAll("documents") String json) {
    String outcome = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(json));
    net.jqwik.api.statistics.Statistics.collect(outcome);
  }

  /**
   * The same documents as another mapper reads them (decimals as {@code double}, the last of two
   * duplicate keys): reading the tree throws nothing but {@link ReportJsonException}.
   */
  @Property(tries = 2_000)
  void aTreeFromAnotherMapperIsReadOrRejected(@ForAll("documents") String json) {
    JsonNode tree;
    try {
      tree = PLAIN.readTree(json);
    } catch (Exception notJson) {
      return;
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (var read :
              List.<java.util.function.Consumer<JsonNode>>of(
                  ReportJson::readAnnualReport, ReportJson::readPrintedReport)) {
            try {
              read.accept(tree);
            } catch (ReportJsonException expected) {
              // rejected with its pointer
            } catch (RuntimeException | StackOverflowError e) {
              fail("reading the tree threw " + e + " on\n" + json, e);
            }
          }
        });
  }

  /** Every seed as it is: accepted by both. */
  @Property(tries = 10)
  void theSeedsAreAccepted(@ForAll("seedIndex") int i) {
    assertTrue(SchemaAgreement.accepts(SEEDS.get(i)));
    check(SEEDS.get(i));
  }

  @Provide
  Arbitrary<Integer> seedIndex() {
    return Arbitraries.integers().between(0, SEEDS.size() - 1);
  }

  /** Checks one document; says what both made of it. */
  private static String check(String json) {
    boolean schema = SchemaAgreement.accepts(json);
    ReportJsonException asReport = null;
    ReportJsonException asPrinted = null;
    boolean accepted = false;
    try {
      ReportJson.readAnnualReport(json);
      accepted = true;
    } catch (ReportJsonException e) {
      asReport = e;
    } catch (RuntimeException | StackOverflowError e) {
      fail("readAnnualReport threw " + e + " on\n" + json, e);
    }
    try {
      ReportJson.readPrintedReport(json);
      accepted = true;
    } catch (ReportJsonException e) {
      asPrinted = e;
    } catch (RuntimeException | StackOverflowError e) {
      fail("readPrintedReport threw " + e + " on\n" + json, e);
    }
    String reader =
        (asReport == null ? "accepts" : asReport.getMessage())
            + " / "
            + (asPrinted == null ? "accepts" : asPrinted.getMessage());
    if (schema && !accepted) {
      // Only the arithmetic of a built report is beyond a schema.
      String why = asReport.getMessage();
      assertTrue(
          why.contains("but its parts sum to") || why.contains("exceeds the range of a count"),
          () -> "the schema accepts, the reader rejects: " + reader + "\n" + json);
      return "schema accepts, reader rejects its arithmetic";
    }
    assertEquals(
        schema,
        accepted,
        () -> "schema: " + SchemaAgreement.problems(json) + " reader: " + reader + "\n" + json);
    return accepted ? "both accept" : "both reject";
  }

  // ---- Mutations --------------------------------------------------------------------------

  private static String mutate(String seed, int count, Random r) {
    String json = seed;
    for (int i = 0; i < count; i++) {
      json = r.nextInt(3) == 0 ? mutateText(json, r) : mutateTree(json, r);
    }
    return json;
  }

  private static String mutateTree(String json, Random r) {
    JsonNode root;
    try {
      root = PLAIN.readTree(json);
    } catch (Exception e) {
      return mutateText(json, r);
    }
    if (!(root instanceof ObjectNode)) {
      return mutateText(json, r);
    }
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    ObjectNode o = objects.get(r.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    String name = names.isEmpty() ? pick(KEYS, r) : pick(names, r);
    switch (r.nextInt(6)) {
      case 0 -> o.remove(name);
      case 1 -> o.set(pick(KEYS, r), value(r));
      case 2 -> {
        JsonNode v = o.remove(name);
        if (v != null) {
          o.set(r.nextBoolean() ? pick(KEYS, r) : name.toLowerCase(java.util.Locale.ROOT) + "_", v);
        }
      }
      default -> o.set(name, value(r));
    }
    return root.toPrettyString();
  }

  private static void collect(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode o) {
      into.add(o);
    }
    node.elements().forEachRemaining(child -> collect(child, into));
  }

  /** An odd value: numbers at the edges, strings that look like money, dates and names. */
  private static JsonNode value(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> F.numberNode(
          new BigDecimal(
              pick(
                  List.of(
                      "0", "1", "-1", "1.0", "1e2", "1E+2", "-0.0", "0.5", "-0", "2.024e3", "2024",
                      "2019", "2018", "9999", "10000", "4294967297", "9223372036854775807",
                      "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                      "1e19", "1e400", "1e-400", "123456789012345678901234567890",
                      "100000000000000000000.0"),
                  r)));
      case 1 -> F.textNode(
          pick(
              List.of(
                  "", " ", "\u3000", "\t", "\u00a0\u200b", "淮安市人民政府", "-3万元", "3万元", "0元",
                  "3", "1.5", "1.2.3", "12.", ".5", "+3元", "约3万元", "3 元", "９元",
                  "99999999999999999999.9999999999元", "999999999999999999999元",
                  "1.00000000001元", "2024-02-29", "2023-02-29", "+10000-01-01", "2024-1-1",
                  "0000-02-29", "1900-02-29", "2019", "2021", "report", "printed", "\ud800",
                  "a\udc00b", "\ud842\udfb7", "/", "—", "无", "\uFEFF"),
              r));
      case 2 -> switch (r.nextInt(4)) {
        case 0 -> F.objectNode().put("blank", pick(List.of("/", "", "\ud800", " "), r));
        case 1 -> F.objectNode().put("unreadable", "约3");
        case 2 -> F.objectNode().put("blank", 1);
        default -> F.objectNode().put("blank", "/").put("unreadable", "x");
      };
      case 3 -> r.nextBoolean() ? F.nullNode() : F.booleanNode(r.nextBoolean());
      default -> {
        ArrayNode a = F.arrayNode();
        JsonNode inner = a;
        for (int i = 0; i < r.nextInt(50); i++) {
          ArrayNode next = F.arrayNode();
          ((ArrayNode) inner).add(next);
          inner = next;
        }
        yield r.nextBoolean() ? a : F.objectNode();
      }
    };
  }

  private static String mutateText(String json, Random r) {
    if (json.isEmpty()) {
      return "{";
    }
    int at = r.nextInt(json.length());
    int len = Math.min(json.length() - at, 1 + r.nextInt(12));
    List<String> lines = new ArrayList<>(List.of(json.split("\n", -1)));
    int line = r.nextInt(lines.size());
    return switch (r.nextInt(10)) {
      case 0 -> json.substring(0, at) + json.substring(at + len);
      case 1 -> json.substring(0, at) + pick(List.of(",", "{", "}", "\"", ":", "[", "]", "\\", "\\u", "\\ud800", "\uFEFF", "0", "-", "e", " ", "\u0000", "null"), r) + json.substring(at);
      case 2 -> {
        char c = json.charAt(at);
        yield Character.isDigit(c)
            ? json.substring(0, at) + (char) ('0' + r.nextInt(10)) + json.substring(at + 1)
            : json.substring(0, at) + "9".repeat(1 + r.nextInt(30)) + json.substring(at);
      }
      case 3 -> {
        lines.add(line, lines.get(line));
        yield String.join("\n", lines);
      }
      case 4 -> {
        int other = r.nextInt(lines.size());
        String t = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, t);
        yield String.join("\n", lines);
      }
      case 5 -> json.substring(0, at);
      case 6 -> "\uFEFF" + json;
      case 7 -> json + pick(List.of("", " ", "\n", "{}", "x", "\uFEFF"), r);
      case 8 -> json.substring(0, at) + "1".repeat(1 + r.nextInt(2000)) + json.substring(at);
      default -> {
        lines.remove(line);
        yield String.join("\n", lines);
      }
    };
  }

  private static <T> T pick(List<T> from, Random r) {
    return from.get(r.nextInt(from.size()));
  }
}
