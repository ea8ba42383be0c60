package io.retention.examples.report;

import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.LabelCount;
import io.retention.core.analysis.RunSummary.RfmCell;
import io.retention.examples.report.Charts.Cell;
import io.retention.examples.report.Charts.Figure;
import java.util.ArrayList;
import java.util.List;

/** The report's "rfm" section: churn rate on the recency–frequency grid and the RFM labels. */
final class RfmSection {
  private static final double TENTHS = 10.0;

  private RfmSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param s the run
   */
  static void write(StringBuilder html, RunSummary s) {
    Html.openSection(html, "rfm", "RFM grid");
    List<RfmCell> grid = s.rfm().grid();
    if (grid.isEmpty()) {
      Html.empty(html, "This run computed no RFM scores.");
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
                    + Html.decimal(cell.meanMonetary(), Html.MONEY_DECIMALS)));
      }
      html.append("<div class=\"figures\">");
      Html.figure(
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
    Html.closeSection(html);
  }

  private static void labelTable(
      StringBuilder html, String caption, String labelHeader, List<LabelCount> labels) {
    if (labels.isEmpty()) {
      return;
    }
    html.append("<div class=\"table-wrap\"><table><caption>")
        .append(Html.escape(caption))
        .append("</caption><thead><tr><th>")
        .append(Html.escape(labelHeader))
        .append(
            "</th><th class=\"n\">Customers</th><th class=\"n\">Churn rate</th></tr>"
                + "</thead><tbody>");
    for (LabelCount label : labels) {
      html.append("<tr><td>")
          .append(Html.escape(label.label()))
          .append("</td><td class=\"n\">")
          .append(Html.count(label.customers()))
          .append("</td><td class=\"n\">")
          .append(Html.percent(label.churnRate()))
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>");
  }
}
