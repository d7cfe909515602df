package io.github.ogireport.dsl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each edition's builder offers that edition's rows only: a row of the other edition does not
 * compile. Checked by compiling small programs against the DSL with the JDK's compiler.
 */
class EditionTypesTest {

  private static boolean compiles(String statement) {
    String source =
        "import io.github.ogireport.dsl.*;\n"
            + "class Probe { void probe() { " + statement + "; } }\n";
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///Probe.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-d",
            System.getProperty("java.io.tmpdir"));
    return compiler
        .getTask(new StringWriter(), null, diagnostics, options, null, List.of(file))
        .call();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AnnualReports.edition2021(\"x\", 2024).section3(s -> s.otherFeeNotPaid().zeros())",
        "AnnualReports.edition2019(\"x\", 2020).section3(s -> s.otherHandling().zeros())",
        "AnnualReports.edition2019(\"x\", 2020).section2(s -> s.procurement(1, AnnualReports.yuan(\"1\")))",
        "AnnualReports.edition2021(\"x\", 2024).section2(s -> s.fees(AnnualReports.wanYuan(\"1\")))"
      })
  void aRowOfTheEditionCompiles(String statement) {
    assertTrue(compiles(statement), statement);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AnnualReports.edition2019(\"x\", 2020).section3(s -> s.otherFeeNotPaid().zeros())",
        "AnnualReports.edition2021(\"x\", 2024).section3(s -> s.otherHandling().zeros())",
        "AnnualReports.edition2021(\"x\", 2024).section2(s -> s.procurement(1, AnnualReports.yuan(\"1\")))",
        "AnnualReports.edition2021(\"x\", 2024).section2(s -> s.otherServices(0, 0, 0))",
        "AnnualReports.edition2019(\"x\", 2020).processingFees(0, AnnualReports.yuan(\"0\"), AnnualReports.yuan(\"0\"))",
        "AnnualReports.edition2021(\"x\", 2024).section3(s -> s.newlyReceived().naturalPerson(1).otherOrganization(2))"
      })
  void aRowOfTheOtherEditionOrAColumnOutOfOrderDoesNotCompile(String statement) {
    assertFalse(compiles(statement), statement);
  }
}
