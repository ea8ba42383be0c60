package io.retention.examples.report;

import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.Candidate;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.DotRow;
import io.retention.examples.report.Charts.Figure;
import java.util.ArrayList;
import java.util.List;

/** The report's "model-selection" section: each candidate's fold scores and the one chosen. */
final class ModelSelectionSection {

  private ModelSelectionSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param s the run
   */
  static void write(StringBuilder html, RunSummary s) {
    Html.openSection(html, "model-selection", "Model selection");
    List<Candidate> candidates = s.model().candidates();
    if (candidates.isEmpty()) {
      Html.empty(html, "Only one model was trained: there was no selection.");
      Html.closeSection(html);
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
        .append(Html.escape(s.model().chosen()))
        .append("</strong> was chosen by mean ")
        .append(Html.escape(s.model().selectionMetric()))
        .append(" over ")
        .append(s.model().folds())
        .append(" cross-validation folds.</p>\n<div class=\"figures\">");
    Html.figure(
        html,
        Charts.dots(
            new Figure(
                "chart-candidates-pr",
                "PR-AUC per fold and candidate",
                "Dot plot: each candidate's PR-AUC in every cross-validation fold, with a tick "
                    + "at the mean; the chosen model is highlighted."),
            "candidate",
            pr,
            Axis.number("PR-AUC", Html.AUC_DECIMALS)),
        "PR-AUC per fold; the black tick is the mean.");
    Html.figure(
        html,
        Charts.dots(
            new Figure(
                "chart-candidates-roc",
                "ROC-AUC per fold and candidate",
                "Dot plot: each candidate's ROC-AUC in every cross-validation fold, with a tick "
                    + "at the mean; the chosen model is highlighted."),
            "candidate",
            roc,
            Axis.number("ROC-AUC", Html.AUC_DECIMALS)),
        "ROC-AUC per fold; the black tick is the mean.");
    html.append(
        "</div>\n<div class=\"table-wrap\"><table><caption>Candidates</caption><thead><tr>"
            + "<th>Candidate</th><th class=\"n\">Mean PR-AUC</th><th class=\"n\">Mean ROC-AUC</th>"
            + "<th>PR-AUC per fold</th><th>ROC-AUC per fold</th></tr></thead><tbody>");
    for (Candidate c : candidates) {
      boolean chosen = c.name().equals(s.model().chosen());
      html.append("<tr><td>")
          .append(Html.escape(c.name()))
          .append(chosen ? " <strong>(chosen)</strong>" : "")
          .append("</td><td class=\"n\">")
          .append(Html.decimal(c.meanPrAuc(), Html.AUC_DECIMALS))
          .append("</td><td class=\"n\">")
          .append(Html.decimal(c.meanRocAuc(), Html.AUC_DECIMALS))
          .append("</td><td>")
          .append(joined(c.foldPrAuc()))
          .append("</td><td>")
          .append(joined(c.foldRocAuc()))
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>\n");
    Html.closeSection(html);
  }

  private static String joined(List<Double> values) {
    List<String> parts = new ArrayList<>();
    for (double v : values) {
      parts.add(Html.decimal(v, Html.AUC_DECIMALS));
    }
    return String.join(", ", parts);
  }
}
