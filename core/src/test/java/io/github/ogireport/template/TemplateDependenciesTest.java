package io.github.ogireport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The declarations depend on nothing else of the library: {@code template} imports no other
 * package of it but the internal conventions, so the model, validation, JSON, rendering and reading
 * read the declarations and never the other way round.
 */
class TemplateDependenciesTest {
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?io\\.github\\.ogireport\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void templateImportsOnlyItselfAndInternal() throws IOException {
    Path dir = Path.of("src/main/java/io/github/ogireport/template");
    assertTrue(Files.isDirectory(dir), dir.toAbsolutePath().toString());
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!m.group(1).equals("template") && !m.group(1).equals("internal")) {
            offending.add(f.getFileName() + " imports " + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }

  @Test
  void everyDeclaredIdentityIsATypedConstant() {
    for (Edition e : Edition.values()) {
      for (Identity i : e.template().identities()) {
        assertEquals(i, Identities.byId(i.id()).orElseThrow(), i.id());
        assertTrue(e.template().declares(i));
      }
    }
    assertTrue(Edition.E2021.template().declares(Identities.I7));
    assertTrue(!Edition.E2019.template().declares(Identities.I7));
  }
}
