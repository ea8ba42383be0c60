package io.retention.examples.report;

import static io.retention.examples.report.Charts.DOT_RADIUS;
import static io.retention.examples.report.Charts.GREY;
import static io.retention.examples.report.Charts.LEGEND_Y;
import static io.retention.examples.report.Charts.MARGIN_BOTTOM;
import static io.retention.examples.report.Charts.MARGIN_LEFT;
import static io.retention.examples.report.Charts.MARGIN_RIGHT;
import static io.retention.examples.report.Charts.MARGIN_TOP;
import static io.retention.examples.report.Charts.PLOT_HEIGHT;
import static io.retention.examples.report.Charts.WIDTH;

import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Marker;
import io.retention.examples.report.Charts.Series;
import io.retention.examples.report.Svg.LegendEntry;
import io.retention.examples.report.Svg.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws {@link Charts#lines}: lines over a plot area, with an optional diagonal and vertical
 * markers.
 */
final class LineChart {
  private static final int MAX_DOTS = 60;

  private LineChart() {}

  /** Draws {@link Charts#lines}. */
  static String draw(
      Figure figure, Axis x, Axis y, List<Series> series, boolean diagonal, List<Marker> markers) {
    double height = MARGIN_TOP + PLOT_HEIGHT + MARGIN_BOTTOM;
    Svg svg = new Svg(figure.id(), figure.title(), figure.description(), WIDTH, height);
    List<Double> allX = new ArrayList<>();
    List<Double> allY = new ArrayList<>();
    for (Series s : series) {
      allX.addAll(s.xs());
      allY.addAll(s.ys());
    }
    for (Marker m : markers) {
      allX.add(m.x());
    }
    double left = MARGIN_LEFT;
    double right = WIDTH - MARGIN_RIGHT;
    double top = MARGIN_TOP;
    double bottom = MARGIN_TOP + PLOT_HEIGHT;
    Scale xs = x.scale(allX, left, right, false);
    Scale ys = y.scale(allY, bottom, top, false);
    svg.yAxis(ys, left, right, y.ticks(ys), y.title());
    svg.xAxis(xs, bottom, x.ticks(xs), x.title());
    List<LegendEntry> legend = new ArrayList<>();
    if (diagonal) {
      double lo = Math.max(xs.lo(), ys.lo());
      double hi = Math.min(xs.hi(), ys.hi());
      if (hi > lo) {
        svg.rule(xs.map(lo), ys.map(lo), xs.map(hi), ys.map(hi), "reference");
      }
      legend.add(new LegendEntry("y = x", GREY, true));
    }
    for (Marker m : markers) {
      double at = xs.map(m.x());
      svg.rule(at, top, at, bottom, "marker");
      svg.text(at + DOT_RADIUS, top + Svg.FONT_PX, "start", "note", m.label());
    }
    for (Series s : series) {
      List<Double> px = new ArrayList<>();
      List<Double> py = new ArrayList<>();
      List<Integer> source = new ArrayList<>();
      for (int i = 0; i < s.xs().size(); i++) {
        double vx = s.xs().get(i);
        double vy = s.ys().get(i);
        if (Double.isFinite(vx) && Double.isFinite(vy)) {
          px.add(xs.map(vx));
          py.add(ys.map(vy));
          source.add(i);
        }
      }
      if (px.size() > 1) {
        svg.polyline(px, py, s.colour(), s.dashed(), s.name());
      }
      if (px.size() <= MAX_DOTS || px.size() == 1) {
        for (int i = 0; i < px.size(); i++) {
          int at = source.get(i);
          svg.dot(
              px.get(i),
              py.get(i),
              DOT_RADIUS,
              s.colour(),
              s.name()
                  + ": "
                  + x.title()
                  + " "
                  + x.format().apply(s.xs().get(at))
                  + ", "
                  + y.title()
                  + " "
                  + y.format().apply(s.ys().get(at)));
        }
      }
      legend.add(new LegendEntry(s.name(), s.colour(), s.dashed()));
    }
    if (legend.size() > 1) {
      svg.legend(left, LEGEND_Y, legend);
    }
    return svg.close();
  }
}
