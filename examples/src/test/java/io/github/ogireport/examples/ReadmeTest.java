package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README shows code that compiles and runs: the builder example is this module's code. */
class ReadmeTest {

  private static String block(String text, String begin, String end) {
    Matcher m = Pattern.compile(Pattern.quote(begin) + "\\n(.*?)\\n[^\\n]*" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
    assertTrue(m.find(), "no block between " + begin + " and " + end);
    return m.group(1);
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }

  @Test
  void theReadmeShowsTheCompiledBuilderExample() throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/io/github/ogireport/examples/ReadmeExample.java"),
            StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String code = dedent(block(source, "// BEGIN README", "// END README"));
    String shown = block(readme, "```java", "```");
    assertEquals(code, shown, "README.md's first java block must be ReadmeExample's code");
  }

  @Test
  void theReadmeExampleBuildsAValidReport() {
    var result = ReadmeExample.build();
    assertTrue(result.isValid(), () -> result.getError().mkString("\n"));
    assertTrue(result.get().warnings().isEmpty(), () -> result.get().warnings().toString());
    assertEquals(3, result.get().report().section3().get(ApplicationRow.TOTAL, Applicant.TOTAL));
  }

  @Test
  void theReadmeStatesTheTwoCommands() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("./mvnw -q -B -pl examples -am package -DskipTests exec:java\n"));
    assertTrue(readme.contains("./mvnw -B verify\n"));
    String ci = Files.readString(Path.of("../.ci/run"), StandardCharsets.UTF_8);
    assertTrue(ci.contains("./mvnw -B verify\n"));
  }
}
