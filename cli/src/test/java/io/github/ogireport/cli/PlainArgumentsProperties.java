package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import picocli.CommandLine;

/**
 * The command line read without picocli ({@link Check#plain}) sets the checker's fields as picocli
 * sets them, on every command line it takes; everything else is left to picocli.
 */
class PlainArgumentsProperties {
  private static final PrintStream NOWHERE = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  /** Words of command lines: paths, options, values, plain and not. */
  @Provide
  Arbitrary<String[]> commandLines() {
    Arbitrary<String> paths = Arbitraries.of("reports", "a.txt", "报告/2023年.pdf", "x=y", "dir/", " spaced name.md", "a-b");
    Arbitrary<String> options = Arbitraries.of("--json", "-q", "--quiet", "--csv", "--html", "--fail-on", "--lang", "--jobs");
    Arbitrary<String> values = Arbitraries.of("zh", "en", "error", "warning", "1", "2", "16", "999999", "out.csv", "site");
    Arbitrary<String> joined = Arbitraries.of("--lang=en", "--lang=zh", "--jobs=3", "--fail-on=warning", "--csv=cells.csv",
        "--html=site", "--lang=", "--json=true", "--quiet=false");
    Arbitrary<String> odd = Arbitraries.of("ZH", "En", "Error", "WARNING", "fr", "0", "03", "-1", "+2", "0x10", "1000000",
        "2147483648", "", "-", "--", "@args.txt", "-qx", "-Q", "--Json", "--frobnicate", "-h", "--help", "-V", "--version",
        "--js", "-", "a\u0000b", "--csv=", "--jobs=0");
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(4);
    return Arbitraries.frequencyOf(Tuple.of(6, paths), Tuple.of(6, options), Tuple.of(6, values), Tuple.of(2, joined),
            Tuple.of(1, odd), Tuple.of(1, any))
        .list().ofMaxSize(7).map(l -> l.toArray(new String[0]));
  }

  @Property(tries = 5000)
  void aPlainCommandLineIsReadAsPicocliReadsIt(@ForAll("commandLines") String[] args) {
    Check plain = new Check(NOWHERE, NOWHERE, false);
    boolean taken = plain.plain(args);
    Statistics.label("plain").collect(taken);
    Statistics.label("plain").coverage(c -> c.check(true).percentage(p -> p >= 20));
    Check parsed = new Check(NOWHERE, NOWHERE, false);
    CommandLine.ParseResult result;
    try {
      result = new CommandLine(parsed).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      assertFalse(taken, () -> "read as plain, rejected by picocli: " + Arrays.toString(args) + ": " + e.getMessage());
      return;
    }
    if (!taken) {
      return;
    }
    assertFalse(result.isUsageHelpRequested() || result.isVersionHelpRequested(), Arrays.toString(args));
    String shown = Arrays.toString(args);
    assertEquals(parsed.paths, plain.paths, shown);
    assertEquals(parsed.json, plain.json, shown);
    assertEquals(parsed.quiet, plain.quiet, shown);
    assertEquals(parsed.csv, plain.csv, shown);
    assertEquals(parsed.html, plain.html, shown);
    assertEquals(parsed.failOn, plain.failOn, shown);
    assertEquals(parsed.lang, plain.lang, shown);
    assertEquals(parsed.jobs, plain.jobs, shown);
    assertTrue(plain.jobs >= 1, shown);
  }

  @Example
  void thePlainOptionsAreThoseOfTheCommandBesidesHelpAndVersion() {
    Set<String> declared = new TreeSet<>();
    for (CommandLine.Model.OptionSpec o : new CommandLine(new Check(NOWHERE, NOWHERE, false)).getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        for (String name : o.names()) {
          declared.add(name + (o.arity().max() > 0 ? "=" : ""));
        }
      }
    }
    Set<String> plain = new TreeSet<>();
    Check.PLAIN_OPTIONS.forEach((name, valued) -> plain.add(name + (valued ? "=" : "")));
    assertEquals(declared, plain);
  }

  @Example
  void aPlainRunPrintsWhatTheSameRunThroughPicocliPrints() throws IOException {
    Path dir = Runs.samples(Files.createTempDirectory("plain"));
    try {
      // the first of each pair is plain; the second says the same in a spelling only picocli reads
      String missing = dir.resolve("no such folder").resolve("cells.csv").toString();
      List<List<String[]>> pairs = List.of(
          List.of(new String[] {"-q", "--lang", "en", dir.toString()}, new String[] {"-q", "--lang", "EN", dir.toString()}),
          List.of(new String[] {"--json", "--jobs=1", dir.toString()}, new String[] {"--json", "--jobs", "+1", dir.toString()}),
          List.of(new String[] {dir.toString(), "--fail-on", "warning"}, new String[] {dir.toString(), "--fail-on", "Warning"}),
          List.of(new String[] {"--csv", missing, dir.toString()}, new String[] {"--csv", missing, "--lang", "ZH", dir.toString()}));
      for (List<String[]> pair : pairs) {
        Check first = new Check(NOWHERE, NOWHERE, false);
        assertTrue(first.plain(pair.get(0)), Arrays.toString(pair.get(0)));
        assertFalse(new Check(NOWHERE, NOWHERE, false).plain(pair.get(1)), Arrays.toString(pair.get(1)));
        Runs.Run a = Runs.run(pair.get(0));
        Runs.Run b = Runs.run(pair.get(1));
        assertEquals(b.code(), a.code(), Arrays.toString(pair.get(0)));
        assertEquals(b.out(), a.out(), Arrays.toString(pair.get(0)));
        assertEquals(b.err(), a.err(), Arrays.toString(pair.get(0)));
        assertFalse(a.out().isEmpty() && a.err().isEmpty(), Arrays.toString(pair.get(0)));
      }
    } finally {
      try (var walk = Files.walk(dir)) {
        List<Path> all = new ArrayList<>(walk.toList());
        java.util.Collections.reverse(all);
        for (Path p : all) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
