package io.retention.examples.report;

import io.retention.core.analysis.RunSummary.KScore;
import io.retention.core.analysis.RunSummary.SegmentationSummary;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Marker;
import io.retention.examples.report.Charts.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's "segment-scan" section: the elbow, silhouette and Davies–Bouldin curves of the scan
 * that chose the number of segments.
 */
final class SegmentScanSection {

  private SegmentScanSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param seg the run's segmentation
   */
  static void write(StringBuilder html, SegmentationSummary seg) {
    Html.openSection(html, "segment-scan", "Choosing the number of segments");
    if (seg.scan().isEmpty()) {
      Html.empty(html, "The number of segments was fixed: no scan was run.");
      Html.closeSection(html);
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
        .append(Html.escape(seg.criterion()))
        .append(", on the features ")
        .append(Html.escape(String.join(", ", seg.features())))
        .append(".</p>\n<div class=\"figures\">");
    Html.figure(
        html,
        Charts.lines(
            new Figure(
                "chart-elbow",
                "Elbow: within-segment sum of squares by k",
                "Line chart of the within-segment sum of squares (inertia) for each k tried; "
                    + "the bend of the curve suggests k."),
            k,
            Axis.number("inertia", Html.MONEY_DECIMALS),
            List.of(new Series("inertia", ks, inertia, Charts.BLUE, false)),
            false,
            chosen),
        "Elbow curve: inertia falls as k grows; look for the bend.");
    Html.figure(
        html,
        Charts.lines(
            new Figure(
                "chart-silhouette",
                "Mean silhouette by k",
                "Line chart of the mean silhouette for each k tried; higher is better."),
            k,
            Axis.number("mean silhouette", Html.AUC_DECIMALS),
            List.of(new Series("silhouette", ks, silhouette, Charts.GREEN, false)),
            false,
            chosen),
        "Silhouette: higher is better.");
    Html.figure(
        html,
        Charts.lines(
            new Figure(
                "chart-davies-bouldin",
                "Davies–Bouldin index by k",
                "Line chart of the Davies–Bouldin index for each k tried; lower is better."),
            k,
            Axis.number("Davies–Bouldin index", Html.AUC_DECIMALS),
            List.of(new Series("Davies–Bouldin", ks, daviesBouldin, Charts.ORANGE, false)),
            false,
            chosen),
        "Davies–Bouldin: lower is better.");
    html.append("</div>\n");
    Html.closeSection(html);
  }
}
