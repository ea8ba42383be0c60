package io.retention.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.examples.report.Charts.Axis;
import io.retention.examples.report.Charts.Bar;
import io.retention.examples.report.Charts.Cell;
import io.retention.examples.report.Charts.DotRow;
import io.retention.examples.report.Charts.Figure;
import io.retention.examples.report.Charts.Marker;
import io.retention.examples.report.Charts.Series;
import io.retention.examples.report.Charts.Stack;
import io.retention.examples.report.Charts.Step;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final Figure FIGURE = new Figure("f", "title", "description");

  @Test
  void linesLeaveOutPointsWithANaNCoordinate() {
    String svg =
        Charts.lines(
            FIGURE,
            Axis.unitInterval("x"),
            Axis.unitInterval("y"),
            List.of(
                new Series(
                    "s", List.of(0.0, 0.5, 1.0), List.of(0.0, Double.NaN, 1.0), "#000", false)),
            true,
            List.of(new Marker(0.5, "here")));

    assertEquals(2, count(svg, "<circle"), "two finite points");
    assertEquals(1, count(svg, "<polyline"));
    assertTrue(svg.contains("class=\"reference\""), "the diagonal");
    assertTrue(svg.contains("class=\"marker\""));
    assertTrue(svg.contains(">here</text>"));
    assertTrue(svg.contains("s: x 1.000, y 1.000"), "a point's tooltip");
    assertFalse(svg.contains("NaN"));
  }

  @Test
  void aLongCurveIsDrawnAsALineWithoutDots() {
    List<Double> xs = new java.util.ArrayList<>();
    for (int i = 0; i <= 1000; i++) {
      xs.add(i / 1000.0);
    }
    String svg =
        Charts.lines(
            FIGURE,
            Axis.unitInterval("x"),
            Axis.unitInterval("y"),
            List.of(new Series("roc", xs, xs, "#000", false)),
            false,
            List.of());

    assertEquals(1, count(svg, "<polyline"));
    assertEquals(0, count(svg, "<circle"));
  }

  @Test
  void aSeriesNeedsOneYPerX() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Series("s", List.of(1.0), List.of(), "#000", false));
  }

  @Test
  void aNaNBarIsNotDrawnAndReadsNotAvailable() {
    String svg =
        Charts.bars(
            FIGURE,
            "segment",
            List.of(new Bar("a", 0.25, "#000"), new Bar("b", Double.NaN, "#000")),
            Axis.percentage("churn rate"),
            List.of());

    assertEquals(1, count(svg, "<rect class=\"mark\""));
    assertTrue(svg.contains(">n/a</text>"));
    assertTrue(svg.contains(">25.0%</text>"));
    assertTrue(svg.contains(">segment</text>"), "category title");
    assertTrue(svg.contains(">churn rate</text>"), "value axis title");
  }

  @Test
  void negativeBarsGrowLeftFromZero() {
    String svg =
        Charts.bars(
            FIGURE, "c", List.of(new Bar("down", -2, "#000")), Axis.number("v", 1), List.of());

    assertTrue(svg.contains("text-anchor=\"end\">-2.0</text>"), "the value left of the bar");
  }

  @Test
  void columnsStackAndNeedOneValuePerCategory() {
    String svg =
        Charts.columns(
            FIGURE,
            List.of("2019", "2020"),
            "year",
            List.of(
                new Stack("movies", List.of(3.0, 0.0), "#000"),
                new Stack("shows", List.of(1.0, 2.0), "#111")),
            Axis.number("titles", 0));

    assertEquals(3, count(svg, "<rect class=\"mark\""), "zero heights are not drawn");
    assertTrue(svg.contains("2019, movies: 3"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Charts.columns(
                FIGURE,
                List.of("a", "b"),
                "c",
                List.of(new Stack("s", List.of(1.0), "#000")),
                Axis.number("v", 0)));
  }

  @Test
  void columnLabelsFallOnRoundYears() {
    assertEquals(1, Charts.labelStep(12));
    assertEquals(2, Charts.labelStep(13));
    assertEquals(10, Charts.labelStep(70));
    assertEquals(20, Charts.labelStep(200));
    assertTrue(Charts.labelled("1960", 3, 10));
    assertFalse(Charts.labelled("1963", 0, 10));
    assertTrue(Charts.labelled("Drama", 4, 2));
    assertFalse(Charts.labelled("Drama", 3, 2));
  }

  @Test
  void aHeatMapShadesByValueAndGreysOutNaN() {
    String svg =
        Charts.heatMap(
            FIGURE,
            List.of("1", "2"),
            List.of("1", "2"),
            "recency",
            "frequency",
            List.of(
                new Cell(0, 0, 0.5, List.of("50%"), "low corner"),
                new Cell(1, 1, Double.NaN, List.of("n/a"), "high corner")),
            "churn rate",
            v -> Html.percent(v, 0),
            0.5);

    assertTrue(svg.contains("fill=\"" + Charts.heat(1) + "\""), "the largest value is darkest");
    assertTrue(svg.contains("fill=\"#D9D9D9\""), "NaN is grey");
    assertTrue(svg.contains("fill=\"#FFFFFF\" x="), "light text on the dark cell");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Charts.heatMap(
                FIGURE,
                List.of("1"),
                List.of("1"),
                "x",
                "y",
                List.of(new Cell(1, 0, 0.1, List.of(), "t")),
                "k",
                Html::percent,
                1));
  }

  @Test
  void heatRunsFromLightToDark() {
    assertEquals("#FFF5EB", Charts.heat(0));
    assertEquals("#A63603", Charts.heat(1));
    assertEquals("#A63603", Charts.heat(7), "clamped");
  }

  @Test
  void aWaterfallEndsAtTheBasePlusTheSteps() {
    String svg =
        Charts.waterfall(
            FIGURE,
            "attribute",
            "base",
            0.3,
            List.of(new Step("up", 0.4), new Step("down", -0.1)),
            "total",
            Axis.number("contribution", 2));

    assertTrue(svg.contains("total: 0.60"), svg);
    assertTrue(svg.contains("up: +0.40"));
    assertTrue(svg.contains("down: -0.10"));
    assertTrue(svg.contains("fill=\"" + Charts.VERMILLION + "\""));
    assertTrue(svg.contains("fill=\"" + Charts.BLUE + "\""));
  }

  @Test
  void aDotPlotDrawsEveryFoldAndTheMean() {
    String svg =
        Charts.dots(
            FIGURE,
            "candidate",
            List.of(
                new DotRow("chosen", List.of(0.6, 0.7), 0.65, true),
                new DotRow("other", List.of(0.5, Double.NaN), Double.NaN, false)),
            Axis.number("PR-AUC", 3));

    assertEquals(3, count(svg, "<circle"));
    assertEquals(1, count(svg, "mean: "), "no tick for a NaN mean");
    assertTrue(svg.contains("class=\"label chosen\""));
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
