package io.retention.examples.report;

import static io.retention.examples.report.Charts.BAR;
import static io.retention.examples.report.Charts.BLUE;
import static io.retention.examples.report.Charts.GREY;
import static io.retention.examples.report.Charts.LABEL_CHARS;
import static io.retention.examples.report.Charts.LABEL_PAD;
import static io.retention.examples.report.Charts.LEGEND_ROW;
import static io.retention.examples.report.Charts.LEGEND_Y;
import static io.retention.examples.report.Charts.MARGIN_BOTTOM;
import static io.retention.examples.report.Charts.MARGIN_RIGHT;
import static io.retention.examples.report.Charts.MARGIN_TOP;
import static io.retention.examples.report.Charts.ROW;
import static io.retention.examples.report.Charts.VERMILLION;
import static io.retention.examples.report.Charts.WIDTH;
import static io.retention.examples.report.Charts.categoryTitle;
import static io.retention.examples.report.Charts.leftMargin;

import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Step;
import io.retention.examples.report.Svg.LegendEntry;
import io.retention.examples.report.Svg.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Draws {@link Charts#waterfall}: a base value, one floating bar per step and the resulting total.
 */
final class WaterfallChart {

  private WaterfallChart() {}

  /**
   * The waterfall's rows, top to bottom: the base, one per step, the total; each bar runs from its
   * start to its end.
   */
  private record Rows(List<String> labels, List<Double> starts, List<Double> ends) {

    /** The rows of a base and its steps: each step starts where the one before it ended. */
    static Rows of(String baseLabel, double base, List<Step> steps, String totalLabel) {
      List<String> labels = new ArrayList<>();
      List<Double> starts = new ArrayList<>();
      List<Double> ends = new ArrayList<>();
      labels.add(baseLabel);
      starts.add(0.0);
      ends.add(base);
      double running = base;
      for (Step step : steps) {
        labels.add(step.label());
        starts.add(running);
        running += step.delta();
        ends.add(running);
      }
      labels.add(totalLabel);
      starts.add(0.0);
      ends.add(running);
      return new Rows(labels, starts, ends);
    }
  }

  /** Draws {@link Charts#waterfall}. */
  static String draw(
      Figure figure,
      String categoryTitle,
      String baseLabel,
      double base,
      List<Step> steps,
      String totalLabel,
      Axis axis) {
    Rows rows = Rows.of(baseLabel, base, steps, totalLabel);
    List<String> labels = rows.labels();
    List<Double> starts = rows.starts();
    List<Double> ends = rows.ends();
    List<Double> values = new ArrayList<>(starts);
    values.addAll(ends);
    double labelWidth = 0;
    for (String label : labels) {
      labelWidth = Math.max(labelWidth, Svg.textWidth(Svg.clip(label, LABEL_CHARS)));
    }
    double left = leftMargin(labelWidth, categoryTitle);
    double right = WIDTH - MARGIN_RIGHT - Svg.textWidth("+0.000");
    double top = MARGIN_TOP + LEGEND_ROW;
    double bottom = top + labels.size() * ROW;
    Svg svg =
        new Svg(figure.id(), figure.title(), figure.description(), WIDTH, bottom + MARGIN_BOTTOM);
    Scale xs = axis.scale(values, left, right, true);
    for (double tick : xs.ticks()) {
      svg.rule(xs.map(tick), top, xs.map(tick), bottom, "grid");
    }
    svg.xAxis(xs, bottom, axis.ticks(xs), axis.title());
    for (int i = 0; i < labels.size(); i++) {
      double middle = top + i * ROW + ROW / 2;
      double from = xs.map(starts.get(i));
      double to = xs.map(ends.get(i));
      boolean edge = i == 0 || i == labels.size() - 1;
      double delta = ends.get(i) - starts.get(i);
      String colour = edge ? GREY : delta >= 0 ? VERMILLION : BLUE;
      String valueText = edge ? axis.format().apply(ends.get(i)) : signed(delta, axis.format());
      svg.text(
          left - LABEL_PAD,
          middle + Svg.FONT_PX / 3,
          "end",
          "label",
          Svg.clip(labels.get(i), LABEL_CHARS));
      svg.bar(
          Math.min(from, to),
          middle - BAR / 2,
          Math.max(1, Math.abs(to - from)),
          BAR,
          colour,
          labels.get(i) + ": " + valueText);
      svg.text(
          Math.max(from, to) + LABEL_PAD / 2,
          middle + Svg.FONT_PX / 3,
          "start",
          "value",
          valueText);
      if (!edge && i + 1 < labels.size() - 1) {
        svg.rule(to, middle + BAR / 2, to, middle + ROW - BAR / 2, "connector");
      }
    }
    svg.rule(xs.map(0), top, xs.map(0), bottom, "axis");
    categoryTitle(svg, left, top, categoryTitle);
    svg.legend(
        LABEL_PAD,
        LEGEND_Y,
        List.of(
            new LegendEntry("raises churn risk", VERMILLION, false),
            new LegendEntry("lowers churn risk", BLUE, false)));
    return svg.close();
  }

  private static String signed(double value, DoubleFunction<String> format) {
    return value >= 0 ? "+" + format.apply(value) : format.apply(value);
  }
}
