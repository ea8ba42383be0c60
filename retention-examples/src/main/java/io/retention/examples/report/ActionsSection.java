package io.retention.examples.report;

import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.ActionCount;
import io.retention.core.analysis.RunSummary.PlanRow;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Bar;
import io.retention.examples.report.Charts.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's "actions" section: customers, cost and expected saved value per action, and the head
 * of the ranked plan.
 */
final class ActionsSection {

  private ActionsSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param s the run
   * @param options how many plan rows to show
   */
  static void write(StringBuilder html, RunSummary s, ReportOptions options) {
    Html.openSection(html, "actions", "Retention actions");
    actionTable(html, s);
    planTable(html, s, options);
    Html.closeSection(html);
  }

  /** Customers, cost and saved value per action, or a note when none was planned. */
  private static void actionTable(StringBuilder html, RunSummary s) {
    if (s.actions().isEmpty()) {
      Html.empty(html, "This run planned no actions.");
    } else {
      List<Bar> bars = new ArrayList<>();
      for (ActionCount a : s.actions()) {
        bars.add(new Bar(a.action(), a.customers(), Charts.GREEN));
      }
      html.append("<div class=\"figures\">");
      Html.figure(
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
            .append(Html.escape(a.action()))
            .append("</td><td>")
            .append(Html.escape(a.description()))
            .append("</td><td class=\"n\">")
            .append(Html.count(a.customers()))
            .append("</td><td class=\"n\">")
            .append(Html.decimal(a.totalCost(), Html.MONEY_DECIMALS))
            .append("</td><td class=\"n\">")
            .append(Html.decimal(a.expectedSavedValue(), Html.MONEY_DECIMALS))
            .append("</td></tr>");
      }
      html.append("</tbody></table></div></div>\n");
    }
  }

  /** The head of the ranked plan, or a note when the plan is empty. */
  private static void planTable(StringBuilder html, RunSummary s, ReportOptions options) {
    List<PlanRow> plans = s.topPlans();
    html.append("<h3>Top of the ranked plan</h3>\n");
    if (plans.isEmpty()) {
      Html.empty(html, "The plan is empty.");
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
            .append(Html.escape(p.customerId()))
            .append("</td><td class=\"n\">")
            .append(Html.percent(p.probability()))
            .append("</td><td>")
            .append(Html.escape(p.risk()))
            .append("</td><td class=\"n\">")
            .append(Html.decimal(p.clv(), Html.MONEY_DECIMALS))
            .append("</td><td class=\"n\">")
            .append(Html.decimal(p.priority(), Html.MONEY_DECIMALS))
            .append("</td><td>")
            .append(Html.escape(p.segment()))
            .append("</td><td>")
            .append(Html.escape(p.rfmLabel()))
            .append("</td><td>")
            .append(Html.escape(p.action()))
            .append("</td><td>")
            .append(Html.escape(p.reason()))
            .append("</td></tr>");
      }
      html.append("</tbody></table></div>\n");
    }
  }
}
