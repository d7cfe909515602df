package io.github.ogireport.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.Figure;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.ReadResult;
import io.github.ogireport.read.ReadingProblem;
import io.github.ogireport.read.ReportReader;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.EditionTemplate;
import io.github.ogireport.template.Section;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Violation;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checker a reviewer runs on published reports: reads each file (text or HTML), validates what
 * it read, and prints a verdict line per report, then each violation and reading problem.
 *
 * <pre>{@code
 * ./mvnw -q -B -pl examples -am package -DskipTests exec:java \
 *     -Dexec.mainClass=io.github.ogireport.examples.Check -Dexec.args="reports/"
 * }</pre>
 *
 * <p>Usage: {@code check [--json] FILE|DIR...}. A directory is checked file by file ({@code .txt},
 * {@code .html}, {@code .htm}), in name order. With {@code --json}, one JSON object per report and
 * line: {@code file}, {@code edition}, {@code agency}, {@code year}, {@code report} (the printed
 * report in the core JSON format), {@code violations}, {@code problems} and {@code cells}, a flat
 * list of every cell of sections 二, 三 and 四 with its official row and column labels. Exit code 1
 * when any report has an error, 2 when the arguments are wrong or a file cannot be read.
 */
public final class Check {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Check() {}

  /**
   * Runs the checker.
   *
   * @param args {@code [--json] FILE|DIR...}
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the checker with the given output streams.
   *
   * @param args {@code [--json] FILE|DIR...}
   * @param out where verdicts (or JSON) go
   * @param err where progress and usage errors go
   * @return the exit code: 0 no error, 1 a report has an error, 2 bad arguments or files
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--json")) {
        json = true;
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().matches("(?i).*\\.(txt|html?)$"))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          err.println("check: cannot list " + p + ": " + e.getMessage());
          return 2;
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        err.println("check: no such file or directory: " + a);
        return 2;
      }
    }
    if (files.isEmpty()) {
      err.println("usage: check [--json] FILE|DIR...");
      return 2;
    }
    boolean anyError = false;
    int i = 0;
    for (Path f : files) {
      i++;
      if (files.size() > 1) {
        err.println("[" + i + "/" + files.size() + "] " + f);
      }
      String content;
      try {
        content = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException | java.io.UncheckedIOException e) {
        err.println("check: cannot read " + f + " as UTF-8: " + e.getMessage());
        return 2;
      }
      ReadResult result = ReportReader.read(content);
      Seq<Violation> violations = ReportValidator.violations(result.report());
      anyError |= violations.exists(Violation::isError);
      if (json) {
        out.println(json(f, result, violations));
      } else {
        text(out, f, result, violations);
      }
    }
    return anyError ? 1 : 0;
  }

  private static void text(PrintStream out, Path f, ReadResult r, Seq<Violation> violations) {
    PrintedReport p = r.report();
    long errors = violations.count(Violation::isError);
    out.println(
        f.getFileName() + ": " + p.edition().id() + " edition, " + p.agency() + ", " + p.year()
            + ": " + errors + (errors == 1 ? " error, " : " errors, ")
            + (violations.size() - errors) + (violations.size() - errors == 1 ? " warning" : " warnings")
            + (r.problems().isEmpty()
                ? ""
                : ", " + r.problems().size()
                    + (r.problems().size() == 1 ? " reading problem" : " reading problems")));
    for (Violation v : violations) {
      out.println("  " + v.identityId() + " " + v.severity().name().toLowerCase(java.util.Locale.ROOT)
          + ": " + v.messageZh() + " | " + v.messageEn()
          + v.expected().map(e -> " (expected " + e.toPlainString() + v.found().map(x -> ", found " + x.toPlainString()).orElse("") + ")").orElse("")
          + (v.cells().isEmpty() ? "" : "\n      at " + String.join("; ", v.cells().stream().map(CellRef::toString).toList())));
    }
    for (ReadingProblem problem : r.problems()) {
      out.println("  reading problem: " + problem);
    }
  }

  private static String json(Path f, ReadResult r, Seq<Violation> violations) {
    PrintedReport p = r.report();
    ObjectNode o = F.objectNode();
    o.put("file", f.toString());
    o.put("edition", p.edition().id());
    o.put("agency", p.agency());
    o.put("year", p.year());
    try {
      o.set("report", ReportJson.toTree(p));
    } catch (IllegalArgumentException e) {
      o.putNull("report");
      o.put("reportError", e.getMessage());
    }
    ArrayNode vs = o.putArray("violations");
    for (Violation v : violations) {
      ObjectNode j = vs.addObject();
      j.put("id", v.identityId());
      j.put("severity", v.severity().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode cs = j.putArray("cells");
      v.cells().forEach(c -> cs.add(cell(c)));
      v.expected().ifPresentOrElse(e -> j.put("expected", e), () -> j.putNull("expected"));
      v.found().ifPresentOrElse(x -> j.put("found", x), () -> j.putNull("found"));
      j.put("message", v.messageZh());
      j.put("messageEn", v.messageEn());
    }
    ArrayNode ps = o.putArray("problems");
    for (ReadingProblem problem : r.problems()) {
      ps.addObject()
          .put("kind", problem.kind().name())
          .put("message", problem.message())
          .put("origin", problem.origin());
    }
    ArrayNode cells = o.putArray("cells");
    EditionTemplate t = p.edition().template();
    List<CellRef> layout = p.layoutCells();
    for (CellRef c : t.printableCells()) {
      if (!layout.contains(c) && !p.cells().containsKey(c)) {
        continue; // a row this report's layout does not have
      }
      ObjectNode j = cell(c);
      PrintedCell v = p.cells().get(c);
      if (v instanceof PrintedCell.Numeric n) {
        if (n.figure() instanceof Figure.Count k) {
          j.put("value", k.value());
        } else {
          var money = ((Figure.Amount) n.figure()).money();
          j.put("value", money.amount());
          j.put("unit", money.unit().symbol());
        }
      } else if (v instanceof PrintedCell.Unreadable u) {
        j.putObject("value").put("unreadable", u.text());
      } else {
        j.putNull("value");
      }
      cells.add(j);
    }
    try {
      return new ObjectMapper().writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode cell(CellRef c) {
    ObjectNode j = F.objectNode();
    j.put("section", c.section().numeral());
    if (c.section() == Section.TWO) {
      j.put("table", c.tableLabel());
    }
    j.put("row", c.rowLabel());
    j.put("column", c.columnLabel());
    return j;
  }
}
