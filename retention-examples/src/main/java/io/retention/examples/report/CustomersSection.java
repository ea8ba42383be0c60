package io.retention.examples.report;

import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.Contribution;
import io.retention.core.analysis.RunSummary.CustomerExplanation;
import io.retention.core.analysis.RunSummary.PlanRow;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's "customers" section: a SHAP waterfall and readable reasons for each top-priority
 * customer.
 */
final class CustomersSection {
  private static final String PROBABILITY_SPACE = "probability";

  private CustomersSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param s the run
   * @param options how many contributions each waterfall shows
   */
  static void write(StringBuilder html, RunSummary s, ReportOptions options) {
    Html.openSection(html, "customers", "Top-priority customers, explained");
    if (s.topCustomers().isEmpty()) {
      Html.empty(html, "This run explained no customer.");
      Html.closeSection(html);
      return;
    }
    Map<String, PlanRow> plans = new HashMap<>();
    for (PlanRow row : s.topPlans()) {
      plans.putIfAbsent(row.customerId(), row);
    }
    int index = 0;
    for (CustomerExplanation c : s.topCustomers()) {
      index++;
      customer(html, index, c, plans.get(c.customerId()), options);
    }
    Html.closeSection(html);
  }

  /** One customer: heading, place in the plan, waterfall and reasons. */
  private static void customer(
      StringBuilder html, int index, CustomerExplanation c, PlanRow plan, ReportOptions options) {
    html.append("<div class=\"customer\"><h3>")
        .append(index)
        .append(". Customer ")
        .append(Html.escape(c.customerId()))
        .append(": churn probability ")
        .append(Html.percent(c.probability()))
        .append("</h3>\n");
    if (plan != null) {
      html.append("<p>Rank ")
          .append(plan.rank())
          .append(" in the plan · risk ")
          .append(Html.escape(plan.risk()))
          .append(" · segment ")
          .append(Html.escape(plan.segment()))
          .append(" · RFM ")
          .append(Html.escape(plan.rfmLabel()))
          .append(" · action <strong>")
          .append(Html.escape(plan.action()))
          .append("</strong></p>\n");
    }
    html.append("<div class=\"figures\">");
    waterfall(html, index, c, options);
    reasons(html, c);
    html.append("</div></div>\n");
  }

  /** The customer's SHAP waterfall, or a note when it holds numbers that were not measured. */
  private static void waterfall(
      StringBuilder html, int index, CustomerExplanation c, ReportOptions options) {
    List<Step> steps = steps(c, options);
    boolean probability = PROBABILITY_SPACE.equals(c.space());
    if (!finite(c)) {
      Html.empty(html, "The explanation of this customer holds numbers that were not measured.");
    } else {
      Html.figure(
          html,
          Charts.waterfall(
              new Figure(
                  "chart-waterfall-" + index,
                  "Why customer " + c.customerId() + " may churn",
                  "Waterfall of SHAP contributions in "
                      + c.space()
                      + " space: from the base "
                      + "value "
                      + Html.decimal(c.baseValue(), Html.AUC_DECIMALS)
                      + ", each attribute "
                      + "moves the model output up (raises churn risk) or down."),
              "attribute = value",
              "base value",
              c.baseValue(),
              steps,
              probability ? "model output (probability)" : "model output (" + c.space() + ")",
              Axis.number("contribution, " + c.space(), Html.AUC_DECIMALS)),
          "SHAP waterfall in "
              + Html.escape(c.space())
              + " space; the churn probability after "
              + "calibration is "
              + Html.percent(c.probability())
              + ".");
    }
  }

  /** The waterfall's steps: the first contributions shown, the rest summed in one step. */
  private static List<Step> steps(CustomerExplanation c, ReportOptions options) {
    List<Step> steps = new ArrayList<>();
    List<Contribution> contributions = c.contributions();
    int shown = Math.min(contributions.size(), options.contributions());
    for (Contribution contribution : contributions.subList(0, shown)) {
      steps.add(
          new Step(
              contribution.feature() + " = " + contribution.value(), contribution.contribution()));
    }
    if (contributions.size() > shown) {
      double rest = 0;
      for (Contribution contribution : contributions.subList(shown, contributions.size())) {
        rest += contribution.contribution();
      }
      steps.add(new Step((contributions.size() - shown) + " other attributes", rest));
    }
    return steps;
  }

  /** The customer's readable reasons, or a note when there is none. */
  private static void reasons(StringBuilder html, CustomerExplanation c) {
    html.append("<div><h4>Reasons</h4>");
    if (c.reasons().isEmpty()) {
      Html.empty(html, "No readable reason for this customer.");
    } else {
      html.append("<ol class=\"reasons\">");
      for (String reason : c.reasons()) {
        html.append("<li>").append(Html.escape(reason)).append("</li>");
      }
      html.append("</ol>");
    }
    html.append("</div>");
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
}
