package io.retention.examples.report;

import io.retention.core.analysis.RunSummary.CalibrationBin;
import io.retention.core.analysis.RunSummary.CurvePoint;
import io.retention.core.analysis.RunSummary.HoldOutSummary;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's "model-quality" section: the hold-out's ROC, precision–recall and calibration
 * curves.
 */
final class ModelQualitySection {

  private ModelQualitySection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param h the chosen model on the hold-out
   */
  static void write(StringBuilder html, HoldOutSummary h) {
    Html.openSection(html, "model-quality", "Model quality on the hold-out");
    html.append("<div class=\"figures\">");
    roc(html, h);
    precisionRecall(html, h);
    calibration(html, h);
    html.append("</div>\n");
    Html.closeSection(html);
  }

  /** The ROC curve, or a note when there is none. */
  private static void roc(StringBuilder html, HoldOutSummary h) {
    if (h.roc().isEmpty()) {
      Html.empty(html, "No ROC curve: the hold-out needs churners and stayers.");
    } else {
      Html.figure(
          html,
          Charts.lines(
              new Figure(
                  "chart-roc",
                  "ROC curve",
                  "Line chart of the true-positive rate against the false-positive rate on the "
                      + "hold-out, with the diagonal of a random ranking; ROC-AUC "
                      + Html.decimal(h.rocAuc(), Html.AUC_DECIMALS)
                      + "."),
              Axis.unitInterval("false-positive rate"),
              Axis.unitInterval("true-positive rate"),
              List.of(
                  curve(
                      "ROC (AUC " + Html.decimal(h.rocAuc(), Html.AUC_DECIMALS) + ")",
                      h.roc(),
                      Charts.BLUE)),
              true,
              List.of()),
          "ROC-AUC <strong>"
              + Html.decimal(h.rocAuc(), Html.AUC_DECIMALS)
              + "</strong>; the dashed diagonal is a random ranking.");
    }
  }

  /** The precision–recall curve with its no-skill line, or a note when there is none. */
  private static void precisionRecall(StringBuilder html, HoldOutSummary h) {
    if (h.pr().isEmpty()) {
      Html.empty(html, "No precision–recall curve: the hold-out needs churners and stayers.");
    } else {
      List<Series> series = new ArrayList<>();
      series.add(
          curve(
              "precision–recall (AUC " + Html.decimal(h.prAuc(), Html.AUC_DECIMALS) + ")",
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
      Html.figure(
          html,
          Charts.lines(
              new Figure(
                  "chart-pr",
                  "Precision–recall curve",
                  "Line chart of precision against recall on the hold-out, with the churn rate "
                      + "as the no-skill baseline; PR-AUC "
                      + Html.decimal(h.prAuc(), Html.AUC_DECIMALS)
                      + "."),
              Axis.unitInterval("recall"),
              Axis.unitInterval("precision"),
              series,
              false,
              List.of()),
          "PR-AUC <strong>"
              + Html.decimal(h.prAuc(), Html.AUC_DECIMALS)
              + "</strong>; the dashed line is the churn rate, what a random ranking reaches.");
    }
  }

  /** The reliability diagram before and after calibration, or a note when there are no bins. */
  private static void calibration(StringBuilder html, HoldOutSummary h) {
    if (h.calibrationBefore().isEmpty() && h.calibrationAfter().isEmpty()) {
      Html.empty(html, "No calibration bins in this run.");
    } else {
      List<Series> series = new ArrayList<>();
      if (!h.calibrationBefore().isEmpty()) {
        series.add(
            bins(
                "before (Brier " + Html.decimal(h.brierBefore(), Html.AUC_DECIMALS) + ")",
                h.calibrationBefore(),
                Charts.ORANGE,
                true));
      }
      if (!h.calibrationAfter().isEmpty()) {
        series.add(
            bins(
                "after (Brier " + Html.decimal(h.brierAfter(), Html.AUC_DECIMALS) + ")",
                h.calibrationAfter(),
                Charts.BLUE,
                false));
      }
      Html.figure(
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
              + Html.decimal(h.brierBefore(), Html.AUC_DECIMALS)
              + " before, "
              + Html.decimal(h.brierAfter(), Html.AUC_DECIMALS)
              + " after.");
    }
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
}
