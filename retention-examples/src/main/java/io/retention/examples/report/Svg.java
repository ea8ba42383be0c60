package io.retention.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One inline SVG chart being drawn: the canvas with its accessible title and description, marks,
 * text, axes and legends. Every piece of text is escaped; every coordinate must be finite.
 *
 * <p>Marks that show data carry the class {@value #MARK}, so a test can find what a chart drew. Not
 * thread-safe: one instance draws one chart.
 */
final class Svg {

  /** The class of every element that shows data. */
  static final String MARK = "mark";

  /** How many ticks an axis aims for. */
  static final int TICKS = 5;

  /** Font size of axis text, in pixels, used to estimate text widths. */
  static final double FONT_PX = 12;

  /** Average width of a character of axis text, as a share of the font size. */
  static final double CHAR_WIDTH = 0.58;

  private static final double TICK_LENGTH = 5;
  private static final double TICK_GAP = 4;
  private static final double AXIS_TITLE_GAP = 34;
  private static final double LEGEND_SWATCH = 12;
  private static final double LEGEND_GAP = 18;
  private static final double LEGEND_PAD = 6;
  private static final double TEXT_BASELINE = 4;
  private static final int WIDEN_ROUNDS = 4;
  private static final double EPSILON = 1e-9;

  private final StringBuilder out = new StringBuilder();
  private final double width;
  private final double height;

  /**
   * Opens a chart.
   *
   * @param id a unique id for the chart, made by the report (never user text)
   * @param title the chart's accessible title
   * @param description what the chart shows, in words, for screen readers
   * @param width the width in pixels
   * @param height the height in pixels
   */
  Svg(String id, String title, String description, double width, double height) {
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("a chart needs a positive size: " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    String safeId = Html.escape(id);
    open("svg", "chart")
        .attribute("id", safeId)
        .attribute("viewBox", "0 0 " + Html.px(width) + ' ' + Html.px(height))
        .at("width", width)
        .at("height", height)
        .attribute("role", "img")
        .attribute("aria-labelledby", safeId + "-title " + safeId + "-desc");
    out.append('>');
    start("title").attribute("id", safeId + "-title").content("title", title);
    start("desc").attribute("id", safeId + "-desc").content("desc", description);
  }

  /** Starts an element with its class; attributes follow, then one of the three endings. */
  private Svg open(String tag, String cssClass) {
    return start(tag).attribute("class", cssClass);
  }

  /** Starts an element without a class. */
  private Svg start(String tag) {
    out.append('<').append(tag);
    return this;
  }

  /** An attribute whose value is markup-safe (a colour, a keyword, numbers): not escaped. */
  private Svg attribute(String name, String value) {
    out.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  /** A coordinate or a length, in pixels. */
  private Svg at(String name, double px) {
    return attribute(name, Html.px(px));
  }

  /** Ends an element without content. */
  private Svg empty() {
    out.append("/>");
    return this;
  }

  /** Ends an element with escaped text as its content. */
  private Svg content(String tag, String text) {
    out.append('>').append(Html.escape(text)).append("</").append(tag).append('>');
    return this;
  }

  /** Ends a mark with its tooltip, an escaped SVG title. */
  private Svg tooltip(String tag, String text) {
    out.append("><title>").append(Html.escape(text)).append("</title></").append(tag).append('>');
    return this;
  }

  /** The canvas width. */
  double width() {
    return width;
  }

  /** The canvas height. */
  double height() {
    return height;
  }

  /**
   * A filled rectangle that shows data, with a tooltip.
   *
   * @return this chart
   */
  Svg bar(double x, double y, double w, double h, String fill, String tooltip) {
    return open("rect", MARK)
        .at("x", x)
        .at("y", y)
        .at("width", Math.max(0, w))
        .at("height", Math.max(0, h))
        .attribute("fill", fill)
        .tooltip("rect", tooltip);
  }

  /**
   * A point that shows data, with a tooltip.
   *
   * @return this chart
   */
  Svg dot(double cx, double cy, double r, String fill, String tooltip) {
    return open("circle", MARK)
        .at("cx", cx)
        .at("cy", cy)
        .at("r", r)
        .attribute("fill", fill)
        .tooltip("circle", tooltip);
  }

  /**
   * A line through points that shows data.
   *
   * @param xs horizontal coordinates
   * @param ys vertical coordinates, as many as {@code xs}
   * @param stroke the colour
   * @param dashed whether the line is dashed
   * @param tooltip what the line is
   * @return this chart
   */
  Svg polyline(List<Double> xs, List<Double> ys, String stroke, boolean dashed, String tooltip) {
    if (xs.size() != ys.size()) {
      throw new IllegalArgumentException(xs.size() + " x but " + ys.size() + " y coordinates");
    }
    open("polyline", MARK)
        .attribute("fill", "none")
        .attribute("stroke", stroke)
        .attribute("stroke-width", "2");
    if (dashed) {
      attribute("stroke-dasharray", "6 4");
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        points.append(' ');
      }
      points.append(Html.px(xs.get(i))).append(',').append(Html.px(ys.get(i)));
    }
    return attribute("points", points.toString()).tooltip("polyline", tooltip);
  }

  /**
   * A straight line that guides the eye (a reference, a grid line or an axis), not data.
   *
   * @param cssClass the line's class, which styles it
   * @return this chart
   */
  Svg rule(double x1, double y1, double x2, double y2, String cssClass) {
    return open("line", cssClass).at("x1", x1).at("y1", y1).at("x2", x2).at("y2", y2).empty();
  }

  /**
   * Text.
   *
   * @param anchor "start", "middle" or "end"
   * @param cssClass the text's class, which styles it
   * @param text the text, escaped here
   * @return this chart
   */
  Svg text(double x, double y, String anchor, String cssClass, String text) {
    return open("text", cssClass)
        .at("x", x)
        .at("y", y)
        .attribute("text-anchor", anchor)
        .content("text", text);
  }

  /**
   * Text with a fill colour, for labels drawn over marks.
   *
   * @return this chart
   */
  Svg text(double x, double y, String anchor, String cssClass, String fill, String text) {
    return open("text", cssClass)
        .attribute("fill", fill)
        .at("x", x)
        .at("y", y)
        .attribute("text-anchor", anchor)
        .content("text", text);
  }

  /**
   * Text turned a quarter to the left, for a vertical axis title.
   *
   * @return this chart
   */
  Svg verticalText(double x, double y, String cssClass, String text) {
    return open("text", cssClass)
        .attribute("text-anchor", "middle")
        .attribute("transform", "translate(" + Html.px(x) + ',' + Html.px(y) + ") rotate(-90)")
        .content("text", text);
  }

  /**
   * A horizontal axis at the bottom of a plot area: line, ticks, tick labels and title.
   *
   * @param scale the horizontal scale
   * @param y where the axis runs
   * @param format how a tick value reads
   * @param title the axis title
   * @return this chart
   */
  Svg xAxis(Scale scale, double y, DoubleFunction<String> format, String title) {
    rule(scale.from(), y, scale.to(), y, "axis");
    for (double tick : scale.ticks()) {
      double x = scale.map(tick);
      rule(x, y, x, y + TICK_LENGTH, "axis");
      text(x, y + TICK_LENGTH + FONT_PX + 1, "middle", "tick", format.apply(tick));
    }
    text((scale.from() + scale.to()) / 2, y + AXIS_TITLE_GAP, "middle", "axis-title", title);
    return this;
  }

  /**
   * A vertical axis on the left of a plot area, with horizontal grid lines across it.
   *
   * @param scale the vertical scale
   * @param x where the axis runs
   * @param gridTo where the grid lines end
   * @param format how a tick value reads
   * @param title the axis title
   * @return this chart
   */
  Svg yAxis(Scale scale, double x, double gridTo, DoubleFunction<String> format, String title) {
    double widest = 0;
    for (double tick : scale.ticks()) {
      double y = scale.map(tick);
      rule(x, y, gridTo, y, "grid");
      rule(x - TICK_LENGTH, y, x, y, "axis");
      String label = format.apply(tick);
      widest = Math.max(widest, textWidth(label));
      text(x - TICK_LENGTH - TICK_GAP, y + TEXT_BASELINE, "end", "tick", label);
    }
    rule(x, scale.from(), x, scale.to(), "axis");
    double titleX = Math.max(FONT_PX, x - TICK_LENGTH - TICK_GAP - widest - TICK_GAP - FONT_PX / 2);
    verticalText(titleX, (scale.from() + scale.to()) / 2, "axis-title", title);
    return this;
  }

  /**
   * A legend: one coloured swatch and name per entry, in a row that wraps at the chart's width.
   *
   * @param x where the row starts
   * @param y the row's top
   * @param entries the entries
   * @return this chart
   */
  Svg legend(double x, double y, List<LegendEntry> entries) {
    double at = x;
    double top = y;
    for (LegendEntry entry : entries) {
      double entryWidth = LEGEND_SWATCH + LEGEND_PAD + textWidth(entry.name());
      if (at > x && at + entryWidth > width) {
        at = x;
        top += LEGEND_SWATCH + LEGEND_PAD;
      }
      open("rect", "swatch")
          .at("x", at)
          .at("y", top)
          .at("width", LEGEND_SWATCH)
          .at("height", LEGEND_SWATCH)
          .attribute("fill", entry.colour());
      if (entry.dashed()) {
        attribute("opacity", "0.6");
      }
      empty();
      text(
          at + LEGEND_SWATCH + LEGEND_PAD,
          top + LEGEND_SWATCH - 2,
          "start",
          "legend",
          entry.name());
      at += LEGEND_SWATCH + LEGEND_PAD + textWidth(entry.name()) + LEGEND_GAP;
    }
    return this;
  }

  /**
   * The finished SVG element.
   *
   * @return the markup
   */
  String close() {
    return out + "</svg>";
  }

  /**
   * The estimated width of a line of axis text.
   *
   * @param text the text
   * @return its width in pixels
   */
  static double textWidth(String text) {
    return text.length() * FONT_PX * CHAR_WIDTH;
  }

  /**
   * Text cut to a number of characters, with an ellipsis when cut.
   *
   * @param text the text
   * @param max the most characters kept
   * @return the text or its head
   */
  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "\u2026";
  }

  /**
   * A legend entry.
   *
   * @param name what the colour means
   * @param colour the colour
   * @param dashed whether the series is drawn dashed
   */
  record LegendEntry(String name, String colour, boolean dashed) {}

  /**
   * A linear map from data values to pixels, with round tick values.
   *
   * @param lo the data value at {@code from}
   * @param hi the data value at {@code to}, above {@code lo}
   * @param from the pixel of {@code lo}
   * @param to the pixel of {@code hi}
   * @param grain the smallest tick step (1 for whole numbers), 0 for any
   */
  record Scale(double lo, double hi, double from, double to, double grain) {

    /** Checks the domain. */
    Scale {
      if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
        throw new IllegalArgumentException("a scale needs finite lo < hi: " + lo + ", " + hi);
      }
      if (!(grain >= 0)) {
        throw new IllegalArgumentException("grain must be 0 or more: " + grain);
      }
    }

    /**
     * A scale whose ticks may take any round step.
     *
     * @param lo the data value at {@code from}
     * @param hi the data value at {@code to}
     * @param from the pixel of {@code lo}
     * @param to the pixel of {@code hi}
     */
    Scale(double lo, double hi, double from, double to) {
      this(lo, hi, from, to, 0);
    }

    /**
     * A scale over data values, widened to round numbers; a single value or no finite value gets a
     * unit-wide domain.
     *
     * @param values the data values; non-finite ones are ignored
     * @param from the pixel of the low end
     * @param to the pixel of the high end
     * @param includeZero whether the domain must reach zero (bars start at zero)
     * @param grain the smallest tick step (1 for whole numbers), 0 for any
     * @return the scale
     */
    static Scale covering(
        List<Double> values, double from, double to, boolean includeZero, double grain) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double v : values) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
      if (lo > hi) {
        lo = 0;
        hi = 1;
      }
      if (includeZero) {
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
      }
      if (hi == lo) {
        double pad = lo == 0 ? 1 : Math.abs(lo) / 2;
        hi = hi + pad;
        lo = includeZero && lo == 0 ? 0 : lo - pad;
      }
      // Widening can change the round step; widen again until the step that the ticks will use
      // is the one the ends are rounded to.
      for (int round = 0; round < WIDEN_ROUNDS; round++) {
        double step = step(lo, hi, grain);
        double wideLo = Math.floor(lo / step + EPSILON) * step;
        double wideHi = Math.ceil(hi / step - EPSILON) * step;
        if (wideLo == lo && wideHi == hi) {
          break;
        }
        lo = wideLo;
        hi = wideHi;
      }
      return new Scale(lo, hi, from, to, grain);
    }

    /**
     * The pixel of a value.
     *
     * @param value a finite value
     * @return its pixel
     */
    double map(double value) {
      return from + (value - lo) / (hi - lo) * (to - from);
    }

    /**
     * Round tick values from {@code lo} to {@code hi}.
     *
     * @return the ticks, ascending
     */
    List<Double> ticks() {
      double step = step(lo, hi, grain);
      List<Double> ticks = new ArrayList<>();
      long first = (long) Math.ceil(lo / step - 1e-9);
      long last = (long) Math.floor(hi / step + 1e-9);
      for (long i = first; i <= last; i++) {
        double tick = i * step;
        ticks.add(Math.abs(tick) < step * 1e-9 ? 0.0 : tick);
      }
      return ticks;
    }

    /**
     * How many decimals the tick labels need.
     *
     * @return 0 or more
     */
    int decimals() {
      return Math.max(0, (int) -Math.floor(Math.log10(step(lo, hi, grain)) + 1e-9));
    }

    /**
     * A round step (1, 2 or 5 times a power of ten) giving about {@link #TICKS} ticks, at least the
     * grain.
     */
    private static double step(double lo, double hi, double grain) {
      double raw = (hi - lo) / TICKS;
      double power = Math.pow(10, Math.floor(Math.log10(raw)));
      double scaled = raw / power;
      double nice;
      if (scaled < 1.5) {
        nice = 1;
      } else if (scaled < 3) {
        nice = 2;
      } else if (scaled < 7) {
        nice = 5;
      } else {
        nice = 10;
      }
      return Math.max(grain, nice * power);
    }
  }
}
