package io.retention.examples.report;

import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.HoldOutSummary;

/**
 * The report's "overview" section: headline cards, the chosen model on the hold-out and its
 * confusion matrix.
 */
final class OverviewSection {

  private OverviewSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param s the run
   */
  static void write(StringBuilder html, RunSummary s) {
    HoldOutSummary h = s.holdOut();
    Html.openSection(html, "overview", "Headline numbers");
    html.append("<div class=\"cards\">");
    Html.card(html, "Customers", Html.count(s.data().customers()));
    Html.card(html, "Churn rate (labelled)", Html.percent(s.data().churnRate()));
    Html.card(html, "Chosen model", s.model().chosen());
    Html.card(html, "Hold-out ROC-AUC", Html.decimal(h.rocAuc(), Html.AUC_DECIMALS));
    Html.card(html, "Hold-out PR-AUC", Html.decimal(h.prAuc(), Html.AUC_DECIMALS));
    Html.card(
        html,
        "Brier before → after calibration",
        Html.decimal(h.brierBefore(), Html.AUC_DECIMALS)
            + " → "
            + Html.decimal(h.brierAfter(), Html.AUC_DECIMALS));
    Html.card(html, "Segments", Integer.toString(s.segmentation().k()));
    Html.card(
        html,
        "Catalog titles / viewing events",
        Html.count(s.data().titles()) + " / " + Html.count(s.data().events()));
    html.append("</div>\n<div class=\"figures\"><div class=\"table-wrap\"><table>")
        .append("<caption>The chosen model on the hold-out</caption><tbody>");
    Html.row(html, "Labelled customers", Html.count(s.data().labelled()));
    Html.row(
        html,
        "Chosen by",
        s.model().selectionMetric() + " over " + s.model().folds() + " cross-validation folds");
    Html.row(html, "Calibration", s.model().calibration());
    Html.row(html, "Model features", Integer.toString(s.model().features()));
    Html.row(
        html,
        "Hold-out customers",
        Html.count(h.customers()) + " (churn rate " + Html.percent(h.churnRate()) + ")");
    Html.row(
        html,
        "Decision threshold",
        Html.decimal(s.model().threshold(), Html.AUC_DECIMALS)
            + " ("
            + s.model().thresholdRule()
            + ")");
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
    Html.closeSection(html);
  }
}
