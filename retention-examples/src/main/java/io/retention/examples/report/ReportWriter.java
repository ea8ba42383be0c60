package io.retention.examples.report;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.ActionCount;
import io.retention.core.analysis.RunSummary.CalibrationBin;
import io.retention.core.analysis.RunSummary.Candidate;
import io.retention.core.analysis.RunSummary.ContentSummary;
import io.retention.core.analysis.RunSummary.Contribution;
import io.retention.core.analysis.RunSummary.CurvePoint;
import io.retention.core.analysis.RunSummary.CustomerExplanation;
import io.retention.core.analysis.RunSummary.Driver;
import io.retention.core.analysis.RunSummary.GenreCount;
import io.retention.core.analysis.RunSummary.HoldOutSummary;
import io.retention.core.analysis.RunSummary.KScore;
import io.retention.core.analysis.RunSummary.LabelCount;
import io.retention.core.analysis.RunSummary.PlanRow;
import io.retention.core.analysis.RunSummary.RfmCell;
import io.retention.core.analysis.RunSummary.Segment;
import io.retention.core.analysis.RunSummary.SegmentationSummary;
import io.retention.core.analysis.RunSummary.Stage;
import io.retention.core.analysis.RunSummary.YearTypeCount;
import io.retention.core.persistence.AtomicFiles;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Bar;
import io.retention.examples.report.Charts.Cell;
import io.retention.examples.report.Charts.DotRow;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Marker;
import io.retention.examples.report.Charts.Series;
import io.retention.examples.report.Charts.Stack;
import io.retention.examples.report.Charts.Step;
import io.retention.examples.report.Svg.LegendEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * instead of an empty chart.
 *
 * <p>Every string from the summary (customer ids, segment and feature names, reasons) is escaped;
 * numbers that a run could not measure read "n/a". The same summary always gives the same bytes.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ReportWriter {

  /** The section ids, in page order; each is the {@code id} of a {@code <section>}. */
  public static final List<String> SECTIONS =
      List.of(
          "overview",
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

  private static final String PROBABILITY_SPACE = "probability";
  private static final double TENTHS = 10.0;
  private static final int AUC_DECIMALS = 3;
  private static final int MONEY_DECIMALS = 2;

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
    String html = render(summary);
    Path target = dir.resolve(RunFolder.REPORT).toAbsolutePath();
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
    Objects.requireNonNull(summary, "summary");
    StringBuilder html = new StringBuilder(1 << 16);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Retention report: ")
        .append(esc(summary.data().source()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<main>\n");
    header(html, summary);
    overview(html, summary);
    segments(html, summary.segmentation());
    segmentScan(html, summary.segmentation());
    rfm(html, summary);
    modelQuality(html, summary.holdOut());
    modelSelection(html, summary);
    drivers(html, summary.globalDrivers());
    customers(html, summary);
    content(html, summary.content());
    actions(html, summary);
    stages(html, summary.stages());
    footer(html, summary);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, RunSummary s) {
    html.append("<header>\n<h1>Customer retention report</h1>\n<p class=\"meta\">Data: ")
        .append(esc(s.data().source()));
    if (!s.data().snapshot().isEmpty()) {
      html.append(" · snapshot ").append(esc(s.data().snapshot()));
    }
    html.append(" · run finished ")
        .append(esc(s.createdAt()))
        .append(" · library ")
        .append(esc(s.version()))
        .append(" · seed ")
        .append(s.seed())
        .append("</p>\n<nav aria-label=\"Sections\"><ul>");
    List<String> titles =
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
    for (int i = 0; i < SECTIONS.size(); i++) {
      html.append("<li><a href=\"#")
          .append(SECTIONS.get(i))
          .append("\">")
          .append(titles.get(i))
          .append("</a></li>");
    }
    html.append("</ul></nav>\n</header>\n");
  }

  private static void overview(StringBuilder html, RunSummary s) {
    HoldOutSummary h = s.holdOut();
    open(html, "overview", "Headline numbers");
    html.append("<div class=\"cards\">");
    card(html, "Customers", Html.count(s.data().customers()));
    card(html, "Churn rate (labelled)", Html.percent(s.data().churnRate()));
    card(html, "Chosen model", s.model().chosen());
    card(html, "Hold-out ROC-AUC", Html.decimal(h.rocAuc(), AUC_DECIMALS));
    card(html, "Hold-out PR-AUC", Html.decimal(h.prAuc(), AUC_DECIMALS));
    card(
        html,
        "Brier before → after calibration",
        Html.decimal(h.brierBefore(), AUC_DECIMALS)
            + " → "
            + Html.decimal(h.brierAfter(), AUC_DECIMALS));
    card(html, "Segments", Integer.toString(s.segmentation().k()));
    card(
        html,
        "Catalog titles / viewing events",
        Html.count(s.data().titles()) + " / " + Html.count(s.data().events()));
    html.append("</div>\n<div class=\"figures\"><div class=\"table-wrap\"><table>")
        .append("<caption>The chosen model on the hold-out</caption><tbody>");
    row(html, "Labelled customers", Html.count(s.data().labelled()));
    row(
        html,
        "Chosen by",
        s.model().selectionMetric() + " over " + s.model().folds() + " cross-validation folds");
    row(html, "Calibration", s.model().calibration());
    row(html, "Model features", Integer.toString(s.model().features()));
    row(
        html,
        "Hold-out customers",
        Html.count(h.customers()) + " (churn rate " + Html.percent(h.churnRate()) + ")");
    row(
        html,
        "Decision threshold",
        Html.decimal(s.model().threshold(), AUC_DECIMALS) + " (" + s.model().thresholdRule() + ")");
    row(html, "Log loss", Html.decimal(h.logLoss(), AUC_DECIMALS));
    row(html, "Accuracy", Html.decimal(h.accuracy(), AUC_DECIMALS));
    row(
        html,
        "Precision / recall / F1",
        Html.decimal(h.precision(), AUC_DECIMALS)
            + " / "
            + Html.decimal(h.recall(), AUC_DECIMALS)
            + " / "
            + Html.decimal(h.f1(), AUC_DECIMALS));
    html.append("</tbody></table></div>\n<div class=\"table-wrap\"><table>")
        .append("<caption>Confusion matrix at the threshold</caption>")
        .append("<thead><tr><th></th><th class=\"n\">flagged</th><th class=\"n\">not flagged")
        .append("</th></tr></thead><tbody><tr><th>churned</th><td class=\"n\">")
        .append(Html.count(h.truePositives()))
        .append("</td><td class=\"n\">")
        .append(Html.count(h.falseNegatives()))
        .append("</td></tr><tr><th>stayed</th><td class=\"n\">")
        .append(Html.count(h.falsePositives()))
        .append("</td><td class=\"n\">")
        .append(Html.count(h.trueNegatives()))
        .append("</td></tr></tbody></table></div></div>\n");
    close(html);
  }

  private static void segments(StringBuilder html, SegmentationSummary seg) {
    open(html, "segments", "Segments");
    if (seg.segments().isEmpty()) {
      empty(html, "This run found no segments.");
      close(html);
      return;
    }
    List<Bar> sizes = new ArrayList<>();
    List<Bar> churn = new ArrayList<>();
    for (Segment segment : seg.segments()) {
      sizes.add(new Bar(segment.name(), segment.customers(), Charts.BLUE));
      churn.add(new Bar(segment.name(), segment.churnRate(), Charts.VERMILLION));
    }
    html.append("<div class=\"figures\">");
    figure(
        html,
        Charts.bars(
            new Figure(
                "chart-segment-sizes",
                "Customers per segment",
                "Horizontal bars: the number of customers in each of the "
                    + seg.segments().size()
                    + " segments, largest first."),
            "segment",
            sizes,
            Axis.number("customers", 0),
            List.of()),
        "Customers per segment.");
    figure(
        html,
        Charts.bars(
            new Figure(
                "chart-segment-churn",
                "Churn rate by segment",
                "Horizontal bars: the share of labelled customers who churned in each segment; "
                    + "n/a where no customer of the segment is labelled."),
            "segment",
            churn,
            Axis.percentage("churn rate"),
            List.of()),
        "Churn rate by segment (n/a: no labelled customer in the segment).");
    html.append(
        "</div>\n<div class=\"table-wrap\"><table><caption>Segment profiles: mean of each "
            + "segmentation feature, in original units</caption><thead><tr><th>Segment</th>"
            + "<th class=\"n\">Customers</th><th class=\"n\">Churn rate</th>");
    for (String feature : seg.features()) {
      html.append("<th class=\"n\">").append(esc(feature)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (Segment segment : seg.segments()) {
      html.append("<tr><td>")
          .append(esc(segment.name()))
          .append("</td><td class=\"n\">")
          .append(Html.count(segment.customers()))
          .append("</td><td class=\"n\">")
          .append(Html.percent(segment.churnRate()))
          .append("</td>");
      for (String feature : seg.features()) {
        Double mean = segment.profile().get(feature);
        html.append("<td class=\"n\">")
            .append(mean == null ? Html.NOT_AVAILABLE : Html.decimal(mean, MONEY_DECIMALS))
            .append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table></div>\n");
    close(html);
  }

  private static void segmentScan(StringBuilder html, SegmentationSummary seg) {
    open(html, "segment-scan", "Choosing the number of segments");
    if (seg.scan().isEmpty()) {
      empty(html, "The number of segments was fixed: no scan was run.");
      close(html);
      return;
    }
    List<Double> ks = new ArrayList<>();
    List<Double> inertia = new ArrayList<>();
    List<Double> silhouette = new ArrayList<>();
    List<Double> daviesBouldin = new ArrayList<>();
    for (KScore score : seg.scan()) {
      ks.add((double) score.k());
      inertia.add(score.inertia());
      silhouette.add(score.silhouette());
      daviesBouldin.add(score.daviesBouldin());
    }
    List<Marker> chosen = List.of(new Marker(seg.k(), "chosen k = " + seg.k()));
    Axis k = Axis.whole("number of segments k");
    html.append("<p>k = ")
        .append(seg.k())
        .append(" was chosen by ")
        .append(esc(seg.criterion()))
        .append(", on the features ")
        .append(esc(String.join(", ", seg.features())))
        .append(".</p>\n<div class=\"figures\">");
    figure(
        html,
        Charts.lines(
            new Figure(
                "chart-elbow",
                "Elbow: within-segment sum of squares by k",
                "Line chart of the within-segment sum of squares (inertia) for each k tried; "
                    + "the bend of the curve suggests k."),
            k,
            Axis.number("inertia", MONEY_DECIMALS),
            List.of(new Series("inertia", ks, inertia, Charts.BLUE, false)),
            false,
            chosen),
        "Elbow curve: inertia falls as k grows; look for the bend.");
    figure(
        html,
        Charts.lines(
            new Figure(
                "chart-silhouette",
                "Mean silhouette by k",
                "Line chart of the mean silhouette for each k tried; higher is better."),
            k,
            Axis.number("mean silhouette", AUC_DECIMALS),
            List.of(new Series("silhouette", ks, silhouette, Charts.GREEN, false)),
            false,
            chosen),
        "Silhouette: higher is better.");
    figure(
        html,
        Charts.lines(
            new Figure(
                "chart-davies-bouldin",
                "Davies–Bouldin index by k",
                "Line chart of the Davies–Bouldin index for each k tried; lower is better."),
            k,
            Axis.number("Davies–Bouldin index", AUC_DECIMALS),
            List.of(new Series("Davies–Bouldin", ks, daviesBouldin, Charts.ORANGE, false)),
            false,
            chosen),
        "Davies–Bouldin: lower is better.");
    html.append("</div>\n");
    close(html);
  }

  private static void rfm(StringBuilder html, RunSummary s) {
    open(html, "rfm", "RFM grid");
    List<RfmCell> grid = s.rfm().grid();
    if (grid.isEmpty()) {
      empty(html, "This run computed no RFM scores.");
    } else {
      int maxRecency = 1;
      int maxFrequency = 1;
      double maxChurn = 0;
      for (RfmCell cell : grid) {
        maxRecency = Math.max(maxRecency, cell.recency());
        maxFrequency = Math.max(maxFrequency, cell.frequency());
        if (Double.isFinite(cell.churnRate())) {
          maxChurn = Math.max(maxChurn, cell.churnRate());
        }
      }
      double keyMax = maxChurn > 0 ? Math.min(1, Math.ceil(maxChurn * TENTHS) / TENTHS) : 1;
      List<String> columns = new ArrayList<>();
      for (int r = 1; r <= maxRecency; r++) {
        columns.add(Integer.toString(r));
      }
      List<String> rows = new ArrayList<>();
      for (int f = 1; f <= maxFrequency; f++) {
        rows.add(Integer.toString(f));
      }
      List<Cell> cells = new ArrayList<>();
      for (RfmCell cell : grid) {
        if (cell.recency() < 1 || cell.frequency() < 1) {
          throw new IllegalArgumentException(
              "RFM scores start at 1: " + cell.recency() + ", " + cell.frequency());
        }
        cells.add(
            new Cell(
                cell.recency() - 1,
                cell.frequency() - 1,
                cell.churnRate(),
                List.of(Html.percent(cell.churnRate()), "n=" + Html.count(cell.customers())),
                "recency "
                    + cell.recency()
                    + ", frequency "
                    + cell.frequency()
                    + ": "
                    + Html.count(cell.customers())
                    + " customers, churn rate "
                    + Html.percent(cell.churnRate())
                    + ", mean monetary "
                    + Html.decimal(cell.meanMonetary(), MONEY_DECIMALS)));
      }
      html.append("<div class=\"figures\">");
      figure(
          html,
          Charts.heatMap(
              new Figure(
                  "chart-rfm",
                  "Churn rate by recency and frequency score",
                  "Heat map: recency score across, frequency score up; each cell shows the churn "
                      + "rate and number of customers, darker is higher churn."),
              columns,
              rows,
              "recency score (5 = most recent)",
              "frequency score (5 = most frequent)",
              cells,
              "churn rate",
              v -> Html.percent(v, 0),
              keyMax),
          "Each cell: churn rate and customers (n). Grey: no labelled customer in the cell.");
      labelTable(html, "RFM labels", "Label", s.rfm().labels());
      html.append("</div>\n");
    }
    close(html);
  }

  private static void modelQuality(StringBuilder html, HoldOutSummary h) {
    open(html, "model-quality", "Model quality on the hold-out");
    html.append("<div class=\"figures\">");
    if (h.roc().isEmpty()) {
      empty(html, "No ROC curve: the hold-out needs churners and stayers.");
    } else {
      figure(
          html,
          Charts.lines(
              new Figure(
                  "chart-roc",
                  "ROC curve",
                  "Line chart of the true-positive rate against the false-positive rate on the "
                      + "hold-out, with the diagonal of a random ranking; ROC-AUC "
                      + Html.decimal(h.rocAuc(), AUC_DECIMALS)
                      + "."),
              Axis.unitInterval("false-positive rate"),
              Axis.unitInterval("true-positive rate"),
              List.of(
                  curve(
                      "ROC (AUC " + Html.decimal(h.rocAuc(), AUC_DECIMALS) + ")",
                      h.roc(),
                      Charts.BLUE)),
              true,
              List.of()),
          "ROC-AUC <strong>"
              + Html.decimal(h.rocAuc(), AUC_DECIMALS)
              + "</strong>; the dashed diagonal is a random ranking.");
    }
    if (h.pr().isEmpty()) {
      empty(html, "No precision–recall curve: the hold-out needs churners and stayers.");
    } else {
      List<Series> series = new ArrayList<>();
      series.add(
          curve(
              "precision–recall (AUC " + Html.decimal(h.prAuc(), AUC_DECIMALS) + ")",
              h.pr(),
              Charts.BLUE));
      if (Double.isFinite(h.churnRate())) {
        series.add(
            new Series(
                "no skill (churn rate " + Html.percent(h.churnRate()) + ")",
                List.of(0.0, 1.0),
                List.of(h.churnRate(), h.churnRate()),
                Charts.GREY,
                true));
      }
      figure(
          html,
          Charts.lines(
              new Figure(
                  "chart-pr",
                  "Precision–recall curve",
                  "Line chart of precision against recall on the hold-out, with the churn rate "
                      + "as the no-skill baseline; PR-AUC "
                      + Html.decimal(h.prAuc(), AUC_DECIMALS)
                      + "."),
              Axis.unitInterval("recall"),
              Axis.unitInterval("precision"),
              series,
              false,
              List.of()),
          "PR-AUC <strong>"
              + Html.decimal(h.prAuc(), AUC_DECIMALS)
              + "</strong>; the dashed line is the churn rate, what a random ranking reaches.");
    }
    if (h.calibrationBefore().isEmpty() && h.calibrationAfter().isEmpty()) {
      empty(html, "No calibration bins in this run.");
    } else {
      List<Series> series = new ArrayList<>();
      if (!h.calibrationBefore().isEmpty()) {
        series.add(
            bins(
                "before (Brier " + Html.decimal(h.brierBefore(), AUC_DECIMALS) + ")",
                h.calibrationBefore(),
                Charts.ORANGE,
                true));
      }
      if (!h.calibrationAfter().isEmpty()) {
        series.add(
            bins(
                "after (Brier " + Html.decimal(h.brierAfter(), AUC_DECIMALS) + ")",
                h.calibrationAfter(),
                Charts.BLUE,
                false));
      }
      figure(
          html,
          Charts.lines(
              new Figure(
                  "chart-calibration",
                  "Calibration before and after",
                  "Reliability diagram: observed churn rate against mean predicted probability "
                      + "per bin, before and after calibration, with the diagonal of perfect "
                      + "calibration."),
              Axis.unitInterval("mean predicted probability"),
              Axis.unitInterval("observed churn rate"),
              series,
              true,
              List.of()),
          "Points on the dashed diagonal are perfectly calibrated. Brier score "
              + Html.decimal(h.brierBefore(), AUC_DECIMALS)
              + " before, "
              + Html.decimal(h.brierAfter(), AUC_DECIMALS)
              + " after.");
    }
    html.append("</div>\n");
    close(html);
  }

  private static Series curve(String name, List<CurvePoint> points, String colour) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (CurvePoint p : points) {
      xs.add(p.x());
      ys.add(p.y());
    }
    return new Series(name, xs, ys, colour, false);
  }

  private static Series bins(
      String name, List<CalibrationBin> bins, String colour, boolean dashed) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (CalibrationBin bin : bins) {
      xs.add(bin.meanPredicted());
      ys.add(bin.observedRate());
    }
    return new Series(name, xs, ys, colour, dashed);
  }

  private static void modelSelection(StringBuilder html, RunSummary s) {
    open(html, "model-selection", "Model selection");
    List<Candidate> candidates = s.model().candidates();
    if (candidates.isEmpty()) {
      empty(html, "Only one model was trained: there was no selection.");
      close(html);
      return;
    }
    List<DotRow> pr = new ArrayList<>();
    List<DotRow> roc = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean chosen = c.name().equals(s.model().chosen());
      pr.add(new DotRow(c.name(), c.foldPrAuc(), c.meanPrAuc(), chosen));
      roc.add(new DotRow(c.name(), c.foldRocAuc(), c.meanRocAuc(), chosen));
    }
    html.append("<p><strong>")
        .append(esc(s.model().chosen()))
        .append("</strong> was chosen by mean ")
        .append(esc(s.model().selectionMetric()))
        .append(" over ")
        .append(s.model().folds())
        .append(" cross-validation folds.</p>\n<div class=\"figures\">");
    figure(
        html,
        Charts.dots(
            new Figure(
                "chart-candidates-pr",
                "PR-AUC per fold and candidate",
                "Dot plot: each candidate's PR-AUC in every cross-validation fold, with a tick "
                    + "at the mean; the chosen model is highlighted."),
            "candidate",
            pr,
            Axis.number("PR-AUC", AUC_DECIMALS)),
        "PR-AUC per fold; the black tick is the mean.");
    figure(
        html,
        Charts.dots(
            new Figure(
                "chart-candidates-roc",
                "ROC-AUC per fold and candidate",
                "Dot plot: each candidate's ROC-AUC in every cross-validation fold, with a tick "
                    + "at the mean; the chosen model is highlighted."),
            "candidate",
            roc,
            Axis.number("ROC-AUC", AUC_DECIMALS)),
        "ROC-AUC per fold; the black tick is the mean.");
    html.append(
        "</div>\n<div class=\"table-wrap\"><table><caption>Candidates</caption><thead><tr>"
            + "<th>Candidate</th><th class=\"n\">Mean PR-AUC</th><th class=\"n\">Mean ROC-AUC</th>"
            + "<th>PR-AUC per fold</th><th>ROC-AUC per fold</th></tr></thead><tbody>");
    for (Candidate c : candidates) {
      boolean chosen = c.name().equals(s.model().chosen());
      html.append("<tr><td>")
          .append(esc(c.name()))
          .append(chosen ? " <strong>(chosen)</strong>" : "")
          .append("</td><td class=\"n\">")
          .append(Html.decimal(c.meanPrAuc(), AUC_DECIMALS))
          .append("</td><td class=\"n\">")
          .append(Html.decimal(c.meanRocAuc(), AUC_DECIMALS))
          .append("</td><td>")
          .append(joined(c.foldPrAuc()))
          .append("</td><td>")
          .append(joined(c.foldRocAuc()))
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>\n");
    close(html);
  }

  private static String joined(List<Double> values) {
    List<String> parts = new ArrayList<>();
    for (double v : values) {
      parts.add(Html.decimal(v, AUC_DECIMALS));
    }
    return String.join(", ", parts);
  }

  private void drivers(StringBuilder html, List<Driver> drivers) {
    open(html, "drivers", "What drives churn risk");
    if (drivers.isEmpty()) {
      empty(html, "This run computed no explanations.");
      close(html);
      return;
    }
    List<Bar> bars = new ArrayList<>();
    for (Driver d : drivers.subList(0, Math.min(drivers.size(), options.drivers()))) {
      bars.add(
          new Bar(
              d.feature() + " (" + d.direction() + ")",
              d.meanAbsContribution(),
              directionColour(d.direction())));
    }
    html.append("<div class=\"figures\">");
    figure(
        html,
        Charts.bars(
            new Figure(
                "chart-drivers",
                "Global churn drivers",
                "Horizontal bars: mean absolute SHAP contribution of each attribute, strongest "
                    + "first; vermillion where a higher value raises churn risk, blue where it "
                    + "lowers it, grey where the effect is mixed."),
            "attribute",
            bars,
            Axis.number("mean |SHAP contribution|", AUC_DECIMALS),
            List.of(
                new LegendEntry("higher value raises risk", Charts.VERMILLION, false),
                new LegendEntry("lowers risk", Charts.BLUE, false),
                new LegendEntry("mixed", Charts.GREY, false))),
        "Mean absolute SHAP contribution per attribute; the colour is the direction of a "
            + "higher value.");
    html.append("</div>\n");
    close(html);
  }

  private static String directionColour(String direction) {
    return switch (direction) {
      case "raises" -> Charts.VERMILLION;
      case "lowers" -> Charts.BLUE;
      default -> Charts.GREY;
    };
  }

  private void customers(StringBuilder html, RunSummary s) {
    open(html, "customers", "Top-priority customers, explained");
    if (s.topCustomers().isEmpty()) {
      empty(html, "This run explained no customer.");
      close(html);
      return;
    }
    Map<String, PlanRow> plans = new HashMap<>();
    for (PlanRow row : s.topPlans()) {
      plans.putIfAbsent(row.customerId(), row);
    }
    int index = 0;
    for (CustomerExplanation c : s.topCustomers()) {
      index++;
      html.append("<div class=\"customer\"><h3>")
          .append(index)
          .append(". Customer ")
          .append(esc(c.customerId()))
          .append(": churn probability ")
          .append(Html.percent(c.probability()))
          .append("</h3>\n");
      PlanRow plan = plans.get(c.customerId());
      if (plan != null) {
        html.append("<p>Rank ")
            .append(plan.rank())
            .append(" in the plan · risk ")
            .append(esc(plan.risk()))
            .append(" · segment ")
            .append(esc(plan.segment()))
            .append(" · RFM ")
            .append(esc(plan.rfmLabel()))
            .append(" · action <strong>")
            .append(esc(plan.action()))
            .append("</strong></p>\n");
      }
      List<Step> steps = new ArrayList<>();
      List<Contribution> contributions = c.contributions();
      int shown = Math.min(contributions.size(), options.contributions());
      for (Contribution contribution : contributions.subList(0, shown)) {
        steps.add(
            new Step(
                contribution.feature() + " = " + contribution.value(),
                contribution.contribution()));
      }
      if (contributions.size() > shown) {
        double rest = 0;
        for (Contribution contribution : contributions.subList(shown, contributions.size())) {
          rest += contribution.contribution();
        }
        steps.add(new Step((contributions.size() - shown) + " other attributes", rest));
      }
      boolean probability = PROBABILITY_SPACE.equals(c.space());
      html.append("<div class=\"figures\">");
      if (!finite(c)) {
        empty(html, "The explanation of this customer holds numbers that were not measured.");
      } else {
        figure(
            html,
            Charts.waterfall(
                new Figure(
                    "chart-waterfall-" + index,
                    "Why customer " + c.customerId() + " may churn",
                    "Waterfall of SHAP contributions in "
                        + c.space()
                        + " space: from the base "
                        + "value "
                        + Html.decimal(c.baseValue(), AUC_DECIMALS)
                        + ", each attribute "
                        + "moves the model output up (raises churn risk) or down."),
                "attribute = value",
                "base value",
                c.baseValue(),
                steps,
                probability ? "model output (probability)" : "model output (" + c.space() + ")",
                Axis.number("contribution, " + c.space(), AUC_DECIMALS)),
            "SHAP waterfall in "
                + esc(c.space())
                + " space; the churn probability after "
                + "calibration is "
                + Html.percent(c.probability())
                + ".");
      }
      html.append("<div><h4>Reasons</h4>");
      if (c.reasons().isEmpty()) {
        empty(html, "No readable reason for this customer.");
      } else {
        html.append("<ol class=\"reasons\">");
        for (String reason : c.reasons()) {
          html.append("<li>").append(esc(reason)).append("</li>");
        }
        html.append("</ol>");
      }
      html.append("</div></div></div>\n");
    }
    close(html);
  }

  /** Whether an explanation's base value and contributions can all be drawn. */
  private static boolean finite(CustomerExplanation c) {
    if (!Double.isFinite(c.baseValue())) {
      return false;
    }
    for (Contribution contribution : c.contributions()) {
      if (!Double.isFinite(contribution.contribution())) {
        return false;
      }
    }
    return true;
  }

  private void content(StringBuilder html, ContentSummary content) {
    open(html, "content", "Catalog and viewing");
    html.append("<div class=\"figures\">");
    if (content.genres().isEmpty()) {
      empty(html, "No catalog in this run: no genre distribution.");
    } else {
      List<Bar> bars = new ArrayList<>();
      List<GenreCount> genres = content.genres();
      for (GenreCount g : genres.subList(0, Math.min(genres.size(), options.genres()))) {
        bars.add(new Bar(g.genre(), g.titles(), Charts.SKY));
      }
      figure(
          html,
          Charts.bars(
              new Figure(
                  "chart-genres",
                  "Titles per genre",
                  "Horizontal bars: the number of catalog titles carrying each genre, most "
                      + "first."),
              "genre",
              bars,
              Axis.number("titles", 0),
              List.of()),
          genres.size() > bars.size()
              ? "The " + bars.size() + " largest of " + genres.size() + " genres."
              : "Titles per genre (a title may carry several).");
    }
    if (content.typeByYear().isEmpty()) {
      empty(html, "No catalog in this run: no release years.");
    } else {
      List<String> years = new ArrayList<>();
      List<Double> movies = new ArrayList<>();
      List<Double> shows = new ArrayList<>();
      for (YearTypeCount y : content.typeByYear()) {
        years.add(Integer.toString(y.year()));
        movies.add((double) y.movies());
        shows.add((double) y.tvShows());
      }
      figure(
          html,
          Charts.columns(
              new Figure(
                  "chart-release-years",
                  "Movies and TV shows by release year",
                  "Stacked columns: the number of movies and TV shows released in each year."),
              years,
              "release year",
              List.of(
                  new Stack("movies", movies, Charts.BLUE),
                  new Stack("TV shows", shows, Charts.ORANGE)),
              Axis.number("titles", 0)),
          "Movies and TV shows per release year.");
    }
    if (content.churnByFavouriteGenre().isEmpty()) {
      empty(html, "No favourite genres in this run: no churn by genre.");
    } else {
      List<Bar> bars = new ArrayList<>();
      List<LabelCount> favourites = content.churnByFavouriteGenre();
      for (LabelCount g : favourites.subList(0, Math.min(favourites.size(), options.genres()))) {
        bars.add(
            new Bar(
                g.label() + " (" + Html.count(g.customers()) + ")",
                g.churnRate(),
                Charts.VERMILLION));
      }
      figure(
          html,
          Charts.bars(
              new Figure(
                  "chart-genre-churn",
                  "Churn rate by favourite genre",
                  "Horizontal bars: churn rate of the customers whose favourite genre is each "
                      + "genre, most customers first; the number of customers is in brackets."),
              "favourite genre (customers)",
              bars,
              Axis.percentage("churn rate"),
              List.of()),
          favourites.size() > bars.size()
              ? "Churn rate for the "
                  + bars.size()
                  + " favourite genres with most customers, of "
                  + favourites.size()
                  + " (customers in brackets)."
              : "Churn rate by favourite genre (customers in brackets).");
    }
    html.append("</div>\n");
    close(html);
  }

  private void actions(StringBuilder html, RunSummary s) {
    open(html, "actions", "Retention actions");
    if (s.actions().isEmpty()) {
      empty(html, "This run planned no actions.");
    } else {
      List<Bar> bars = new ArrayList<>();
      for (ActionCount a : s.actions()) {
        bars.add(new Bar(a.action(), a.customers(), Charts.GREEN));
      }
      html.append("<div class=\"figures\">");
      figure(
          html,
          Charts.bars(
              new Figure(
                  "chart-actions",
                  "Customers per recommended action",
                  "Horizontal bars: how many customers each retention action is recommended "
                      + "for."),
              "action",
              bars,
              Axis.number("customers", 0),
              List.of()),
          "Customers per recommended action.");
      html.append(
          "<div class=\"table-wrap\"><table><caption>Actions</caption><thead><tr>"
              + "<th>Action</th><th>What it does</th><th class=\"n\">Customers</th>"
              + "<th class=\"n\">Total cost</th><th class=\"n\">Expected saved value</th></tr>"
              + "</thead><tbody>");
      for (ActionCount a : s.actions()) {
        html.append("<tr><td>")
            .append(esc(a.action()))
            .append("</td><td>")
            .append(esc(a.description()))
            .append("</td><td class=\"n\">")
            .append(Html.count(a.customers()))
            .append("</td><td class=\"n\">")
            .append(Html.decimal(a.totalCost(), MONEY_DECIMALS))
            .append("</td><td class=\"n\">")
            .append(Html.decimal(a.expectedSavedValue(), MONEY_DECIMALS))
            .append("</td></tr>");
      }
      html.append("</tbody></table></div></div>\n");
    }
    List<PlanRow> plans = s.topPlans();
    html.append("<h3>Top of the ranked plan</h3>\n");
    if (plans.isEmpty()) {
      empty(html, "The plan is empty.");
    } else {
      List<PlanRow> head = plans.subList(0, Math.min(plans.size(), options.planRows()));
      html.append("<div class=\"table-wrap\"><table><caption>The ")
          .append(head.size())
          .append(
              " highest-priority customers</caption><thead><tr><th class=\"n\">Rank</th>"
                  + "<th>Customer</th><th class=\"n\">Churn probability</th><th>Risk</th>"
                  + "<th class=\"n\">CLV</th><th class=\"n\">Priority</th><th>Segment</th>"
                  + "<th>RFM label</th><th>Action</th><th>Reason</th></tr></thead><tbody>");
      for (PlanRow p : head) {
        html.append("<tr><td class=\"n\">")
            .append(p.rank())
            .append("</td><td>")
            .append(esc(p.customerId()))
            .append("</td><td class=\"n\">")
            .append(Html.percent(p.probability()))
            .append("</td><td>")
            .append(esc(p.risk()))
            .append("</td><td class=\"n\">")
            .append(Html.decimal(p.clv(), MONEY_DECIMALS))
            .append("</td><td class=\"n\">")
            .append(Html.decimal(p.priority(), MONEY_DECIMALS))
            .append("</td><td>")
            .append(esc(p.segment()))
            .append("</td><td>")
            .append(esc(p.rfmLabel()))
            .append("</td><td>")
            .append(esc(p.action()))
            .append("</td><td>")
            .append(esc(p.reason()))
            .append("</td></tr>");
      }
      html.append("</tbody></table></div>\n");
    }
    close(html);
  }

  private static void stages(StringBuilder html, List<Stage> stages) {
    open(html, "stages", "Stage timings");
    if (stages.isEmpty()) {
      empty(html, "This run recorded no stage timings.");
      close(html);
      return;
    }
    List<Bar> bars = new ArrayList<>();
    double total = 0;
    for (Stage stage : stages) {
      bars.add(
          new Bar(
              stage.name() + " (" + Html.count(stage.rows()) + " rows)",
              stage.seconds(),
              Charts.PURPLE));
      if (Double.isFinite(stage.seconds())) {
        total += stage.seconds();
      }
    }
    html.append("<div class=\"figures\">");
    figure(
        html,
        Charts.bars(
            new Figure(
                "chart-stages",
                "Wall time per stage",
                "Horizontal bars: the wall time of each stage of the run in seconds, in run "
                    + "order, with the rows it processed."),
            "stage (rows)",
            bars,
            Axis.number("wall time (seconds)", MONEY_DECIMALS),
            List.of()),
        "Wall time per stage; " + Html.decimal(total, MONEY_DECIMALS) + " s in all.");
    html.append("</div>\n");
    close(html);
  }

  private static void footer(StringBuilder html, RunSummary s) {
    html.append("<footer><p>Files of this run, beside this report:</p><ul>");
    Map<String, String> files = new TreeMap<>(s.files());
    for (Map.Entry<String, String> file : files.entrySet()) {
      html.append("<li>")
          .append(esc(file.getKey()))
          .append(": <code>")
          .append(esc(file.getValue()))
          .append("</code></li>");
    }
    html.append(
        "</ul><p>Self-contained: charts are inline SVG; no script, font or style is "
            + "loaded from anywhere.</p></footer>\n");
  }

  private static void labelTable(
      StringBuilder html, String caption, String labelHeader, List<LabelCount> labels) {
    if (labels.isEmpty()) {
      return;
    }
    html.append("<div class=\"table-wrap\"><table><caption>")
        .append(esc(caption))
        .append("</caption><thead><tr><th>")
        .append(esc(labelHeader))
        .append(
            "</th><th class=\"n\">Customers</th><th class=\"n\">Churn rate</th></tr>"
                + "</thead><tbody>");
    for (LabelCount label : labels) {
      html.append("<tr><td>")
          .append(esc(label.label()))
          .append("</td><td class=\"n\">")
          .append(Html.count(label.customers()))
          .append("</td><td class=\"n\">")
          .append(Html.percent(label.churnRate()))
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>");
  }

  private static void open(StringBuilder html, String id, String title) {
    html.append("<section id=\"")
        .append(id)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-h\">\n<h2 id=\"")
        .append(id)
        .append("-h\">")
        .append(esc(title))
        .append("</h2>\n");
  }

  private static void close(StringBuilder html) {
    html.append("</section>\n");
  }

  private static void card(StringBuilder html, String key, String value) {
    html.append("<div class=\"card\"><div class=\"k\">")
        .append(esc(key))
        .append("</div><div class=\"v\">")
        .append(esc(value))
        .append("</div></div>");
  }

  private static void row(StringBuilder html, String key, String value) {
    html.append("<tr><th scope=\"row\">")
        .append(esc(key))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>");
  }

  private static void empty(StringBuilder html, String note) {
    html.append("<p class=\"empty\">").append(esc(note)).append("</p>\n");
  }

  /** Appends a figure; the caption is trusted markup built here, user text in it escaped. */
  private static void figure(StringBuilder html, String svg, String captionMarkup) {
    html.append("<figure>")
        .append(svg)
        .append("<figcaption>")
        .append(captionMarkup)
        .append("</figcaption></figure>\n");
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
