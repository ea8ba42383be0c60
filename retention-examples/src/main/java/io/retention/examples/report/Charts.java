package io.retention.examples.report;

import io.retention.examples.report.Svg.LegendEntry;
import io.retention.examples.report.Svg.Scale;
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
 *
 * <p>This class holds the palette, the layout shared by the chart kinds and their data types; each
 * kind is drawn by its own class ({@link LineChart}, {@link BarChart}, {@link ColumnChart}, {@link
 * HeatMapChart}, {@link WaterfallChart}, {@link DotPlot}).
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

  /** Space above the plot area, for the legend. */
  static final double MARGIN_TOP = 36;

  /** Space right of the plot area. */
  static final double MARGIN_RIGHT = 24;

  /** Space below the plot area, for ticks and the axis title. */
  static final double MARGIN_BOTTOM = 52;

  /** Space left of the plot area, for ticks and the axis title. */
  static final double MARGIN_LEFT = 72;

  /** Where the legend sits. */
  static final double LEGEND_Y = 10;

  /** Height of a legend row above a chart of rows. */
  static final double LEGEND_ROW = 18;

  /** Height of a row of a chart of rows. */
  static final double ROW = 26;

  /** Thickness of a horizontal bar. */
  static final double BAR = 16;

  /** Gap between a label and what it names. */
  static final double LABEL_PAD = 10;

  /** Characters of a category label shown before it is clipped. */
  static final int LABEL_CHARS = 30;

  /** Radius of a point on a line; also the length of a column tick. */
  static final double DOT_RADIUS = 3.5;

  /** How much wider bold text is than regular. */
  static final double BOLD_WIDTH = 1.12;

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
    return LineChart.draw(figure, x, y, series, diagonal, markers);
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
    return BarChart.draw(figure, categoryTitle, bars, axis, legend);
  }

  /** The left margin of a chart with category labels: wide enough for them and their title. */
  static double leftMargin(double labelWidth, String categoryTitle) {
    double titleWidth = Svg.textWidth(categoryTitle) * BOLD_WIDTH;
    return Math.max(MARGIN_LEFT, Math.max(labelWidth, titleWidth) + 2 * LABEL_PAD);
  }

  /** See {@link ColumnChart#labelStep}. */
  static int labelStep(int categories) {
    return ColumnChart.labelStep(categories);
  }

  /** See {@link ColumnChart#labelled}. */
  static boolean labelled(String category, int index, int every) {
    return ColumnChart.labelled(category, index, every);
  }

  /** The title of a category axis, right-aligned above the category labels. */
  static void categoryTitle(Svg svg, double left, double top, String title) {
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
    return ColumnChart.draw(figure, categories, categoryTitle, stacks, axis);
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
    return HeatMapChart.draw(
        figure, columnLabels, rowLabels, columnTitle, rowTitle, cells, keyTitle, keyFormat, keyMax);
  }

  /** See {@link HeatMapChart#heat}. */
  static String heat(double share) {
    return HeatMapChart.heat(share);
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
    return WaterfallChart.draw(figure, categoryTitle, baseLabel, base, steps, totalLabel, axis);
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
    return DotPlot.draw(figure, categoryTitle, rows, axis);
  }
}
