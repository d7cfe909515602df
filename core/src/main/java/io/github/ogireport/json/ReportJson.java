package io.github.ogireport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.Edition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes and reads report documents.
 *
 * <pre>{@code
 * String json = ReportJson.write(report);                  // kind "report"
 * AnnualReport again = ReportJson.readAnnualReport(json);  // equal to report
 *
 * String printedJson = ReportJson.write(printed);          // kind "printed"
 * PrintedReport p = ReportJson.readPrintedReport(printedJson);
 *
 * ObjectMapper yours = JsonMapper.builder().addModule(ReportJson.module()).build();
 * yours.writeValueAsString(report);                        // the same document
 * }</pre>
 *
 * <p>Reading rejects anything that is not a valid document with a {@link ReportJsonException}
 * whose message starts with the JSON pointer of the problem: no document ({@code null}), malformed
 * JSON, a duplicate key, an unknown field, a wrong type, a negative count or amount of money, a
 * number beyond {@code long}, an amount with more digits than {@link
 * io.github.ogireport.model.Money} allows, a format version other than {@value #FORMAT_VERSION}, a
 * blank agency, a year outside 2019–9999, a date that is not in the calendar, a text longer than
 * 10,000,000 characters or with a lone surrogate, a cell the edition does not have, or (for kind
 * {@code "report"}) a row of an earlier edition or a total that disagrees with its parts. An
 * integer may be written {@code 1}, {@code 1.0} or {@code 1e0}, as JSON Schema counts integers. A
 * leading byte order mark is ignored.
 *
 * <p>The published schema ({@link #schema(Edition)}) accepts exactly the documents the reader
 * accepts, except for the arithmetic of a {@code "report"} document (its totals equal the sum of
 * their parts, within the range of {@code long}), which JSON Schema cannot state and the reader
 * checks.
 *
 * <p>The writer writes UTF-8 text with the Chinese labels and narratives as they are, never
 * escaped, and refuses (with an {@link IllegalArgumentException} naming the pointer) a report the
 * reader would reject: nothing is written that cannot be read back.
 */
public final class ReportJson {
  /** The version of the document format this library writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** The {@code "kind"} of a report built in code. */
  public static final String KIND_REPORT = "report";

  /** The {@code "kind"} of a report read from a publication. */
  public static final String KIND_PRINTED = "printed";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // Decimal numbers exactly, so that 1.0 or 1e2 in a count is read as the schema reads it.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ReportJson() {}

  /**
   * The document of a report built in code (kind {@code "report"}), totals included.
   *
   * @param report the report
   * @return pretty-printed JSON
   * @throws IllegalArgumentException when the reader would reject the document: a negative count
   *     or amount, a blank agency, a year outside 2019–9999, a text too long or with a lone
   *     surrogate (such a report cannot be exchanged; validate it first)
   */
  public static String write(AnnualReport report) {
    return toString(toTree(report));
  }

  /**
   * The document of a printed report (kind {@code "printed"}).
   *
   * @param report the report
   * @return pretty-printed JSON
   * @throws IllegalArgumentException when the reader would reject the document: a negative count
   *     or amount, a blank agency, a year outside 2019–9999, a text too long or with a lone
   *     surrogate (such a report cannot be exchanged; validate it first)
   */
  public static String write(PrintedReport report) {
    return toString(toTree(report));
  }

  /**
   * The document tree of a report built in code.
   *
   * @param report the report
   * @return the tree
   */
  public static ObjectNode toTree(AnnualReport report) {
    return DocumentWriter.write(report, KIND_REPORT, report.toPrinted());
  }

  /**
   * The document tree of a printed report.
   *
   * @param report the report
   * @return the tree
   */
  public static ObjectNode toTree(PrintedReport report) {
    return DocumentWriter.write(report, KIND_PRINTED, report);
  }

  /**
   * Reads a document of kind {@code "report"}.
   *
   * @param json the document
   * @return the report
   * @throws ReportJsonException when the document is not a valid report document
   */
  public static AnnualReport readAnnualReport(String json) {
    return DocumentReader.report(parse(json));
  }

  /**
   * Reads a document of kind {@code "printed"}.
   *
   * @param json the document
   * @return the printed report
   * @throws ReportJsonException when the document is not a valid printed-report document
   */
  public static PrintedReport readPrintedReport(String json) {
    // The usual document is read from the token stream; anything else, errors included, from the
    // tree, which gives the same report and says what is wrong.
    PrintedReport fast = json == null ? null : StreamReader.printed(withoutBom(json));
    return fast != null ? fast : readPrintedReportByTree(json);
  }

  /** The general reader of {@link #readPrintedReport(String)}: the document's tree. */
  static PrintedReport readPrintedReportByTree(String json) {
    return DocumentReader.printed(parse(json));
  }

  /**
   * Reads a document tree of kind {@code "report"}.
   *
   * @param tree the document
   * @return the report
   * @throws ReportJsonException when the document is not a valid report document
   */
  public static AnnualReport readAnnualReport(JsonNode tree) {
    return DocumentReader.report(tree);
  }

  /**
   * Reads a document tree of kind {@code "printed"}.
   *
   * @param tree the document
   * @return the printed report
   * @throws ReportJsonException when the document is not a valid printed-report document
   */
  public static PrintedReport readPrintedReport(JsonNode tree) {
    return DocumentReader.printed(tree);
  }

  /**
   * The published JSON Schema (draft 2020-12) of an edition's documents, both kinds. An edition
   * declared at run time ({@code EditionDeclaration}) has no published file: its schema is
   * generated from its declaration, as the published ones are.
   *
   * @param edition the edition
   * @return the schema text
   */
  public static String schema(Edition edition) {
    String name = JsonSchemas.resourceName(edition);
    try (InputStream in = ReportJson.class.getResourceAsStream(name)) {
      if (in == null) {
        return JsonSchemas.generate(edition);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A Jackson module that makes any {@link ObjectMapper} write and read {@link AnnualReport} and
   * {@link PrintedReport} as these documents. For duplicate keys to be rejected, enable {@link
   * StreamReadFeature#STRICT_DUPLICATE_DETECTION} on that mapper too.
   *
   * @return the module
   */
  public static Module module() {
    SimpleModule m = new SimpleModule("ogi-report");
    m.addSerializer(AnnualReport.class, new TreeSerializer<>(AnnualReport.class, ReportJson::toTree));
    m.addSerializer(
        PrintedReport.class, new TreeSerializer<>(PrintedReport.class, ReportJson::toTree));
    m.addDeserializer(
        AnnualReport.class, new TreeDeserializer<>(AnnualReport.class, DocumentReader::report));
    m.addDeserializer(
        PrintedReport.class, new TreeDeserializer<>(PrintedReport.class, DocumentReader::printed));
    return m;
  }

  private static JsonNode parse(String json) {
    if (json == null) {
      throw new ReportJsonException("", "no document (null)");
    }
    String text = withoutBom(json);
    try (JsonParser parser = MAPPER.createParser(text)) {
      try {
        JsonNode tree = MAPPER.readTree(parser);
        return tree == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : tree;
      } catch (JsonProcessingException e) {
        // The parser that stopped knows where; a limit's exception does not always carry it.
        JsonParser at = e.getProcessor() instanceof JsonParser p ? p : parser;
        throw new ReportJsonException(pointer(at), e.getOriginalMessage(), e);
      } catch (NumberFormatException e) {
        // A decimal number whose exponent no BigDecimal holds (1e99999999999), read as the tree
        // is made.
        throw new ReportJsonException(pointer(parser), "unreadable number: " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new ReportJsonException("", e.getMessage(), e);
    }
  }

  /** Where a parser is, as a JSON pointer. */
  private static String pointer(JsonParser parser) {
    return parser.getParsingContext() == null
        ? ""
        : parser.getParsingContext().pathAsPointer().toString();
  }

  /** A byte order mark, as editors on Windows save UTF-8, is not part of the document. */
  private static String withoutBom(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  private static String toString(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static final class TreeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient java.util.function.Function<T, ObjectNode> toTree;

    TreeSerializer(Class<T> type, java.util.function.Function<T, ObjectNode> toTree) {
      super(type);
      this.toTree = toTree;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeTree(toTree.apply(value));
    }
  }

  private static final class TreeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient java.util.function.Function<JsonNode, T> fromTree;

    TreeDeserializer(Class<T> type, java.util.function.Function<JsonNode, T> fromTree) {
      super(type);
      this.fromTree = fromTree;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = p.readValueAsTree();
      try {
        return fromTree.apply(tree);
      } catch (ReportJsonException e) {
        throw com.fasterxml.jackson.databind.JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
