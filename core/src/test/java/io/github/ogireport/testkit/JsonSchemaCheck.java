package io.github.ogireport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.template.Edition;
import java.util.Map;
import java.util.Set;

/** Checks documents against the published schema of their edition. */
public final class JsonSchemaCheck {
  private static final Map<Edition, JsonSchema> SCHEMAS = new java.util.HashMap<>();

  private JsonSchemaCheck() {}

  /**
   * The messages of every schema violation of a document.
   *
   * @param edition the edition whose published schema applies
   * @param document a JSON document
   * @return the messages; empty when the document conforms
   */
  public static synchronized Set<ValidationMessage> problems(Edition edition, JsonNode document) {
    JsonSchema schema =
        SCHEMAS.computeIfAbsent(
            edition,
            e ->
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(ReportJson.schema(e)));
    return schema.validate(document);
  }
}
