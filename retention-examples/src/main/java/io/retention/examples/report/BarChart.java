package io.retention.examples.report;

import static io.retention.examples.report.Charts.BAR;
import static io.retention.examples.report.Charts.LABEL_CHARS;
import static io.retention.examples.report.Charts.LABEL_PAD;
import static io.retention.examples.report.Charts.LEGEND_ROW;
import static io.retention.examples.report.Charts.LEGEND_Y;
import static io.retention.examples.report.Charts.MARGIN_BOTTOM;
import static io.retention.examples.report.Charts.MARGIN_RIGHT;
import static io.retention.examples.report.Charts.MARGIN_TOP;
import static io.retention.examples.report.Charts.ROW;
import static io.retention.examples.report.Charts.WIDTH;
import static io.retention.examples.report.Charts.categoryTitle;
import static io.retention.examples.report.Charts.leftMargin;

import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Bar;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Svg.LegendEntry;
import io.retention.examples.report.Svg.Scale;
import java.util.ArrayList;
import java.util.List;

/** Draws {@link Charts#bars}: horizontal bars with their values written at their ends. */
final class BarChart {

  private BarChart() {}

  /** Draws {@link Charts#bars}. */
  static String draw(
      Figure figure, String categoryTitle, List<Bar> bars, Axis axis, List<LegendEntry> legend) {
    double labelWidth = 0;
    List<Double> values = new ArrayList<>();
    for (Bar bar : bars) {
      labelWidth = Math.max(labelWidth, Svg.textWidth(Svg.clip(bar.label(), LABEL_CHARS)));
      values.add(bar.value());
    }
    double left = leftMargin(labelWidth, categoryTitle);
    double right = WIDTH - MARGIN_RIGHT - Svg.textWidth("0,000,000");
    double top = legend.isEmpty() ? MARGIN_TOP : MARGIN_TOP + LEGEND_ROW;
    double bottom = top + Math.max(1, bars.size()) * ROW;
    Svg svg =
        new Svg(figure.id(), figure.title(), figure.description(), WIDTH, bottom + MARGIN_BOTTOM);
    Scale xs = axis.scale(values, left, right, true);
    for (double tick : xs.ticks()) {
      svg.rule(xs.map(tick), top, xs.map(tick), bottom, "grid");
    }
    svg.xAxis(xs, bottom, axis.ticks(xs), axis.title());
    double zero = xs.map(0);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double rowTop = top + i * ROW;
      double middle = rowTop + ROW / 2;
      svg.text(
          left - LABEL_PAD,
          middle + Svg.FONT_PX / 3,
          "end",
          "label",
          Svg.clip(bar.label(), LABEL_CHARS));
      String valueText = axis.format().apply(bar.value());
      if (Double.isFinite(bar.value())) {
        double end = xs.map(bar.value());
        svg.bar(
            Math.min(zero, end),
            middle - BAR / 2,
            Math.abs(end - zero),
            BAR,
            bar.colour(),
            bar.label() + ": " + valueText);
        double textAt = bar.value() >= 0 ? end + LABEL_PAD / 2 : end - LABEL_PAD / 2;
        svg.text(
            textAt,
            middle + Svg.FONT_PX / 3,
            bar.value() >= 0 ? "start" : "end",
            "value",
            valueText);
      } else {
        svg.text(zero + LABEL_PAD / 2, middle + Svg.FONT_PX / 3, "start", "value", valueText);
      }
    }
    svg.rule(zero, top, zero, bottom, "axis");
    categoryTitle(svg, left, top, categoryTitle);
    if (!legend.isEmpty()) {
      svg.legend(LABEL_PAD, LEGEND_Y, legend);
    }
    return svg.close();
  }
}
