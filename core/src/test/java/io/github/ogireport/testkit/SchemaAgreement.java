package io.github.ogireport.testkit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ogireport.template.Edition;

/**
 * Whether the published schema accepts a document's text. A text that is not one JSON value (not
 * JSON, trailing tokens, a duplicate key, which RFC 8259 leaves undefined and I-JSON forbids) is
 * accepted by no schema; numbers are taken exactly, as JSON Schema compares values; a byte order
 * mark before the value is not part of it. A document is accepted when the schema of one edition
 * accepts it (each schema fixes its {@code "edition"}).
 */
public final class SchemaAgreement {
  private static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private SchemaAgreement() {}

  /** Whether the schema of some edition accepts the text. */
  public static boolean accepts(String json) {
    JsonNode tree;
    try {
      tree = EXACT.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JacksonException e) {
      return false;
    }
    if (tree == null || tree.isMissingNode()) {
      return false;
    }
    for (Edition e : Edition.values()) {
      if (JsonSchemaCheck.problems(e, tree).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
