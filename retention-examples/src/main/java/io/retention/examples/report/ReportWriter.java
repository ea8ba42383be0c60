package io.retention.examples.report;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns a run's {@link RunSummary} into {@code report.html}: one self-contained HTML file with
 * inline styles and every chart drawn as inline SVG, so it opens in any browser with no network and
 * runs no script.
 *
 * <p>Sections: headline numbers; segments (sizes, churn rate, profiles) and the scan that chose
 * their number; the RFM grid; ROC, precision–recall and calibration curves; model selection with
 * fold scores; global SHAP drivers; a SHAP waterfall with readable reasons for each top-priority
 * customer; the catalog (genres, movies and TV shows by release year, churn by favourite genre);
 * actions and the head of the ranked plan; stage timings. A section without data shows a short note
 * instead of an empty chart. The input is a {@link ReportInput}: a whole run's summary, or the
 * summary a results folder of the step commands rebuilds, whose missing sections each show one line
 * naming the command that produces them.
 *
 * <p>Every string from the summary (customer ids, segment and feature names, reasons) is escaped;
 * numbers that a run could not measure read "n/a". The same summary always gives the same bytes.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ReportWriter {

  /** The id of the headline section, which every report has. */
  public static final String OVERVIEW = "overview";

  /** The section ids, in page order; each is the {@code id} of a {@code <section>}. */
  public static final List<String> SECTIONS =
      List.of(
          OVERVIEW,
          "segments",
          "segment-scan",
          "rfm",
          "model-quality",
          "model-selection",
          "drivers",
          "customers",
          "content",
          "actions",
          "stages");

  /** The sections' titles in the navigation, in the order of {@link #SECTIONS}. */
  private static final List<String> TITLES =
      List.of(
          "Headline numbers",
          "Segments",
          "Choosing k",
          "RFM grid",
          "Model quality",
          "Model selection",
          "Churn drivers",
          "Top customers",
          "Catalog",
          "Actions",
          "Stage timings");

  private static final String STYLE =
      String.join(
          "\n",
          ":root{color-scheme:light;--ink:#1a1a1a;--muted:#555;--line:#d0d0d0;--panel:#f6f7f9}",
          "*{box-sizing:border-box}",
          "body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,"
              + "Arial,sans-serif;color:var(--ink);background:#fff}",
          "main{max-width:1220px;margin:0 auto;padding:24px 24px 48px}",
          "h1{font-size:1.7rem;margin:0 0 4px}",
          "h2{font-size:1.3rem;margin:40px 0 8px;padding-bottom:4px;border-bottom:2px solid "
              + "var(--line)}",
          "h3{font-size:1.05rem;margin:24px 0 6px}",
          ".meta{color:var(--muted);margin:0 0 12px}",
          "nav ul{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:6px 14px}",
          "nav a{color:#0a5a8c}",
          ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px;"
              + "margin:12px 0}",
          ".card{background:var(--panel);border:1px solid var(--line);border-radius:6px;"
              + "padding:10px 12px}",
          ".card .k{color:var(--muted);font-size:.85rem}",
          ".card .v{font-size:1.35rem;font-weight:600;overflow-wrap:anywhere}",
          ".figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));"
              + "gap:16px;align-items:start}",
          "figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:6px;"
              + "padding:8px;overflow-x:auto}",
          "figcaption{font-size:.88rem;color:var(--muted);margin:4px 4px 0}",
          "figcaption strong{color:var(--ink)}",
          "svg.chart{display:block;max-width:100%;height:auto}",
          "svg.chart text{font-family:inherit;font-size:12px}",
          "svg.chart text:not([fill]){fill:#333}",
          "svg.chart text.axis-title{font-size:12.5px;font-weight:600;fill:#222}",
          "svg.chart text.legend{fill:#222}",
          "svg.chart text.note{fill:#444;font-style:italic}",
          "svg.chart text.chosen{font-weight:700;fill:#0072B2}",
          "svg.chart line.axis{stroke:#444;stroke-width:1}",
          "svg.chart line.grid{stroke:#e4e4e4;stroke-width:1}",
          "svg.chart line.reference{stroke:#6b6b6b;stroke-width:1.5;stroke-dasharray:5 4}",
          "svg.chart line.marker{stroke:#444;stroke-width:1.5;stroke-dasharray:3 3}",
          "svg.chart line.connector{stroke:#888;stroke-width:1}",
          "table{border-collapse:collapse;width:100%;font-size:.9rem;margin:8px 0}",
          ".table-wrap{overflow-x:auto}",
          "th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;"
              + "vertical-align:top}",
          "th{background:var(--panel);font-weight:600}",
          "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}",
          ".empty{background:var(--panel);border-left:4px solid #999;padding:8px 12px;"
              + "color:var(--muted)}",
          ".reasons{margin:6px 0 0 0}",
          ".customer{border-top:1px solid var(--line);margin-top:16px}",
          "h2 + .customer{border-top:0;margin-top:0}",
          "footer{margin-top:40px;color:var(--muted);font-size:.85rem}");

  private final ReportOptions options;

  /** A writer with {@link ReportOptions#DEFAULTS}. */
  public ReportWriter() {
    this(ReportOptions.DEFAULTS);
  }

  /**
   * A writer.
   *
   * @param options how much of a run the report shows
   */
  public ReportWriter(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes {@link RunFolder#REPORT} into a results folder, atomically (readers see the old file or
   * the whole new one), creating the folder when needed.
   *
   * @param summary the run
   * @param folder the results folder
   * @return the file written
   * @throws RetentionIoException when the file cannot be written
   */
  public Path write(RunSummary summary, RunFolder folder) {
    Objects.requireNonNull(folder, "folder");
    return write(summary, folder.dir());
  }

  /**
   * Writes {@link RunFolder#REPORT} into a folder, atomically (readers see the old file or the
   * whole new one), creating the folder when needed.
   *
   * @param summary the run
   * @param dir the folder
   * @return the file written
   * @throws RetentionIoException when the file cannot be written
   */
  public Path write(RunSummary summary, Path dir) {
    Objects.requireNonNull(dir, "dir");
    return writeFile(ReportInput.of(summary), dir.resolve(RunFolder.REPORT));
  }

  /**
   * Writes a report to a file, atomically (readers see the old file or the whole new one), creating
   * its folder when needed.
   *
   * @param input what to render
   * @param file the target
   * @return the file written, absolute
   * @throws RetentionIoException when the file cannot be written
   */
  public Path writeFile(ReportInput input, Path file) {
    Objects.requireNonNull(file, "file");
    String html = render(input);
    Path target = file.toAbsolutePath();
    try {
      AtomicFiles.writeString(target, html);
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", target, e);
    }
    return target;
  }

  /**
   * The report of a run as HTML text.
   *
   * @param summary the run
   * @return a complete HTML document
   */
  public String render(RunSummary summary) {
    return render(ReportInput.of(summary));
  }

  /**
   * The report as HTML text: every section with data, and one line for each missing one saying
   * which command produces it.
   *
   * @param input the summary and its missing sections
   * @return a complete HTML document
   */
  public String render(ReportInput input) {
    Objects.requireNonNull(input, "input");
    RunSummary summary = input.summary();
    StringBuilder html = new StringBuilder(1 << 16);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Retention report: ")
        .append(Html.escape(summary.data().source()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<main>\n");
    header(html, input);
    OverviewSection.write(html, input);
    List<Runnable> sections =
        List.of(
            () -> SegmentsSection.write(html, summary.segmentation()),
            () -> SegmentScanSection.write(html, summary.segmentation()),
            () -> RfmSection.write(html, summary),
            () -> ModelQualitySection.write(html, summary.holdOut()),
            () -> ModelSelectionSection.write(html, summary),
            () -> DriversSection.write(html, summary.globalDrivers(), options),
            () -> CustomersSection.write(html, summary, options),
            () -> ContentSection.write(html, summary.content(), options),
            () -> ActionsSection.write(html, summary, options),
            () -> StagesSection.write(html, summary.stages()));
    for (int i = 1; i < SECTIONS.size(); i++) {
      String id = SECTIONS.get(i);
      if (input.has(id)) {
        sections.get(i - 1).run();
      } else {
        Html.openSection(html, id, TITLES.get(i));
        Html.empty(html, input.missing().get(id));
        Html.closeSection(html);
      }
    }
    footer(html, summary);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, ReportInput input) {
    RunSummary s = input.summary();
    html.append("<header>\n<h1>Customer retention report</h1>\n<p class=\"meta\">Data: ")
        .append(Html.escape(s.data().source()));
    if (!s.data().snapshot().isEmpty()) {
      html.append(" · snapshot ").append(Html.escape(s.data().snapshot()));
    }
    if (input.origin().isEmpty()) {
      html.append(" · run finished ")
          .append(Html.escape(s.createdAt()))
          .append(" · library ")
          .append(Html.escape(s.version()))
          .append(" · seed ")
          .append(s.seed());
    } else {
      html.append(" · ")
          .append(Html.escape(input.origin()))
          .append(" · library ")
          .append(Html.escape(s.version()));
    }
    html.append("</p>\n<nav aria-label=\"Sections\"><ul>");
    for (int i = 0; i < SECTIONS.size(); i++) {
      html.append("<li><a href=\"#")
          .append(SECTIONS.get(i))
          .append("\">")
          .append(TITLES.get(i))
          .append("</a></li>");
    }
    html.append("</ul></nav>\n</header>\n");
  }

  private static void footer(StringBuilder html, RunSummary s) {
    html.append("<footer><p>Files of this run, beside this report:</p><ul>");
    Map<String, String> files = new TreeMap<>(s.files());
    for (Map.Entry<String, String> file : files.entrySet()) {
      html.append("<li>")
          .append(Html.escape(file.getKey()))
          .append(": <code>")
          .append(Html.escape(file.getValue()))
          .append("</code></li>");
    }
    html.append(
        "</ul><p>Self-contained: charts are inline SVG; no script, font or style is "
            + "loaded from anywhere.</p></footer>\n");
  }
}
