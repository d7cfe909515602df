package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.template.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schemas are exactly what the generator makes of the edition declarations, so they
 * cannot drift from the template. When a declaration changes, this test writes the new schema to
 * {@code target/generated-schemas/}; copy it over the resource after reviewing the difference.
 */
class PublishedSchemaTest {

  @ParameterizedTest
  @MethodSource("io.github.ogireport.template.EditionTemplateTest#editions")
  void thePublishedSchemaIsGeneratedFromTheDeclaration(Edition edition) throws IOException {
    String generated = JsonSchemas.generate(edition);
    Path out = Path.of("target", "generated-schemas", "ogi-report-" + edition.id() + ".schema.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, generated, StandardCharsets.UTF_8);
    assertEquals(
        generated,
        ReportJson.schema(edition),
        "the published schema differs from the declaration; review and copy " + out.toAbsolutePath());
  }
}
