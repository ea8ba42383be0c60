package io.retention.examples.report;

import static io.retention.examples.report.Charts.DOT_RADIUS;
import static io.retention.examples.report.Charts.LEGEND_Y;
import static io.retention.examples.report.Charts.MARGIN_BOTTOM;
import static io.retention.examples.report.Charts.MARGIN_LEFT;
import static io.retention.examples.report.Charts.MARGIN_RIGHT;
import static io.retention.examples.report.Charts.MARGIN_TOP;
import static io.retention.examples.report.Charts.PLOT_HEIGHT;
import static io.retention.examples.report.Charts.WIDTH;
import static io.retention.examples.report.Charts.categoryTitle;

import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Stack;
import io.retention.examples.report.Svg.LegendEntry;
import io.retention.examples.report.Svg.Scale;
import java.util.ArrayList;
import java.util.List;

/** Draws {@link Charts#columns}: stacked columns, one per category, labelled on round steps. */
final class ColumnChart {
  private static final double COLUMN_FILL = 0.8;
  private static final double MAX_COLUMN_LABELS = 12;
  private static final int TEN = 10;

  private ColumnChart() {}

  /** Draws {@link Charts#columns}. */
  static String draw(
      Figure figure, List<String> categories, String categoryTitle, List<Stack> stacks, Axis axis) {
    double height = MARGIN_TOP + PLOT_HEIGHT + MARGIN_BOTTOM;
    Svg svg = new Svg(figure.id(), figure.title(), figure.description(), WIDTH, height);
    double left = MARGIN_LEFT;
    double right = WIDTH - MARGIN_RIGHT;
    double top = MARGIN_TOP;
    double bottom = MARGIN_TOP + PLOT_HEIGHT;
    List<Double> totals = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      double total = 0;
      for (Stack stack : stacks) {
        if (stack.values().size() != categories.size()) {
          throw new IllegalArgumentException(
              stack.name() + " has " + stack.values().size() + " values, not " + categories.size());
        }
        double v = stack.values().get(c);
        total += Double.isFinite(v) ? v : 0;
      }
      totals.add(total);
    }
    Scale ys = axis.scale(totals, bottom, top, true);
    svg.yAxis(ys, left, right, axis.ticks(ys), axis.title());
    double slot = (right - left) / Math.max(1, categories.size());
    int every = labelStep(categories.size());
    for (int c = 0; c < categories.size(); c++) {
      double x = left + c * slot + slot * (1 - COLUMN_FILL) / 2;
      double base = 0;
      for (Stack stack : stacks) {
        double v = stack.values().get(c);
        if (Double.isFinite(v) && v > 0) {
          double y0 = ys.map(base);
          double y1 = ys.map(base + v);
          svg.bar(
              x,
              y1,
              slot * COLUMN_FILL,
              y0 - y1,
              stack.colour(),
              categories.get(c) + ", " + stack.name() + ": " + axis.format().apply(v));
          base += v;
        }
      }
      if (labelled(categories.get(c), c, every)) {
        double centre = left + c * slot + slot / 2;
        svg.rule(centre, bottom, centre, bottom + DOT_RADIUS, "axis");
        svg.text(centre, bottom + Svg.FONT_PX + DOT_RADIUS, "middle", "tick", categories.get(c));
      }
    }
    svg.rule(left, bottom, right, bottom, "axis");
    svg.text(
        (left + right) / 2,
        bottom + MARGIN_BOTTOM - Svg.FONT_PX,
        "middle",
        "axis-title",
        categoryTitle);
    List<LegendEntry> legend = new ArrayList<>();
    for (Stack stack : stacks) {
      legend.add(new LegendEntry(stack.name(), stack.colour(), false));
    }
    svg.legend(left, LEGEND_Y, legend);
    return svg.close();
  }

  /** A round label step (1, 2 or 5 times a power of ten) leaving at most a dozen labels. */
  static int labelStep(int categories) {
    double raw = Math.max(1, categories / MAX_COLUMN_LABELS);
    int power = 1;
    while (true) {
      for (int nice : new int[] {1, 2, 5}) {
        if (nice * power >= raw) {
          return nice * power;
        }
      }
      power *= TEN;
    }
  }

  /**
   * Whether a column gets a label: whole-number categories (years) where the number is a multiple
   * of the step, so labels fall on round years; other categories every step-th column.
   */
  static boolean labelled(String category, int index, int every) {
    if (category.matches("-?\\d{1,9}")) {
      return Integer.parseInt(category) % every == 0;
    }
    return index % every == 0;
  }
}
