package io.retention.examples.report;

import io.retention.core.analysis.RunSummary.Stage;
import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Bar;
import io.retention.examples.report.Charts.Figure;
import java.util.ArrayList;
import java.util.List;

/** The report's "stages" section: the wall time of each stage of the run. */
final class StagesSection {

  private StagesSection() {}

  /**
   * Appends the section.
   *
   * @param html the page
   * @param stages the stages, in run order
   */
  static void write(StringBuilder html, List<Stage> stages) {
    Html.openSection(html, "stages", "Stage timings");
    if (stages.isEmpty()) {
      Html.empty(html, "This run recorded no stage timings.");
      Html.closeSection(html);
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
    Html.figure(
        html,
        Charts.bars(
            new Figure(
                "chart-stages",
                "Wall time per stage",
                "Horizontal bars: the wall time of each stage of the run in seconds, in run "
                    + "order, with the rows it processed."),
            "stage (rows)",
            bars,
            Axis.number("wall time (seconds)", Html.MONEY_DECIMALS),
            List.of()),
        "Wall time per stage; " + Html.decimal(total, Html.MONEY_DECIMALS) + " s in all.");
    html.append("</div>\n");
    Html.closeSection(html);
  }
}
