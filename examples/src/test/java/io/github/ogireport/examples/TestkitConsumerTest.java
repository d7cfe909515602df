package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A downstream project, made of the README's "Property-testing your own code" snippets, depends on
 * the built {@code ogi-report-testkit} artifact (never on this project's test classes) and runs
 * its own jqwik property on generated reports; its own Surefire report counts the tries.
 *
 * <p>The artifacts are installed into a local repository of the consumer's own, chained to the
 * outer build's ({@code maven.repo.local.tail}, Maven 3.9), and the consumer builds offline.
 */
class TestkitConsumerTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void aConsumerProjectRunsItsPropertyOnGeneratedReports() throws Exception {
    String version = property("ogi.version");
    String section = section(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    List<String> xml = blocks(section, "xml");
    List<String> java = blocks(section, "java");
    assertEquals(2, xml.size(), "the README section shows the dependency and the Surefire include");
    assertEquals(1, java.size(), "the README section shows one property class");

    Path repo = dir.resolve("repo");
    install(repo, "ogi-report-parent", version, ROOT.resolve("pom.xml"), null);
    install(repo, "ogi-report-bom", version, ROOT.resolve("bom/target/flattened-bom.pom"), null);
    install(repo, "ogi-report-core", version, ROOT.resolve("core/pom.xml"), jar("core", version));
    install(repo, "ogi-report-testkit", version, ROOT.resolve("testkit/pom.xml"), jar("testkit", version));

    Path project = dir.resolve("consumer");
    Matcher name = Pattern.compile("class (\\w+)").matcher(java.get(0));
    assertTrue(name.find());
    Path source = project.resolve("src/test/java/" + name.group(1) + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, java.get(0), StandardCharsets.UTF_8);
    Files.writeString(project.resolve("pom.xml"), pom(version, xml.get(0), xml.get(1)), StandardCharsets.UTF_8);

    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("mvnw").toString());
    command.addAll(
        List.of(
            "-B",
            "-o",
            "test",
            "-Dmaven.repo.local=" + repo,
            "-Dmaven.repo.local.tail=" + property("outer.repo")));
    Path log = dir.resolve("build.log");
    Process p =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the consumer build hung");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), output);

    Path reports = project.resolve("target/surefire-reports");
    Path xmlReport = reports.resolve("TEST-" + name.group(1) + ".xml");
    assertTrue(Files.exists(xmlReport), "no Surefire report of " + name.group(1) + "\n" + output);
    String report = Files.readString(xmlReport, StandardCharsets.UTF_8);
    assertTrue(report.contains("tests=\"1\""), report);
    assertTrue(report.contains("failures=\"0\"") && report.contains("errors=\"0\""), report);
    String all = report;
    try (Stream<Path> files = Files.list(reports)) {
      for (Path f : files.filter(f -> f.toString().endsWith("-output.txt")).toList()) {
        all += Files.readString(f, StandardCharsets.UTF_8);
      }
    }
    Matcher tries = Pattern.compile("tries = (\\d+)").matcher(all);
    assertTrue(tries.find(), "the consumer's Surefire report does not count the tries:\n" + all);
    assertEquals("50", tries.group(1));
    assertFalse(output.contains("Tests run: 0"), output);
  }

  private static String property(String key) {
    String v = System.getProperty(key);
    assertTrue(v != null && !v.isBlank(), "system property " + key + " (set in examples/pom.xml)");
    return v;
  }

  private static Path jar(String module, String version) {
    return ROOT.resolve(module + "/target/ogi-report-" + module + "-" + version + ".jar");
  }

  private static String section(String readme) {
    int start = readme.indexOf("## Property-testing your own code");
    assertTrue(start >= 0, "README.md has no section 'Property-testing your own code'");
    int end = readme.indexOf("\n## ", start + 3);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> blocks(String text, String language) {
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)\\n```", Pattern.DOTALL).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Lays out one artifact as {@code mvn install} would, without running Maven. */
  private static void install(Path repo, String artifact, String version, Path pom, Path jar)
      throws IOException {
    Path d = repo.resolve("io/github/ogireport/" + artifact + "/" + version);
    Files.createDirectories(d);
    Files.copy(pom, d.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      assertTrue(Files.exists(jar), jar + " is not built");
      Files.copy(jar, d.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String pom(String version, String dependency, String surefire) {
    String v = property("surefire.version");
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>report-service</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.junit</groupId>
                <artifactId>junit-bom</artifactId>
                <version>%s</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <dependencies>
        %s
          </dependencies>
          <build>
            <pluginManagement>
              <plugins>
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-compiler-plugin</artifactId>
                  <version>%s</version>
                </plugin>
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-resources-plugin</artifactId>
                  <version>%s</version>
                </plugin>
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-surefire-plugin</artifactId>
                  <version>%s</version>
                </plugin>
              </plugins>
            </pluginManagement>
            <plugins>
        %s
            </plugins>
          </build>
        </project>
        """
        .formatted(
            property("junit.version"),
            dependency.replace("0.1.0-SNAPSHOT", version),
            property("compiler.version"),
            property("resources.version"),
            v,
            surefire);
  }
}
