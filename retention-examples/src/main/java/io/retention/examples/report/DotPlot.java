package io.retention.examples.report;

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
import static io.retention.examples.report.Charts.WIDTH;
import static io.retention.examples.report.Charts.categoryTitle;
import static io.retention.examples.report.Charts.leftMargin;

import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.DotRow;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Svg.LegendEntry;
import io.retention.examples.report.Svg.Scale;
import java.util.ArrayList;
import java.util.List;

/** Draws {@link Charts#dots}: one row of dots per entry with a tick at the mean. */
final class DotPlot {
  private static final double FOLD_RADIUS = 4.5;
  private static final double MEAN_TICK = 9;

  private DotPlot() {}

  /** Draws {@link Charts#dots}. */
  static String draw(Figure figure, String categoryTitle, List<DotRow> rows, Axis axis) {
    List<Double> values = new ArrayList<>();
    double labelWidth = 0;
    for (DotRow row : rows) {
      values.addAll(row.values());
      values.add(row.mean());
      labelWidth = Math.max(labelWidth, Svg.textWidth(Svg.clip(row.label(), LABEL_CHARS)));
    }
    double left = leftMargin(labelWidth, categoryTitle);
    double right = WIDTH - MARGIN_RIGHT;
    double top = MARGIN_TOP + LEGEND_ROW;
    double bottom = top + Math.max(1, rows.size()) * ROW;
    Svg svg =
        new Svg(figure.id(), figure.title(), figure.description(), WIDTH, bottom + MARGIN_BOTTOM);
    Scale xs = axis.scale(values, left, right, false);
    for (double tick : xs.ticks()) {
      svg.rule(xs.map(tick), top, xs.map(tick), bottom, "grid");
    }
    svg.xAxis(xs, bottom, axis.ticks(xs), axis.title());
    for (int i = 0; i < rows.size(); i++) {
      DotRow row = rows.get(i);
      double middle = top + i * ROW + ROW / 2;
      String colour = row.highlight() ? BLUE : GREY;
      svg.text(
          left - LABEL_PAD,
          middle + Svg.FONT_PX / 3,
          "end",
          row.highlight() ? "label chosen" : "label",
          Svg.clip(row.label(), LABEL_CHARS));
      svg.rule(left, middle, right, middle, "grid");
      for (int f = 0; f < row.values().size(); f++) {
        double v = row.values().get(f);
        if (Double.isFinite(v)) {
          svg.dot(
              xs.map(v),
              middle,
              FOLD_RADIUS,
              colour,
              row.label() + ", fold " + (f + 1) + ": " + axis.format().apply(v));
        }
      }
      if (Double.isFinite(row.mean())) {
        double at = xs.map(row.mean());
        svg.bar(
            at - 1.5,
            middle - MEAN_TICK,
            3,
            2 * MEAN_TICK,
            "#1A1A1A",
            row.label() + ", mean: " + axis.format().apply(row.mean()));
      }
    }
    categoryTitle(svg, left, top, categoryTitle);
    svg.legend(
        LABEL_PAD,
        LEGEND_Y,
        List.of(
            new LegendEntry("one fold", GREY, false),
            new LegendEntry("mean (black tick)", "#1A1A1A", false),
            new LegendEntry("chosen model", BLUE, false)));
    return svg.close();
  }
}
