package io.retention.examples.report;

import io.retention.core.analysis.RunSummary.Driver;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Bar;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Svg.LegendEntry;
import java.util.ArrayList;
import java.util.List;

/** The report's "drivers" section: the global churn drivers by mean absolute SHAP contribution. */
final class DriversSection {

  private DriversSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param drivers the global drivers, strongest first
   * @param options how many drivers to chart
   */
  static void write(StringBuilder html, List<Driver> drivers, ReportOptions options) {
    Html.openSection(html, "drivers", "What drives churn risk");
    if (drivers.isEmpty()) {
      Html.empty(html, "This run computed no explanations.");
      Html.closeSection(html);
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
    Html.figure(
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
            Axis.number("mean |SHAP contribution|", Html.AUC_DECIMALS),
            List.of(
                new LegendEntry("higher value raises risk", Charts.VERMILLION, false),
                new LegendEntry("lowers risk", Charts.BLUE, false),
                new LegendEntry("mixed", Charts.GREY, false))),
        "Mean absolute SHAP contribution per attribute; the colour is the direction of a "
            + "higher value.");
    html.append("</div>\n");
    Html.closeSection(html);
  }

  private static String directionColour(String direction) {
    return switch (direction) {
      case "raises" -> Charts.VERMILLION;
      case "lowers" -> Charts.BLUE;
      default -> Charts.GREY;
    };
  }
}
