package io.retention.examples.report;

import static io.retention.examples.report.Charts.LABEL_PAD;
import static io.retention.examples.report.Charts.MARGIN_BOTTOM;
import static io.retention.examples.report.Charts.MARGIN_LEFT;
import static io.retention.examples.report.Charts.MARGIN_TOP;
import static io.retention.examples.report.Charts.WIDTH;

import io.retention.examples.report.Charts.Cell;
import io.retention.examples.report.Charts.Figure;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Draws {@link Charts#heatMap}: a grid of equal cells coloured from light to dark, with a colour
 * key.
 */
final class HeatMapChart {
  private static final double CELL = 64;
  private static final double CELL_TEXT_LINE = 14;
  private static final double DARK_TEXT_BELOW = 0.7;
  private static final int HEAT_LEGEND_STEPS = 5;
  private static final double HEAT_LEGEND_WIDTH = 36;
  private static final int[] HEAT_LOW = {0xFF, 0xF5, 0xEB};
  private static final int[] HEAT_HIGH = {0xA6, 0x36, 0x03};
  private static final double HALF = 0.5;

  private HeatMapChart() {}

  /** Draws {@link Charts#heatMap}. */
  static String draw(
      Figure figure,
      List<String> columnLabels,
      List<String> rowLabels,
      String columnTitle,
      String rowTitle,
      List<Cell> cells,
      String keyTitle,
      DoubleFunction<String> keyFormat,
      double keyMax) {
    double left = MARGIN_LEFT;
    double top = MARGIN_TOP;
    double gridWidth = columnLabels.size() * CELL;
    double gridHeight = rowLabels.size() * CELL;
    double keyLeft = left + gridWidth + 2 * LABEL_PAD + Svg.FONT_PX;
    double width = Math.max(WIDTH, keyLeft + HEAT_LEGEND_WIDTH + Svg.textWidth("100.0%") + 20);
    double height = top + gridHeight + MARGIN_BOTTOM;
    Svg svg = new Svg(figure.id(), figure.title(), figure.description(), width, height);
    double bottom = top + gridHeight;
    for (int c = 0; c < columnLabels.size(); c++) {
      svg.text(
          left + (c + HALF) * CELL,
          bottom + Svg.FONT_PX + 4,
          "middle",
          "tick",
          columnLabels.get(c));
    }
    for (int r = 0; r < rowLabels.size(); r++) {
      svg.text(left - LABEL_PAD, bottom - (r + HALF) * CELL + 4, "end", "tick", rowLabels.get(r));
    }
    svg.text(
        left + gridWidth / 2,
        bottom + MARGIN_BOTTOM - Svg.FONT_PX,
        "middle",
        "axis-title",
        columnTitle);
    svg.verticalText(
        left - LABEL_PAD - 3 * Svg.FONT_PX, top + gridHeight / 2, "axis-title", rowTitle);
    double scaleMax = keyMax > 0 && Double.isFinite(keyMax) ? keyMax : 1;
    for (Cell cell : cells) {
      if (cell.column() < 0
          || cell.column() >= columnLabels.size()
          || cell.row() < 0
          || cell.row() >= rowLabels.size()) {
        throw new IllegalArgumentException(
            "cell " + cell.column() + "," + cell.row() + " is outside the grid");
      }
      cell(svg, cell, left + cell.column() * CELL, bottom - (cell.row() + 1) * CELL, scaleMax);
    }
    key(svg, keyLeft, top, bottom, gridHeight / HEAT_LEGEND_STEPS, keyTitle, keyFormat, scaleMax);
    return svg.close();
  }

  /** One cell at (x, y), its top left corner: its colour and its lines of text. */
  private static void cell(Svg svg, Cell cell, double x, double y, double scaleMax) {
    double share = Double.isFinite(cell.value()) ? Math.min(1, cell.value() / scaleMax) : 0;
    String fill = Double.isFinite(cell.value()) ? heat(share) : "#D9D9D9";
    svg.bar(x + 1, y + 1, CELL - 2, CELL - 2, fill, cell.tooltip());
    String ink = share > DARK_TEXT_BELOW ? "#FFFFFF" : "#1A1A1A";
    double firstLine = y + CELL / 2 - (cell.lines().size() - 1) * CELL_TEXT_LINE / 2 + 4;
    for (int i = 0; i < cell.lines().size(); i++) {
      svg.text(
          x + CELL / 2, firstLine + i * CELL_TEXT_LINE, "middle", "cell", ink, cell.lines().get(i));
    }
  }

  /** The colour key: its title, one swatch per step from the bottom up and their values. */
  private static void key(
      Svg svg,
      double keyLeft,
      double top,
      double bottom,
      double step,
      String keyTitle,
      DoubleFunction<String> keyFormat,
      double scaleMax) {
    svg.text(keyLeft, top - Svg.FONT_PX, "start", "legend", keyTitle);
    for (int i = 0; i < HEAT_LEGEND_STEPS; i++) {
      double share = (i + HALF) / HEAT_LEGEND_STEPS;
      double y = bottom - (i + 1) * step;
      svg.bar(
          keyLeft,
          y,
          HEAT_LEGEND_WIDTH / 2,
          step,
          heat(share),
          keyTitle + " around " + keyFormat.apply(share * scaleMax));
    }
    for (int i = 0; i <= HEAT_LEGEND_STEPS; i++) {
      double y = bottom - i * step;
      svg.text(
          keyLeft + HEAT_LEGEND_WIDTH / 2 + 4,
          y + 4,
          "start",
          "tick",
          keyFormat.apply(scaleMax * i / HEAT_LEGEND_STEPS));
    }
  }

  /** The heat colour of a share, interpolated from light to dark in RGB. */
  static String heat(double share) {
    double s = Math.max(0, Math.min(1, share));
    StringBuilder colour = new StringBuilder("#");
    for (int i = 0; i < HEAT_LOW.length; i++) {
      int channel = (int) Math.round(HEAT_LOW[i] + (HEAT_HIGH[i] - HEAT_LOW[i]) * s);
      colour.append(String.format(java.util.Locale.ROOT, "%02X", channel));
    }
    return colour.toString();
  }
}
