package io.github.ogireport.cli;

import io.github.ogireport.cli.Groups.Group;
import io.github.ogireport.model.PrintedCell;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.read.CellNote;
import io.github.ogireport.read.ReadingProblem;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.series.SeriesFinding;
import io.github.ogireport.series.SeriesVerdict;
import io.github.ogireport.template.CellRef;
import io.github.ogireport.template.TableDecl;
import io.github.ogireport.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The review site ({@code --html DIR}): {@code index.html} with one row per file, sortable and
 * filterable by a few lines of plain JavaScript, and one page per report in the official layout
 * (core's HTML renderer) with every cell of a violation marked (error red, warning amber,
 * unreadable and not-read cells hatched, a number printed with words underlined with dots and the
 * printed text on hover), its identities, expected and found values on hover and in a list below its
 * table that links to the cells; the reading problems with their origin; the series verdicts.
 * Nothing is loaded from outside the folder.
 */
final class Site {
  static final String CSS =
      String.join(
          "\n",
          "td.v-error { background: #f6c1c1; outline: 2px solid #c00000; outline-offset: -2px; }",
          "td.v-warning { background: #fde3a7; outline: 2px solid #d08a00; outline-offset: -2px; }",
          "td.unreadable, td.not-read { background-image: repeating-linear-gradient(45deg,"
              + " transparent 0 4px, rgba(0,0,0,.18) 4px 6px); }",
          "td.noted { text-decoration: underline dotted; }",
          "td[title] { cursor: help; }",
          "td:target { box-shadow: 0 0 0 3px #1a5fb4 inset; }",
          ".review { font-family: sans-serif; font-size: 10.5pt; border: 1px solid #999;"
              + " padding: .5em 1em; margin: 1em 0; background: #f7f7f7; }",
          ".review h3 { margin: .2em 0; font-size: 11pt; }",
          "ol.notes { font-family: sans-serif; font-size: 9.5pt; margin: -.5em 0 1em; padding-left: 2em; }",
          "ol.notes li.error::marker, .error b { color: #c00000; }",
          "ol.notes li.warning::marker, .warning b { color: #a06a00; }",
          ".badge { display: inline-block; padding: 0 .5em; border-radius: 3px; font-weight: bold; }",
          ".s-error { background: #f6c1c1; } .s-incomplete { background: #fde3a7; }",
          ".s-clean { background: #cdeccd; } .s-nothing-to-check { background: #cfdcf0; }",
          ".s-not-read, .s-skipped { background: #ddd; }");

  private static final String INDEX_CSS =
      String.join(
          "\n",
          "body { font-family: sans-serif; font-size: 11pt; margin: 1em 2em; }",
          "table { border-collapse: collapse; } th, td { border: 1px solid #aaa; padding: 2px 6px; }",
          "th { background: #eee; cursor: pointer; user-select: none; white-space: nowrap; }",
          "td.n { text-align: right; }",
          "tr.s-error td.v { background: #f6c1c1; } tr.s-incomplete td.v { background: #fde3a7; }",
          "tr.s-clean td.v { background: #cdeccd; }",
          "tr.s-nothing-to-check td.v { background: #cfdcf0; font-style: italic; }",
          "tr.s-not-read td.v, tr.s-skipped td.v { background: repeating-linear-gradient(45deg,"
              + " #eee 0 4px, #ccc 4px 6px); }",
          ".error { color: #c00000; } .warning { color: #a06a00; }");

  private static final String INDEX_JS =
      String.join(
          "\n",
          "const t = document.getElementById('files'), q = document.getElementById('q'),"
              + " s = document.getElementById('status');",
          "function filter() { const w = q.value.toLowerCase(); for (const r of t.tBodies[0].rows)"
              + " r.hidden = !(r.textContent.toLowerCase().includes(w) && (!s.value || r.dataset.status === s.value)); }",
          "q.oninput = filter; s.onchange = filter;",
          "t.tHead.querySelectorAll('th').forEach((th, i) => th.onclick = () => {",
          "  const d = th.dataset.dir === 'asc' ? -1 : 1; th.dataset.dir = d > 0 ? 'asc' : 'desc';",
          "  const key = r => r.cells[i].dataset.v ?? r.cells[i].textContent;",
          "  [...t.tBodies[0].rows].sort((a, b) => { const x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);",
          "    return d * (isNaN(nx) || isNaN(ny) ? x.localeCompare(y, 'zh') : nx - ny); })",
          "    .forEach(r => t.tBodies[0].appendChild(r)); });");

  /**
   * One row of the index.
   *
   * @param number the file's place in the input, from 1
   * @param file the file's name as printed
   * @param status the verdict
   * @param agency the agency, or empty when no report was read
   * @param year the year, or empty
   * @param edition the edition, or empty
   * @param errors the number of errors
   * @param warnings the number of warnings
   * @param problems the number of reading problems
   * @param reason why the file was not read, or empty
   * @param page the report page's path relative to the site, or empty
   */
  record Row(int number, String file, FileCheck.Status status, String agency, String year,
      String edition, long errors, long warnings, int problems, String reason, String page) {}

  private final Path dir;
  private final Lang lang;

  Site(Path dir, Lang lang) throws IOException {
    this.dir = dir;
    this.lang = lang;
    Files.createDirectories(dir.resolve("reports"));
  }

  private String t(String zh, String en) {
    return lang == Lang.zh ? zh : en;
  }

  /** Writes the page of a report (none for a file not read) and gives its index row. */
  Row page(int number, FileCheck f) {
    if (!f.status().isReport()) {
      return new Row(number, f.entry().shown(), f.status(), "", "", "", 0, 0, 0, f.reason(), "");
    }
    PrintedReport p = f.report();
    String name = String.format("reports/%05d-%s.html", number,
        f.entry().shown().replaceAll("[^\\p{L}\\p{N}._-]", "_"));
    try {
      Files.writeString(dir.resolve(name), reportPage(f), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Row(number, f.entry().shown(), f.status(), f.agencyShown(lang), f.yearShown(lang),
        p.edition().id(), f.errors(), f.warnings(), f.problems(), "", name);
  }

  /** The id of a cell's {@code <td>} on a report page. */
  static String cellId(CellRef c) {
    return "cell" + c.jsonPointer().replace('/', '-');
  }

  String reportPage(FileCheck f) {
    PrintedReport p = f.report();
    List<Group> groups = Groups.of(f.violations());
    Map<CellRef, List<Violation>> byCell = new HashMap<>();
    for (Violation v : f.violations()) {
      v.cells().forEach(c -> byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(v));
    }
    Map<CellRef, CellNote> notes = f.notes();
    String html =
        ReportRenderer.html(
            p,
            c -> {
              List<Violation> vs = byCell.get(c);
              List<String> classes = new ArrayList<>();
              List<String> titles = new ArrayList<>();
              if (vs != null) {
                classes.add(vs.stream().anyMatch(Violation::isError) ? "v-error" : "v-warning");
              }
              if (p.cells().get(c) instanceof PrintedCell.NotRead n) {
                classes.add("not-read");
                titles.add(lang.t("未读取：", "not read: ") + n.why());
              }
              if (notes.containsKey(c)) {
                classes.add("noted");
                titles.add(lang.t("印作：", "printed: ") + notes.get(c).printed());
              }
              if (vs != null) {
                vs.forEach(v -> titles.add(note(v)));
              }
              return classes.isEmpty() ? Map.of()
                  : Map.of("id", cellId(c), "class", String.join(" ", classes), "title", String.join("\n", titles));
            });
    Document d = Jsoup.parse(html);
    d.outputSettings().prettyPrint(false);
    d.head().appendElement("style").appendText(CSS);
    if (!f.headerFound()) {
      String title = f.agency().orElse(lang.open.strip() + t("机关", "agency ") + lang.notFound() + lang.close.strip())
          + (f.year().isPresent() ? f.year().getAsInt() + "年"
              : lang.open.strip() + t("年度", "year ") + lang.notFound() + lang.close.strip())
          + p.edition().template().title();
      d.title(title);
      Element h1 = d.selectFirst("h1");
      if (h1 != null) {
        h1.text(title);
      }
    }
    Element review = d.body().prependElement("div").addClass("review");
    review.appendElement("a").attr("href", "../index.html").text(t("← 返回总表", "← all files"));
    review.appendElement("h3").text(f.entry().shown() + lang.colon)
        .appendElement("span").addClass("badge").addClass(statusClass(f.status())).text(lang.status(f.status()));
    review.appendElement("p").text(lang.errors(f.errors()) + lang.comma + lang.warnings(f.warnings())
        + lang.comma + lang.problems(f.problems()));
    List<Group> unplaced = new ArrayList<>();
    Map<Integer, List<Group>> byTable = new LinkedHashMap<>();
    List<TableDecl> tables = p.edition().template().tables();
    for (Group g : groups) {
      int last = -1;
      for (CellRef c : g.cells()) {
        for (int i = 0; i < tables.size(); i++) {
          if (tables.get(i).section() == c.section() && tables.get(i).key().equals(c.table())) {
            last = Math.max(last, i);
          }
        }
      }
      if (last < 0) {
        unplaced.add(g);
      } else {
        byTable.computeIfAbsent(last, k -> new ArrayList<>()).add(g);
      }
    }
    if (!unplaced.isEmpty()) {
      review.appendElement("h3").text(t("不涉及表格单元格的问题", "Findings without a table cell"));
      notes(review.appendElement("ol").addClass("notes"), unplaced);
    }
    if (!f.read().problems().isEmpty()) {
      review.appendElement("h3").text(t("读取问题", "Reading problems"));
      Element ol = review.appendElement("ol").addClass("problems");
      for (ReadingProblem rp : f.read().problems()) {
        ol.appendElement("li").text(rp.origin() + lang.colon + lang.problem(rp));
      }
    }
    List<Element> tableElements = d.select("table");
    byTable.forEach((i, gs) -> {
      if (i < tableElements.size()) {
        Element ol = new Element("ol").addClass("notes");
        notes(ol, gs);
        tableElements.get(i).after(ol);
      }
    });
    d.body().appendElement("section").attr("id", "series");
    return d.outerHtml();
  }

  private String note(Violation v) {
    return v.identityId() + " " + lang.severity(v) + lang.colon + lang.message(v)
        + v.expected().map(e -> lang.open + lang.expected + " " + e.toPlainString()
            + v.found().map(x -> lang.comma + lang.found + " " + x.toPlainString()).orElse("")
            + lang.close).orElse("");
  }

  private void notes(Element ol, List<Group> groups) {
    for (Group g : groups) {
      Violation v = g.first();
      Element li = ol.appendElement("li").addClass(v.isError() ? "error" : "warning");
      li.appendElement("b").text(v.identityId() + " " + lang.severity(v)
          + (g.isSingle() ? "" : " ×" + g.violations().size()));
      li.appendText(lang.colon + (g.isSingle() ? note(v).substring(note(v).indexOf(lang.colon) + lang.colon.length())
          : lang.message(v) + lang.open + String.format(lang.moreAlike, g.violations().size() - 1) + lang.close));
      if (!g.cells().isEmpty()) {
        li.appendText(" → ");
        boolean first = true;
        for (CellRef c : g.cells()) {
          if (!first) {
            li.appendText(lang.semicolon);
          }
          first = false;
          li.appendElement("a").attr("href", "#" + cellId(c)).text(c.rowLabel() + " / " + c.columnLabel());
        }
      }
    }
  }

  private static String statusClass(FileCheck.Status s) {
    return "s-" + (s.isNotRead() ? "not-read" : s.words.replace(' ', '-'));
  }

  /** Writes {@code index.html} and adds the series verdicts to their reports' pages. */
  void finish(List<Row> rows, List<SeriesVerdict<SeriesCheck.Member>> series, String summary) throws IOException {
    Document d = Jsoup.parse("<!DOCTYPE html><html lang=\"" + t("zh-CN", "en") + "\"><head><meta charset=\"utf-8\"></head><body></body></html>");
    d.outputSettings().prettyPrint(false);
    d.title(t("政府信息公开工作年度报告核查", "Review of open government information annual reports"));
    d.head().appendElement("style").appendText(INDEX_CSS);
    d.body().appendElement("h1").text(d.title());
    d.body().appendElement("p").addClass("summary").text(summary);
    Element controls = d.body().appendElement("p");
    controls.appendElement("input").attr("id", "q").attr("type", "search")
        .attr("placeholder", t("筛选（机关、年度、文件…）", "filter (agency, year, file…)"));
    Element select = controls.appendElement("select").attr("id", "status");
    select.appendElement("option").attr("value", "").text(t("全部", "all"));
    for (FileCheck.Status s : List.of(FileCheck.Status.ERROR, FileCheck.Status.NOTHING_TO_CHECK,
        FileCheck.Status.INCOMPLETE, FileCheck.Status.CLEAN, FileCheck.Status.CANNOT_READ,
        FileCheck.Status.SKIPPED)) {
      select.appendElement("option").attr("value", statusClass(s).substring(2))
          .text(s == FileCheck.Status.CANNOT_READ ? lang.t("未读取", "not read") : lang.status(s));
    }
    Element table = d.body().appendElement("table").attr("id", "files");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String h : List.of(t("序号", "#"), t("文件", "file"), t("机关", "agency"), t("年度", "year"),
        t("版本", "edition"), t("结论", "verdict"), t("错误", "errors"), t("警告", "warnings"),
        t("读取问题", "reading problems"))) {
      head.appendElement("th").text(h);
    }
    Element body = table.appendElement("tbody");
    for (Row r : rows) {
      String cls = statusClass(r.status());
      Element tr = body.appendElement("tr").addClass(cls).attr("data-status", cls.substring(2));
      tr.appendElement("td").addClass("n").text(Integer.toString(r.number()));
      Element file = tr.appendElement("td");
      if (r.page().isEmpty()) {
        file.text(r.file());
      } else {
        file.appendElement("a").attr("href", r.page()).text(r.file());
      }
      tr.appendElement("td").text(r.agency());
      tr.appendElement("td").addClass("n").text(r.year());
      tr.appendElement("td").text(r.edition());
      tr.appendElement("td").addClass("v").text(lang.status(r.status()) + (r.reason().isEmpty() ? "" : lang.colon + r.reason()));
      tr.appendElement("td").addClass("n").text(Long.toString(r.errors()));
      tr.appendElement("td").addClass("n").text(Long.toString(r.warnings()));
      tr.appendElement("td").addClass("n").text(Integer.toString(r.problems()));
    }
    if (!series.isEmpty()) {
      Element s = d.body().appendElement("section").attr("id", "series");
      s.appendElement("h2").text(t("跨年度核查", "Across years"));
      for (SeriesVerdict<SeriesCheck.Member> v : series) {
        series(s, v, "");
        for (SeriesCheck.Member m : v.members()) {
          if (!m.page().isEmpty()) {
            Path page = dir.resolve(m.page());
            Document pd = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            pd.outputSettings().prettyPrint(false);
            Element section = pd.getElementById("series");
            if (section != null) {
              section.appendElement("h2").text(t("跨年度核查", "Across years"));
              series(section, v, "../");
              Files.writeString(page, pd.outerHtml(), StandardCharsets.UTF_8);
            }
          }
        }
      }
    }
    d.body().appendElement("script").appendChild(new org.jsoup.nodes.DataNode(INDEX_JS));
    Files.writeString(dir.resolve("index.html"), d.outerHtml(), StandardCharsets.UTF_8);
  }

  private void series(Element parent, SeriesVerdict<SeriesCheck.Member> v, String up) {
    Element div = parent.appendElement("div").addClass("review");
    div.appendElement("h3").text(TextSeries.headline(v, lang));
    Element ol = div.appendElement("ol").addClass("notes");
    boolean copies = TextSeries.copies(v);
    for (SeriesFinding<SeriesCheck.Member> f : v.findings()) {
      String years = TextSeries.years(f, copies, lang) + " ";
      ol.appendElement("li").addClass(f.level() == SeriesFinding.Level.ERROR ? "error" : "warning")
          .text(years + f.violation().map(this::note).orElse(f.id() + " " + TextSeries.level(f, lang)
              + lang.colon + SeriesCheck.message(f, lang)));
    }
    Element files = div.appendElement("p");
    for (SeriesCheck.Member m : v.members()) {
      if (m.page().isEmpty()) {
        files.appendText(m.report().year() + " " + m.file() + " ");
      } else {
        files.appendElement("a").attr("href", up + m.page()).text(m.report().year() + " " + m.file());
        files.appendText(" ");
      }
    }
  }
}
