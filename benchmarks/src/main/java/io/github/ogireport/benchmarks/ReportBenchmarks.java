package io.github.ogireport.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.testkit.Samples;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating, JSON, rendering and reading real reports, each next to its floor: what a user would
 * write by hand for the same work ({@link Floors}). Every floor is checked in {@link #load()} to do
 * the same work as the library (the same violations on a corrupted copy, the same numbers, the same
 * page), so that a ratio library / floor of the same run says how far the library is from the
 * floor. See {@code BENCHMARKS.md} for the goals and how to read a run.
 *
 * <pre>{@code
 * scripts/bench.sh -f 2 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Fifteen seconds of warm-up: on the 2-vCPU machine of BENCHMARKS.md the JIT still compiles the
// reader's once-a-call methods (Reading.cell, Source.<init>, Sources.text) 6-9 s after the start,
// and after five seconds the first measured iterations of readText were still 1.3 times slower
// than the later ones (BENCHMARKS.md, "The ninth round").
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ReportBenchmarks {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PrintedReport printed;
  private PrintedReport withoutOverview;
  private long[] numbers;
  private final int[] floorOut = new int[64];
  private String json;
  private String html;
  private String page;
  private Object[] pagePieces;

  /** Loads 淮安市 2024 and 平潭 2023, and checks every floor against the library. */
  @Setup
  public void load() {
    printed = ReportReader.readText(Samples.text("huaian-2024.txt")).report();
    withoutOverview =
        PrintedReport.builder()
            .from(printed)
            .narratives(Narratives.builder().from(printed.narratives()).overview("").build())
            .build();
    numbers = Floors.numbers(printed);
    json = ReportJson.write(printed);
    html = Samples.text("pingtan-2023.html");
    page = ReportRenderer.html(printed);
    pagePieces = Floors.pieces(page);

    sameViolations(printed);
    sameViolations(corrupted(printed));
    sameJsonNumbers(corrupted(printed));
    sameHtmlNumbers();
    if (!Floors.render(pagePieces, page.length()).equals(page)) {
      throw new IllegalStateException("the render floor does not make the library's page");
    }
  }

  /** A copy with three numbers changed: one section 三 result, one new, one section 四 outcome. */
  static PrintedReport corrupted(PrintedReport report) {
    EditionTemplate t = report.edition().template();
    PrintedReport out = report;
    for (CellRef c :
        List.of(
            t.cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON),
            t.cell(ApplicationRow.NEW, Applicant.COMMERCIAL_ENTERPRISE),
            t.cell(ReviewGroup.RECONSIDERATION, ReviewOutcome.UPHELD))) {
      long v = ((Figure.Count) ((PrintedCell.Numeric) out.cell(c).orElseThrow()).figure()).value();
      out = out.withCell(c, PrintedCell.of(v + 2));
    }
    return out;
  }

  private void sameViolations(PrintedReport report) {
    TreeSet<Integer> library = Floors.codes(ReportValidator.violations(report));
    int n = Floors.validate(Floors.numbers(report), floorOut);
    TreeSet<Integer> floor = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      floor.add(floorOut[i]);
    }
    if (!library.equals(floor)) {
      throw new IllegalStateException(
          "the validation floor finds " + floor + ", the library " + library);
    }
  }

  private static void sameJsonNumbers(PrintedReport report) {
    String document = ReportJson.write(report);
    PrintedReport library = ReportJson.readPrintedReport(document);
    JsonNode tree = readTreeOf(document);
    for (Map.Entry<CellRef, PrintedCell> e : library.cells().entrySet()) {
      if (e.getValue() instanceof PrintedCell.Numeric n && n.figure() instanceof Figure.Count c) {
        JsonNode node = tree.at(e.getKey().jsonPointer());
        if (node.longValue() != c.value()) {
          throw new IllegalStateException("the JSON floor reads " + node + " at " + e.getKey());
        }
      }
    }
  }

  private static JsonNode readTreeOf(String document) {
    try {
      return MAPPER.readTree(document);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void sameHtmlNumbers() {
    PrintedReport library = ReportReader.readHtml(html).report();
    Set<String> cellTexts = new HashSet<>();
    for (Element td : Jsoup.parse(html).select("td")) {
      cellTexts.add(td.text().trim());
    }
    for (PrintedCell p : library.cells().values()) {
      if (p instanceof PrintedCell.Numeric n
          && n.figure() instanceof Figure.Count c
          && !cellTexts.contains(Long.toString(c.value()))) {
        throw new IllegalStateException("the HTML floor has no cell " + c.value());
      }
    }
  }

  /**
   * Floor of {@link #validate()}: I1, I2, I3, I6 over a {@code long[]}.
   *
   * @return the number of failures
   */
  @Benchmark
  public int validateFloor() {
    return Floors.validate(numbers, floorOut);
  }

  /**
   * Every single-report identity of 淮安市 2024.
   *
   * @return the number of violations
   */
  @Benchmark
  public int validate() {
    return ReportValidator.violations(printed).size();
  }

  /**
   * Every single-report identity of 淮安市 2024 with section 一 emptied: {@link #validate()} less
   * this is what the quoted-figure checks (I10) cost.
   *
   * @return the number of violations
   */
  @Benchmark
  public int validateWithoutOverview() {
    return ReportValidator.violations(withoutOverview).size();
  }

  /**
   * Floor of {@link #readJsonAndValidate()}: Jackson's tree of the document.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode readJsonFloor() {
    return readTreeOf(json);
  }

  /**
   * Reading the JSON document of 淮安市 2024 and validating it.
   *
   * @return the number of violations
   */
  @Benchmark
  public int readJsonAndValidate() {
    return ReportValidator.violations(ReportJson.readPrintedReport(json)).size();
  }

  /**
   * Floor of {@link #renderHtml()}: the same page appended piece by piece.
   *
   * @return the page
   */
  @Benchmark
  public String renderHtmlFloor() {
    return Floors.render(pagePieces, page.length());
  }

  /**
   * Rendering 淮安市 2024 as an HTML page.
   *
   * @return the page
   */
  @Benchmark
  public String renderHtml() {
    return ReportRenderer.html(printed);
  }

  /**
   * Floor of {@link #readHtml()}: Jsoup's parse of the page.
   *
   * @return the document
   */
  @Benchmark
  public Document readHtmlFloor() {
    return Jsoup.parse(html);
  }

  /**
   * Reading the published page of 平潭 2023.
   *
   * @return the report
   */
  @Benchmark
  public PrintedReport readHtml() {
    return ReportReader.readHtml(html).report();
  }

  /** One published text per run of the reading benchmarks. */
  @State(Scope.Benchmark)
  public static class Text {
    /** The sample. */
    @Param({
      "huaian-2024.txt",
      "hongze-2023.txt",
      "hongze-2024.txt",
      "pingtan-2021.txt",
      "seed-fangzheng-edu-2020.txt"
    })
    public String file;

    String text;
    final List<Long> numbers = new ArrayList<>();

    /**
     * Loads the sample and checks that the floor sees every number the library reads: as a digit
     * run, or inside one where the publication glued numbers together.
     */
    @Setup
    public void load() {
      text = Samples.text(file);
      Floors.scanText(text, numbers);
      String runs = " " + String.join(" ", numbers.stream().map(String::valueOf).toList()) + " ";
      List<Long> missing = new ArrayList<>();
      for (PrintedCell p : ReportReader.readText(text).report().cells().values()) {
        if (p instanceof PrintedCell.Numeric n
            && n.figure() instanceof Figure.Count c
            && !runs.contains(Long.toString(c.value()))) {
          missing.add(c.value());
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "the text floor misses " + Arrays.toString(missing.toArray()) + " in " + file);
      }
    }
  }

  /**
   * Floor of {@link #readText(Text)}: the lines and their digit runs.
   *
   * @param t the sample
   * @return the number of digit runs
   */
  @Benchmark
  public int readTextFloor(Text t) {
    return Floors.scanText(t.text, t.numbers);
  }

  /**
   * Reading a published text.
   *
   * @param t the sample
   * @return the report
   */
  @Benchmark
  public PrintedReport readText(Text t) {
    return ReportReader.readText(t.text).report();
  }
}
