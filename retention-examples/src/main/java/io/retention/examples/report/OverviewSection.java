package io.retention.examples.report;

import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.HoldOutSummary;

/**
 * The report's "overview" section: headline cards, the chosen model on the hold-out and its
 * confusion matrix. Cards and rows of the sections a report lacks (no hold-out in a folder of the
 * step commands, for example) are left out.
 */
final class OverviewSection {

  private OverviewSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param input the run and the sections it lacks
   */
  static void write(StringBuilder html, ReportInput input) {
    RunSummary s = input.summary();
    HoldOutSummary h = s.holdOut();
    boolean model = input.has("model-selection");
    boolean holdOut = input.has("model-quality");
    Html.openSection(html, "overview", "Headline numbers");
    html.append("<div class=\"cards\">");
    Html.card(html, "Customers", Html.count(s.data().customers()));
    Html.card(html, "Churn rate (labelled)", Html.percent(s.data().churnRate()));
    if (model) {
      Html.card(html, "Chosen model", s.model().chosen());
    }
    if (holdOut) {
      Html.card(html, "Hold-out ROC-AUC", Html.decimal(h.rocAuc(), Html.AUC_DECIMALS));
      Html.card(html, "Hold-out PR-AUC", Html.decimal(h.prAuc(), Html.AUC_DECIMALS));
      Html.card(
          html,
          "Brier before → after calibration",
          Html.decimal(h.brierBefore(), Html.AUC_DECIMALS)
              + " → "
              + Html.decimal(h.brierAfter(), Html.AUC_DECIMALS));
    }
    if (input.has("segments")) {
      Html.card(html, "Segments", Integer.toString(s.segmentation().k()));
    }
    if (input.has("content")) {
      Html.card(
          html,
          "Catalog titles / viewing events",
          Html.count(s.data().titles()) + " / " + Html.count(s.data().events()));
    }
    html.append("</div>\n");
    if (model || holdOut) {
      modelTables(html, s, model, holdOut);
    }
    Html.closeSection(html);
  }

  /** The chosen model's table and, with a hold-out, its confusion matrix. */
  private static void modelTables(
      StringBuilder html, RunSummary s, boolean model, boolean holdOut) {
    HoldOutSummary h = s.holdOut();
    html.append("<div class=\"figures\"><div class=\"table-wrap\"><table>")
        .append("<caption>")
        .append(holdOut ? "The chosen model on the hold-out" : "The chosen model")
        .append("</caption><tbody>");
    if (holdOut || s.data().labelled() > 0) {
      Html.row(html, "Labelled customers", Html.count(s.data().labelled()));
    }
    if (model) {
      Html.row(
          html,
          "Chosen by",
          s.model().selectionMetric() + " over " + s.model().folds() + " cross-validation folds");
      Html.row(html, "Calibration", s.model().calibration());
      Html.row(
          html,
          "Model features",
          s.model().features() > 0 ? Integer.toString(s.model().features()) : "n/a");
    }
    if (holdOut) {
      Html.row(
          html,
          "Hold-out customers",
          Html.count(h.customers()) + " (churn rate " + Html.percent(h.churnRate()) + ")");
    }
    if (model) {
      Html.row(
          html,
          "Decision threshold",
          Html.decimal(s.model().threshold(), Html.AUC_DECIMALS)
              + " ("
              + s.model().thresholdRule()
              + ")");
    }
    if (!holdOut) {
      html.append("</tbody></table></div></div>\n");
      return;
    }
    Html.row(html, "Log loss", Html.decimal(h.logLoss(), Html.AUC_DECIMALS));
    Html.row(html, "Accuracy", Html.decimal(h.accuracy(), Html.AUC_DECIMALS));
    Html.row(
        html,
        "Precision / recall / F1",
        Html.decimal(h.precision(), Html.AUC_DECIMALS)
            + " / "
            + Html.decimal(h.recall(), Html.AUC_DECIMALS)
            + " / "
            + Html.decimal(h.f1(), Html.AUC_DECIMALS));
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
  }
}
