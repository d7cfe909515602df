package io.github.ogireport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import io.github.ogireport.series.SeriesFinding;
import io.github.ogireport.series.SeriesVerdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The checker a reviewer runs on published reports: reads each file (PDF, Word, HTML or text, told
 * from the content), validates what it read, and prints one verdict per file in input order, then
 * the series verdicts of each agency with reports of consecutive years, then a summary line.
 *
 * <pre>{@code
 * java -jar ogi-report-cli.jar reports/            # or scripts/check.sh reports/
 * }</pre>
 *
 * <p>Files are read and checked on all cores; at most {@value #IN_FLIGHT} per worker are in flight
 * (enough that a worker never waits for a slow file ahead of it to be printed). What the
 * series checks read of each report (the cross-year cells, sections 一 and 五) is kept in a
 * temporary file until the series are checked, so memory grows with the number of files only by
 * each file's name and report header (a few hundred bytes).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Check.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Checks published 政府信息公开工作年度报告 (PDF, Word, HTML, text or Markdown, told from the"
          + " content): each FILE, and in each DIR the files named *.pdf *.docx *.doc *.txt *.md"
          + " *.html *.htm. Prints one verdict per file in the order given, then the series verdicts"
          + " of agencies with reports of consecutive years, then a summary line.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was read as a report and none has an error",
      "1:every file was read as a report and one has an error (or a warning, with --fail-on"
          + " warning), or a series has one",
      "2:a file could not be read as a report (not a report, cannot read), or bad arguments",
    })
public final class Check implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "report files and folders of them")
  List<String> paths = new ArrayList<>();

  @Option(names = "--json", description = "one JSON object per file and line (then series, summary)")
  boolean json;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "also write every cell of every report to FILE as CSV, one row a cell")
  Path csv;

  @Option(names = "--html", paramLabel = "DIR",
      description = "also write a review site to DIR: index.html and one page per report")
  Path html;

  @Option(names = {"-q", "--quiet"}, description = "one line per file: no violations, no progress")
  boolean quiet;

  @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
      description = "exit 1 on an error (default) or on any warning too")
  FailOn failOn;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "the language of the messages (default zh)")
  Lang lang;

  @Option(names = "--jobs", paramLabel = "N", description = "files read at once (default: one per core)")
  int jobs = Runtime.getRuntime().availableProcessors();

  /** What makes the exit code 1. */
  enum FailOn {
    /** An error in a report or a series. */
    error,
    /** Any error or warning. */
    warning
  }

  /**
   * How many files per worker are read or waiting to be printed at once: with a few only, a worker
   * that finished its files waits while the file to print next is still being read.
   */
  static final int IN_FLIGHT = 16;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  Check(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * Runs the checker and exits with its code.
   *
   * @param args the arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    boolean terminal = System.console() != null;
    java.io.OutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
    // a person sees each line as its file is checked; a pipe or a file gets the lines in blocks
    BlockOutput blocks = terminal ? null : new BlockOutput(stdout);
    PrintStream out = new PrintStream(terminal ? stdout : blocks, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    int code;
    try {
      code = run(args, out, err, terminal);
    } finally {
      out.flush();
      if (blocks != null) {
        try {
          blocks.drain();
        } catch (IOException e) {
          // the reader of the output is gone: nothing more can be told to it
        }
      }
    }
    System.exit(code);
  }

  /**
   * Standard output written in blocks rather than a system call per line, for a pipe or a file.
   * Flushing keeps the bytes for the next block, because {@link PrintStream#checkError()}, asked
   * after every line to stop when the reader is gone, flushes; a failed block write still marks
   * the stream in error. {@link #drain()} writes what is left.
   */
  static final class BlockOutput extends java.io.BufferedOutputStream {
    BlockOutput(java.io.OutputStream out) {
      super(out, 1 << 16);
    }

    @Override
    public void flush() {
      // kept for the next block; see drain()
    }

    /** Writes the bytes kept so far. */
    void drain() throws IOException {
      super.flush();
    }
  }

  /**
   * Runs the checker with the given streams.
   *
   * @param args the arguments
   * @param out where verdicts (text or JSON) go
   * @param err where usage errors and the progress line go
   * @param terminal whether a person watches (the progress line is shown only then)
   * @return the exit code: 0, 1 or 2 as {@code --help} says
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    Check plain = new Check(out, err, terminal);
    return plain.plain(args) ? plain.execute() : parsed(args, out, err, terminal);
  }

  /** The run of {@link #run} through picocli: help, version, errors and every other form. */
  private static int parsed(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    CommandLine cl = new CommandLine(new Check(out, err, terminal))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler(
        (e, a) -> {
          e.getCommandLine().getErr().println("check: " + e.getMessage());
          e.getCommandLine().getErr().println("Try 'check --help'.");
          return CommandLine.ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (e, c, p) -> {
          c.getErr().println("check: " + e.getMessage());
          return CommandLine.ExitCode.USAGE;
        });
    return cl.execute(args);
  }

  /** The names of the options that {@link #plain} reads, each with whether it takes a value. */
  static final java.util.Map<String, Boolean> PLAIN_OPTIONS = java.util.Map.of(
      "--json", false, "-q", false, "--quiet", false,
      "--csv", true, "--html", true, "--fail-on", true, "--lang", true, "--jobs", true);

  /**
   * Reads a plain command line without picocli, whose start takes 0.1–0.2 s of a run (0.15 s of
   * wall and 0.25 s of processor time measured, BENCHMARKS.md): every argument a path or one of {@link #PLAIN_OPTIONS} given once, with a
   * value as {@code --name value} or {@code --name=value} in its one plain spelling ({@code
   * error}, {@code warning}, {@code zh}, {@code en}, a count from 1 without a leading zero, a path
   * that does not start with {@code -} or {@code @}), and at least one path. Anything else (help,
   * version, an unknown or repeated option, another spelling, an {@code @file}, {@code --}) is
   * left to picocli, which reads it, explains it or rejects it; where this method sets the
   * fields, picocli sets them the same ({@code PlainArgumentsProperties}).
   *
   * @return whether the command line was plain; the fields are set only then
   */
  boolean plain(String[] args) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> files = new ArrayList<>();
    boolean isJson = false;
    boolean isQuiet = false;
    Path csvFile = null;
    Path htmlDir = null;
    FailOn fail = FailOn.error;
    Lang language = Lang.zh;
    int workers = jobs;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("-")) {
        if (a.isEmpty() || a.startsWith("@")) {
          return false;
        }
        files.add(a);
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      Boolean valued = PLAIN_OPTIONS.get(name);
      if (valued == null || !seen.add(name.equals("-q") ? "--quiet" : name) || (eq >= 0 && !valued)) {
        return false;
      }
      if (!valued) {
        if (name.equals("--json")) {
          isJson = true;
        } else {
          isQuiet = true;
        }
        continue;
      }
      String value;
      if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return false;
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return false;
      }
      switch (name) {
        case "--csv", "--html" -> {
          Path path;
          try {
            path = Path.of(value);
          } catch (java.nio.file.InvalidPathException e) {
            return false;
          }
          if (name.equals("--csv")) {
            csvFile = path;
          } else {
            htmlDir = path;
          }
        }
        case "--fail-on" -> {
          if (!value.equals("error") && !value.equals("warning")) {
            return false;
          }
          fail = FailOn.valueOf(value);
        }
        case "--lang" -> {
          if (!value.equals("zh") && !value.equals("en")) {
            return false;
          }
          language = Lang.valueOf(value);
        }
        default -> { // --jobs
          if (value.length() > 6 || value.charAt(0) == '0' || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
          }
          workers = Integer.parseInt(value);
        }
      }
    }
    if (files.isEmpty()) {
      return false;
    }
    paths = files;
    json = isJson;
    quiet = isQuiet;
    csv = csvFile;
    html = htmlDir;
    failOn = fail;
    lang = language;
    jobs = workers;
    return true;
  }

  /** {@link #call()} as picocli's {@code execute} runs it with the handler of {@link #parsed}. */
  private int execute() {
    try {
      return call();
    } catch (Exception e) {
      err.println("check: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
  }

  /**
   * What one worker made of one file: the outputs, ready to print in input order, and what the
   * series checks keep of the report (null when it joins no series).
   */
  private record Done(
      FileCheck file, String line, List<CsvOutput.Row> cells, Site.Row row, SeriesCheck.Prepared kept) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (jobs < 1) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--jobs must be at least 1");
    }
    List<Entry> entries = Inputs.expand(paths, lang);
    Site site = html == null ? null : new Site(html, lang);
    CsvOutput cells = csv == null ? null : new CsvOutput(csv);
    Spill spill = new Spill();
    SeriesCheck series = new SeriesCheck(spill);
    List<Site.Row> rows = new ArrayList<>();
    long reports = 0;
    long withErrors = 0;
    long nothingToCheck = 0;
    long incomplete = 0;
    long notRead = 0;
    long skipped = 0;
    boolean anyWarning = false;
    boolean broken = false;
    List<SeriesVerdict<SeriesCheck.Member>> verdicts = List.of();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "check");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Done>> window = new ArrayDeque<>();
      int next = 0;
      int printed = 0;
      while (next < entries.size() || !window.isEmpty()) {
        while (window.size() < IN_FLIGHT * jobs && next < entries.size()) {
          Entry e = entries.get(next++);
          int number = next;
          window.add(pool.submit(() -> process(number, e, site, series)));
        }
        Done d = get(window.poll());
        printed++;
        progress(printed, entries.size(), d.file().entry().shown());
        FileCheck f = d.file();
        switch (f.status()) {
          case ERROR -> withErrors++;
          case NOTHING_TO_CHECK -> nothingToCheck++;
          case INCOMPLETE -> incomplete++;
          case NOT_A_REPORT, CANNOT_READ -> notRead++;
          case SKIPPED -> skipped++;
          default -> { }
        }
        if (f.status().isReport()) {
          reports++;
          anyWarning |= f.warnings() > 0;
          if (d.kept() != null) {
            series.add(d.kept(), f.entry().shown(), d.row() == null ? "" : d.row().page());
          }
        }
        if (d.row() != null) {
          rows.add(d.row());
        }
        if (cells != null) {
          cells.write(d.cells());
        }
        out.print(d.line());
        if (out.checkError()) {
          broken = true; // the reader of our output is gone (| head -1): stop
          break;
        }
      }
      progressDone(entries.size());
      if (!broken) {
        verdicts = series.verdicts(pool);
      }
    } finally {
      pool.shutdownNow();
      try {
        spill.close();
      } finally {
        if (cells != null) {
          cells.close();
        }
      }
    }
    if (broken) {
      return notRead > 0 ? 2 : withErrors > 0 ? 1 : 0;
    }
    long seriesWithErrors = verdicts.stream().filter(SeriesVerdict::hasErrors).count();
    anyWarning |= verdicts.stream().anyMatch(v -> !v.findings(SeriesFinding.Level.WARNING).isEmpty());
    for (SeriesVerdict<SeriesCheck.Member> v : verdicts) {
      out.print(json ? seriesJson(v) : TextSeries.of(v, lang, quiet));
    }
    String summary = summary(reports, withErrors, nothingToCheck, incomplete, notRead, skipped, verdicts.size(), seriesWithErrors);
    if (json) {
      var o = JsonOutput.MAPPER.createObjectNode().put("type", "summary").put("reports", reports)
          .put("withErrors", withErrors).put("nothingToCheck", nothingToCheck).put("incomplete", incomplete).put("notRead", notRead)
          .put("skipped", skipped).put("series", verdicts.size()).put("seriesWithErrors", seriesWithErrors);
      out.print(JsonOutput.write(o));
    } else {
      out.println(summary);
    }
    out.flush();
    if (site != null) {
      site.finish(rows, verdicts, summary);
    }
    if (notRead > 0) {
      return 2;
    }
    boolean fail = withErrors > 0 || seriesWithErrors > 0 || (failOn == FailOn.warning && anyWarning);
    return fail ? 1 : 0;
  }

  private static Done get(Future<Done> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed outside its guard", e.getCause());
    }
  }

  /** Reads, checks and formats one file; never throws. */
  private Done process(int number, Entry e, Site site, SeriesCheck series) {
    FileCheck f = FileCheck.of(e, lang);
    try {
      String line = json ? JsonOutput.of(f, lang) : TextOutput.of(f, lang, quiet);
      List<CsvOutput.Row> rows = csv == null ? List.of() : CsvOutput.rows(f);
      Site.Row row = site == null ? null : site.page(number, f);
      SeriesCheck.Prepared kept =
          f.status().isReport() && f.headerFound() ? series.prepare(f.report()) : null;
      return new Done(f, line, rows, row, kept);
    } catch (RuntimeException | Error t) {
      FileCheck failed = new FileCheck(e, FileCheck.Status.CANNOT_READ,
          lang.t("核查程序处理这个文件时出错：", "the checker failed on this file: ") + t, null, io.vavr.collection.List.empty());
      String line = json ? JsonOutput.of(failed, lang) : TextOutput.of(failed, lang, quiet);
      return new Done(
          failed, line, List.of(), site == null ? null : site.page(number, failed), null);
    }
  }

  private String seriesJson(SeriesVerdict<SeriesCheck.Member> v) {
    var o = JsonOutput.MAPPER.createObjectNode().put("type", "series").put("agency", v.agency());
    var names = o.putArray("names");
    SeriesCheck.names(v).forEach(names::add);
    var years = o.putArray("years");
    var files = o.putArray("files");
    v.members().forEach(m -> {
      years.add(m.report().year());
      files.add(m.file());
    });
    var findings = o.putArray("findings");
    for (SeriesFinding<SeriesCheck.Member> f : v.findings()) {
      var j = findings.addObject().put("from", f.previousYear()).put("to", f.year()).put("id", f.id())
          .put("kind", f.kind().name()).put("level", f.level().name().toLowerCase(java.util.Locale.ROOT))
          .put("message", SeriesCheck.message(f, lang));
      f.previous().ifPresent(m -> j.put("fromFile", m.file()));
      f.current().ifPresent(m -> j.put("toFile", m.file()));
      f.violation().ifPresent(x -> JsonOutput.violations(j.putArray("violation"), List.of(x), lang));
    }
    return JsonOutput.write(o);
  }

  private String summary(long reports, long withErrors, long nothingToCheck, long incomplete, long notRead, long skipped,
      int series, long seriesWithErrors) {
    Lang l = lang;
    String s = l.summary + l.colon + reports + " " + (reports == 1 && l == Lang.en ? "report" : l.reportsWord) + l.comma + withErrors + " " + l.withErrors
        + l.comma + nothingToCheck + " " + l.t("份无从核对", "with nothing to check") + l.comma + incomplete + " " + l.incomplete + l.comma + notRead + " " + l.notRead + l.comma
        + skipped + " " + l.skippedCount;
    if (series > 0) {
      s += l == Lang.zh
          ? l.comma + series + " 个系列" + l.comma + seriesWithErrors + " 个系列有错误"
          : l.comma + series + " series" + l.comma + seriesWithErrors + " series with errors";
    }
    return s;
  }

  private void progress(int done, int total, String name) {
    if (terminal && !quiet && total > 1) {
      String line = "[" + done + "/" + total + "] " + name;
      err.print("\r" + (line.length() > 78 ? line.substring(0, 78) : line) + "\u001b[K");
      err.flush();
    }
  }

  private void progressDone(int total) {
    if (terminal && !quiet && total > 1) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Check.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"check (ogi-report) " + p.getProperty("version", "unknown")};
    }
  }
}
