package io.retention.examples.report;

import io.retention.examples.report.Svg.LegendEntry;
import io.retention.examples.report.Svg.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The chart types of the report, each drawn as one inline SVG element with an accessible title and
 * description, axis titles and round ticks: lines, horizontal bars, stacked columns, a heat map, a
 * waterfall and a dot plot. Values that are NaN are left out of lines and shown as "n/a" beside
 * bars and in cells.
 *
 * <p>Colours come from the Okabe–Ito palette, which stays distinguishable with the common colour
 * vision deficiencies.
 */
final class Charts {

  /** Okabe–Ito blue. */
  static final String BLUE = "#0072B2";

  /** Okabe–Ito orange. */
  static final String ORANGE = "#E69F00";

  /** Okabe–Ito vermillion: what raises churn risk. */
  static final String VERMILLION = "#D55E00";

  /** Okabe–Ito bluish green. */
  static final String GREEN = "#009E73";

  /** Okabe–Ito sky blue. */
  static final String SKY = "#56B4E9";

  /** Okabe–Ito reddish purple. */
  static final String PURPLE = "#CC79A7";

  /** Neutral grey, for totals and mixed effects. */
  static final String GREY = "#6B6B6B";

  /** The series colours, in order. */
  static final List<String> SERIES = List.of(BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION);

  /** Width of a standard chart, in pixels. */
  static final double WIDTH = 560;

  /** Height of a standard chart's plot area, in pixels. */
  static final double PLOT_HEIGHT = 250;

  private static final double MARGIN_TOP = 36;
  private static final double MARGIN_RIGHT = 24;
  private static final double MARGIN_BOTTOM = 52;
  private static final double MARGIN_LEFT = 72;
  private static final double LEGEND_Y = 10;
  private static final double LEGEND_ROW = 18;
  private static final double ROW = 26;
  private static final double BAR = 16;
  private static final double LABEL_PAD = 10;
  private static final int LABEL_CHARS = 30;
  private static final double DOT_RADIUS = 3.5;
  private static final double FOLD_RADIUS = 4.5;
  private static final double MEAN_TICK = 9;
  private static final double COLUMN_FILL = 0.8;
  private static final double MAX_COLUMN_LABELS = 12;
  private static final double CELL = 64;
  private static final double CELL_TEXT_LINE = 14;
  private static final double DARK_TEXT_BELOW = 0.7;
  private static final int HEAT_LEGEND_STEPS = 5;
  private static final double HEAT_LEGEND_WIDTH = 36;
  private static final int[] HEAT_LOW = {0xFF, 0xF5, 0xEB};
  private static final int[] HEAT_HIGH = {0xA6, 0x36, 0x03};
  private static final double HALF = 0.5;
  private static final int MAX_DOTS = 60;
  private static final int TEN = 10;
  private static final double BOLD_WIDTH = 1.12;

  private Charts() {}

  /**
   * A chart's identity and words.
   *
   * @param id the SVG element's id (made by the report, never user text)
   * @param title the title
   * @param description what it shows, for screen readers
   */
  record Figure(String id, String title, String description) {}

  /**
   * A value axis.
   *
   * @param title the axis title
   * @param unit whether the axis runs exactly from 0 to 1 (rates and probabilities)
   * @param percent whether tick labels read as percentages
   * @param grain the smallest tick step (1 for counts such as k), 0 for any
   * @param format how values read in labels and tooltips
   */
  record Axis(
      String title, boolean unit, boolean percent, double grain, DoubleFunction<String> format) {

    /**
     * A plain number axis fitted to the data.
     *
     * @param title the title
     * @param decimals decimals of values in labels
     * @return the axis
     */
    static Axis number(String title, int decimals) {
      return new Axis(title, false, false, 0, v -> Html.decimal(v, decimals));
    }

    /**
     * A share axis from exactly 0 to 1, as decimals (ROC, precision, probabilities).
     *
     * @param title the title
     * @return the axis
     */
    static Axis unitInterval(String title) {
      return new Axis(title, true, false, 0, v -> Html.decimal(v, 3));
    }

    /**
     * A percentage axis fitted to the data (churn rates).
     *
     * @param title the title
     * @return the axis
     */
    static Axis percentage(String title) {
      return new Axis(title, false, true, 0, Html::percent);
    }

    /**
     * A whole-number axis fitted to the data, with whole-number ticks.
     *
     * @param title the title
     * @return the axis
     */
    static Axis whole(String title) {
      return new Axis(title, false, false, 1, v -> Html.decimal(v, 0));
    }

    /**
     * The scale of this axis over some values.
     *
     * @param values the values it must show
     * @param from the pixel of the low end
     * @param to the pixel of the high end
     * @param includeZero whether zero must show
     * @return the scale
     */
    Scale scale(List<Double> values, double from, double to, boolean includeZero) {
      return unit
          ? new Scale(0, 1, from, to)
          : Scale.covering(values, from, to, includeZero, grain);
    }

    /** How the ticks of a scale read on this axis: as many decimals as the tick step needs. */
    DoubleFunction<String> ticks(Scale scale) {
      int decimals = scale.decimals();
      return percent
          ? v -> Html.percent(v, Math.max(0, decimals - 2))
          : v -> Html.decimal(v, decimals);
    }
  }

  /**
   * A line of a lines chart.
   *
   * @param name the name in the legend
   * @param xs horizontal values
   * @param ys vertical values; points with a NaN coordinate are left out
   * @param colour the colour
   * @param dashed whether it is dashed
   */
  record Series(String name, List<Double> xs, List<Double> ys, String colour, boolean dashed) {
    /** Copies the lists. */
    Series {
      xs = List.copyOf(xs);
      ys = List.copyOf(ys);
      if (xs.size() != ys.size()) {
        throw new IllegalArgumentException(name + ": " + xs.size() + " x, " + ys.size() + " y");
      }
    }
  }

  /**
   * A vertical marker line on a lines chart.
   *
   * @param x where
   * @param label what it marks
   */
  record Marker(double x, String label) {}

  /**
   * A bar of a bar chart.
   *
   * @param label the category
   * @param value the length; NaN shows "n/a"
   * @param colour the colour
   */
  record Bar(String label, double value, String colour) {}

  /**
   * A stack of a stacked-columns chart.
   *
   * @param name the name in the legend
   * @param values one value per category
   * @param colour the colour
   */
  record Stack(String name, List<Double> values, String colour) {
    /** Copies the list. */
    Stack {
      values = List.copyOf(values);
    }
  }

  /**
   * A cell of a heat map.
   *
   * @param column the column, from 0 at the left
   * @param row the row, from 0 at the bottom
   * @param value what the colour shows, 0 to 1; NaN is drawn grey
   * @param lines the text inside the cell, one entry per line
   * @param tooltip the text on hover
   */
  record Cell(int column, int row, double value, List<String> lines, String tooltip) {
    /** Copies the list. */
    Cell {
      lines = List.copyOf(lines);
    }
  }

  /**
   * A step of a waterfall.
   *
   * @param label what moved the value
   * @param delta how far
   */
  record Step(String label, double delta) {}

  /**
   * A row of a dot plot.
   *
   * @param label the row's name
   * @param values the dots
   * @param mean where the mean tick goes
   * @param highlight whether the row is the chosen one
   */
  record DotRow(String label, List<Double> values, double mean, boolean highlight) {
    /** Copies the list. */
    DotRow {
      values = List.copyOf(values);
    }
  }

  /**
   * Lines over a plot area, with an optional diagonal and vertical markers.
   *
   * @param figure title and description
   * @param x the horizontal axis
   * @param y the vertical axis
   * @param series the lines, each with dots at its points when it has at most 60 (a long curve,
   *     such as the ROC of a large hold-out, is drawn as a line only)
   * @param diagonal whether to draw the line y = x (for ROC and calibration)
   * @param markers vertical marker lines
   * @return the SVG element
   */
  static String lines(
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

  /**
   * Horizontal bars, one row per category, with the value written at the end of each bar.
   *
   * @param figure title and description
   * @param categoryTitle what the bars are, written above their labels
   * @param bars the bars, top to bottom
   * @param axis the value axis (its {@code unit} flag fixes the domain to 0–1)
   * @param legend a legend above the bars, empty for none
   * @return the SVG element
   */
  static String bars(
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

  /** The left margin of a chart with category labels: wide enough for them and their title. */
  private static double leftMargin(double labelWidth, String categoryTitle) {
    double titleWidth = Svg.textWidth(categoryTitle) * BOLD_WIDTH;
    return Math.max(MARGIN_LEFT, Math.max(labelWidth, titleWidth) + 2 * LABEL_PAD);
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

  /** The title of a category axis, right-aligned above the category labels. */
  private static void categoryTitle(Svg svg, double left, double top, String title) {
    svg.text(left - LABEL_PAD, top - LABEL_PAD / 2, "end", "axis-title", title);
  }

  /**
   * Stacked columns, one per category, with a legend of the stacks.
   *
   * @param figure title and description
   * @param categories the categories, left to right
   * @param categoryTitle the horizontal axis title
   * @param stacks the stacks, bottom to top, each with one value per category
   * @param axis the vertical axis
   * @return the SVG element
   */
  static String columns(
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

  /**
   * A heat map on a grid of equal cells, coloured from light (0) to dark (1), with a colour key.
   *
   * @param figure title and description
   * @param columnLabels labels under the columns, left to right
   * @param rowLabels labels beside the rows, bottom to top
   * @param columnTitle the horizontal axis title
   * @param rowTitle the vertical axis title
   * @param cells the cells that hold data (others stay empty)
   * @param keyTitle what the colour means
   * @param keyFormat how the key's values read
   * @param keyMax the value that the darkest colour stands for
   * @return the SVG element
   */
  static String heatMap(
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
      double x = left + cell.column() * CELL;
      double y = bottom - (cell.row() + 1) * CELL;
      double share = Double.isFinite(cell.value()) ? Math.min(1, cell.value() / scaleMax) : 0;
      String fill = Double.isFinite(cell.value()) ? heat(share) : "#D9D9D9";
      svg.bar(x + 1, y + 1, CELL - 2, CELL - 2, fill, cell.tooltip());
      String ink = share > DARK_TEXT_BELOW ? "#FFFFFF" : "#1A1A1A";
      double firstLine = y + CELL / 2 - (cell.lines().size() - 1) * CELL_TEXT_LINE / 2 + 4;
      for (int i = 0; i < cell.lines().size(); i++) {
        svg.text(
            x + CELL / 2,
            firstLine + i * CELL_TEXT_LINE,
            "middle",
            "cell",
            ink,
            cell.lines().get(i));
      }
    }
    double step = gridHeight / HEAT_LEGEND_STEPS;
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
    return svg.close();
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

  /**
   * A horizontal waterfall: the base value, one floating bar per step (vermillion up, blue down)
   * and the resulting total.
   *
   * @param figure title and description
   * @param categoryTitle what the rows are, written above their labels
   * @param baseLabel the first row's name
   * @param base the starting value
   * @param steps the steps, top to bottom
   * @param totalLabel the last row's name
   * @param axis the value axis
   * @return the SVG element
   */
  static String waterfall(
      Figure figure,
      String categoryTitle,
      String baseLabel,
      double base,
      List<Step> steps,
      String totalLabel,
      Axis axis) {
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

  /**
   * A dot plot: one row per entry, a dot per value and a tick at the mean; the highlighted row is
   * drawn in the first series colour, the others in grey.
   *
   * @param figure title and description
   * @param categoryTitle what the rows are, written above their labels
   * @param rows the rows, top to bottom
   * @param axis the value axis
   * @return the SVG element
   */
  static String dots(Figure figure, String categoryTitle, List<DotRow> rows, Axis axis) {
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
