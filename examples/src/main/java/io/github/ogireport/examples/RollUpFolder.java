package io.github.ogireport.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.rollup.CellDifference;
import io.github.ogireport.rollup.CellSum;
import io.github.ogireport.rollup.EditionMapping;
import io.github.ogireport.rollup.RollUp;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Adds up a folder of reports of one year and prints the regional table: a city's departments and
 * districts as one report.
 *
 * <pre>{@code
 * ./mvnw -q -B -pl examples -am package -DskipTests exec:java \
 *     -Dexec.mainClass=io.github.ogireport.examples.RollUpFolder \
 *     -Dexec.args="--name 淮安市（汇总） reports/2024/"
 * }</pre>
 *
 * <p>Usage: {@code roll-up [--name NAME] [--year YEAR] [--onto-2019] [--compare FILE] DIR...}.
 * Every {@code .txt}, {@code .html} and {@code .htm} file of a directory is read with {@link
 * ReportReader}, every {@code .json} file with {@link ReportJson} (a report built in code or a
 * printed one), in name order. The reports must be of one year ({@code --year} keeps one year's)
 * and one edition; {@code --onto-2019} adds 2021-edition reports into the 2019 tables, their three
 * （六） rows into the single row. The table is printed with core's text renderer, followed by the
 * cells whose sum is unknown and the number of cells some reports left blank. With {@code
 * --compare}, the printed regional report in FILE is compared with the sum: a warning per
 * differing cell. Exit code 0, or 2 when the arguments are wrong or a file cannot be read.
 */
public final class RollUpFolder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RollUpFolder() {}

  /**
   * Runs the program.
   *
   * @param args {@code [--name NAME] [--year YEAR] [--onto-2019] [--compare FILE] DIR...}
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the program with the given output streams.
   *
   * @param args {@code [--name NAME] [--year YEAR] [--onto-2019] [--compare FILE] DIR...}
   * @param out where the table goes
   * @param err where usage errors and reading notes go
   * @return the exit code: 0, or 2 for bad arguments, unreadable files or reports that cannot be
   *     added up
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String name = null;
    Integer year = null;
    boolean onto2019 = false;
    Path compare = null;
    List<Path> files = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--name" -> name = args[++i];
          case "--year" -> year = Integer.parseInt(args[++i]);
          case "--onto-2019" -> onto2019 = true;
          case "--compare" -> compare = Path.of(args[++i]);
          default -> files.addAll(list(Path.of(args[i])));
        }
      }
    } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
      return usage(err, "missing or wrong value after " + args[args.length - 1]);
    } catch (IOException e) {
      return usage(err, e.getMessage());
    }
    if (files.isEmpty()) {
      return usage(err, "no report files given");
    }
    List<PrintedReport> reports = new ArrayList<>();
    for (Path f : files) {
      try {
        PrintedReport r = read(f, err);
        if (year == null || r.year() == year) {
          reports.add(r);
        }
      } catch (IOException | RuntimeException e) {
        err.println("roll-up: cannot read " + f + ": " + e.getMessage());
        return 2;
      }
    }
    TreeSet<Integer> years = new TreeSet<>(reports.stream().map(PrintedReport::year).toList());
    if (years.size() != 1) {
      err.println(
          "roll-up: "
              + (years.isEmpty()
                  ? "no report of " + year
                  : "reports of several years " + years + "; choose one with --year"));
      return 2;
    }
    int theYear = years.first();
    RollUp sum;
    try {
      sum =
          reports.stream()
              .collect(
                  RollUp.summingPrinted(
                      onto2019
                          ? EditionMapping.otherHandlingOnto2019()
                          : EditionMapping.of(reports.get(0).edition())));
    } catch (IllegalArgumentException | ArithmeticException e) {
      err.println("roll-up: " + e.getMessage());
      return 2;
    }
    String title = name != null ? name : "汇总（" + reports.size() + "份报告）";
    out.print(ReportRenderer.text(sum.toPrinted(title, theYear)));
    out.println();
    out.println(
        reports.size() + " reports of " + theYear + " added up in the " + sum.edition().id()
            + " edition's tables");
    List<CellSum> unknown = sum.cells().stream().filter(c -> !c.isKnown()).toList();
    unknown.forEach(c -> out.println("  unknown: " + c));
    long someBlank = sum.cells().stream().filter(c -> c.blank() > 0 && c.printed() > 0).count();
    if (someBlank > 0) {
      out.println("  " + someBlank + " cells were blank in some of the reports (added as nothing)");
    }
    if (compare != null) {
      try {
        PrintedReport regional = read(compare, err);
        List<CellDifference> differences = sum.compare(regional);
        out.println(
            compare.getFileName() + ": " + differences.size() + " cells differ from the sum of "
                + reports.size() + " reports");
        differences.forEach(d -> out.println("  " + d));
      } catch (IOException | RuntimeException e) {
        err.println("roll-up: cannot compare with " + compare + ": " + e.getMessage());
        return 2;
      }
    }
    return 0;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("roll-up: " + problem);
    err.println("usage: roll-up [--name NAME] [--year YEAR] [--onto-2019] [--compare FILE] DIR...");
    return 2;
  }

  private static List<Path> list(Path p) throws IOException {
    if (Files.isRegularFile(p)) {
      return List.of(p);
    }
    if (!Files.isDirectory(p)) {
      throw new IOException("no such file or directory: " + p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().matches("(?i).*\\.(txt|html?|json)$"))
          .sorted()
          .toList();
    }
  }

  /** Reads one file: JSON with ReportJson (either kind), anything else with the reader. */
  static PrintedReport read(Path f, PrintStream err) throws IOException {
    String content = Files.readString(f, StandardCharsets.UTF_8);
    if (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      JsonNode tree = JSON.readTree(content);
      return ReportJson.KIND_REPORT.equals(tree.path("kind").asText())
          ? ReportJson.readAnnualReport(tree).toPrinted()
          : ReportJson.readPrintedReport(tree);
    }
    ReadResult result = ReportReader.read(content);
    if (!result.problems().isEmpty()) {
      err.println(f.getFileName() + ": " + result.problems().size() + " reading problems");
    }
    return result.report();
  }
}
