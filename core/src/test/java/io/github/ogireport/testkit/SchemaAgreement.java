package io.github.ogireport.testkit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.template.Edition;
import java.math.BigDecimal;

/**
 * Whether the published schema accepts a document's text. A text that is not one JSON value (not
 * JSON, trailing tokens, a duplicate key, which RFC 8259 leaves undefined and I-JSON forbids) is
 * accepted by no schema; numbers are taken exactly, as JSON Schema compares values; a byte order
 * mark before the value is not part of it. A document is accepted when the schema of one edition
 * accepts it (each schema fixes its {@code "edition"}).
 *
 * <p>A decimal number with a whole value ({@code 1.0}, {@code 1E+20}) is handed to the validator as
 * the integer it equals, which is the same JSON value: networknt's validator 1.5.9 compares a decimal
 * with a {@code long} maximum through {@code longValue()}, which wraps ({@code 1E+20} passes a
 * maximum of 2<sup>63</sup>−1, {@code 9223372036854775808.0} fails a minimum of 0).
 */
public final class SchemaAgreement {
  private static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private SchemaAgreement() {}

  private static JsonNode wholeNumbersAsIntegers(JsonNode node) {
    if (node.isBigDecimal()) {
      BigDecimal v = node.decimalValue();
      if (v.signum() == 0) {
        return IntNode.valueOf(0);
      }
      if (v.precision() - v.scale() <= 1000 && v.stripTrailingZeros().scale() <= 0) {
        return BigIntegerNode.valueOf(v.toBigIntegerExact());
      }
      return node;
    }
    if (node instanceof ObjectNode o) {
      ObjectNode out = o.objectNode();
      o.properties().forEach(e -> out.set(e.getKey(), wholeNumbersAsIntegers(e.getValue())));
      return out;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode out = a.arrayNode();
      a.forEach(e -> out.add(wholeNumbersAsIntegers(e)));
      return out;
    }
    return node;
  }

  /** Whether the schema of some edition accepts the text. */
  public static boolean accepts(String json) {
    return problems(json).isEmpty();
  }

  /**
   * Why no schema accepts the text: the problems the schema of its edition (or, for an unknown
   * edition, of each edition) finds; empty when one accepts it.
   */
  public static String problems(String json) {
    JsonNode tree;
    try {
      tree = EXACT.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JacksonException e) {
      return "not one JSON value: " + e.getOriginalMessage();
    }
    if (tree == null || tree.isMissingNode()) {
      return "no JSON value";
    }
    tree = wholeNumbersAsIntegers(tree);
    StringBuilder why = new StringBuilder();
    for (Edition e : Edition.values()) {
      var problems = JsonSchemaCheck.problems(e, tree);
      if (problems.isEmpty()) {
        return "";
      }
      why.append(e.id()).append(": ").append(problems).append("; ");
    }
    return why.toString();
  }
}
