package io.retention.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.examples.report.Svg.LegendEntry;
import io.retention.examples.report.Svg.Scale;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void aChartCarriesItsTitleAndDescriptionForScreenReaders() {
    String svg = new Svg("c1", "Title <b>", "What & why", 100, 50).close();

    assertTrue(svg.startsWith("<svg class=\"chart\" id=\"c1\" viewBox=\"0 0 100 50\""), svg);
    assertTrue(svg.contains("role=\"img\" aria-labelledby=\"c1-title c1-desc\""));
    assertTrue(svg.contains("<title id=\"c1-title\">Title &lt;b&gt;</title>"));
    assertTrue(svg.contains("<desc id=\"c1-desc\">What &amp; why</desc>"));
    assertTrue(svg.endsWith("</svg>"));
  }

  @Test
  void marksAreTaggedAndTheirTooltipsEscaped() {
    String svg =
        new Svg("c", "t", "d", 100, 100)
            .bar(1, 2, 3, 4, "#000", "<x>")
            .dot(5, 6, 2, "#111", "y&z")
            .polyline(List.of(0.0, 10.0), List.of(0.0, 5.0), "#222", true, "line")
            .close();

    assertEquals(3, svg.split("class=\"mark\"", -1).length - 1);
    assertTrue(svg.contains("<title>&lt;x&gt;</title>"));
    assertTrue(svg.contains("<title>y&amp;z</title>"));
    assertTrue(svg.contains("points=\"0,0 10,5\""));
    assertTrue(svg.contains("stroke-dasharray"));
  }

  @Test
  void aBarNeverHasANegativeSize() {
    String svg = new Svg("c", "t", "d", 100, 100).bar(0, 0, -3, -1, "#000", "b").close();
    assertTrue(svg.contains("width=\"0\" height=\"0\""), svg);
  }

  @Test
  void aLegendWrapsAtTheChartWidth() {
    String svg =
        new Svg("c", "t", "d", 120, 100)
            .legend(
                0,
                10,
                List.of(
                    new LegendEntry("first long name", "#000", false),
                    new LegendEntry("second long name", "#111", true)))
            .close();

    assertTrue(svg.contains("y=\"10\""), svg);
    assertTrue(svg.contains("y=\"28\""), "the second entry on a new row: " + svg);
    assertTrue(svg.contains("opacity=\"0.6\""), "a dashed series has a lighter swatch");
  }

  @Test
  void aChartNeedsAPositiveSizeAndMatchingCoordinates() {
    assertThrows(IllegalArgumentException.class, () -> new Svg("c", "t", "d", 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Svg("c", "t", "d", 10, Double.NaN));
    Svg svg = new Svg("c", "t", "d", 10, 10);
    assertThrows(
        IllegalArgumentException.class,
        () -> svg.polyline(List.of(1.0), List.of(1.0, 2.0), "#000", false, "l"));
  }

  @Test
  void aScaleWidensToRoundTicks() {
    Scale scale = Scale.covering(List.of(0.12, 0.55), 0, 100, true, 0);

    assertEquals(0.0, scale.lo());
    assertEquals(0.6, scale.hi(), 1e-12);
    assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6), rounded(scale.ticks()));
    assertEquals(1, scale.decimals());
    assertEquals(50.0, scale.map(0.3), 1e-9);
  }

  @Test
  void aScaleIgnoresNaNAndSurvivesASingleValueOrNone() {
    Scale single = Scale.covering(List.of(5.0, Double.NaN), 0, 10, false, 0);
    assertTrue(single.lo() < 5 && single.hi() > 5, single.toString());

    Scale none = Scale.covering(List.of(Double.NaN), 0, 10, false, 0);
    assertEquals(0.0, none.lo());
    assertEquals(1.0, none.hi(), 1e-12);

    Scale zero = Scale.covering(List.of(0.0), 0, 10, true, 0);
    assertEquals(0.0, zero.lo());
    assertTrue(zero.hi() > 0);
  }

  @Test
  void theEndsOfAWidenedScaleAreTicks() {
    Scale scale = Scale.covering(List.of(-0.8, 0.7), 0, 100, true, 0);

    List<Double> ticks = scale.ticks();
    assertEquals(scale.lo(), ticks.get(0), 1e-12);
    assertEquals(scale.hi(), ticks.get(ticks.size() - 1), 1e-12);
  }

  @Test
  void aGrainKeepsTicksOnWholeNumbers() {
    Scale k = Scale.covering(List.of(2.0, 4.0), 0, 100, false, 1);

    assertEquals(List.of(2.0, 3.0, 4.0), k.ticks());
    assertEquals(0, k.decimals());
  }

  @Test
  void aScaleRefusesAnEmptyOrBadDomain() {
    assertThrows(IllegalArgumentException.class, () -> new Scale(1, 1, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Scale(0, Double.NaN, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Scale(0, 1, 0, 10, -1));
  }

  @Test
  void longTextIsClippedWithAnEllipsis() {
    assertEquals("abc", Svg.clip("abc", 3));
    assertEquals("ab\u2026", Svg.clip("abcd", 3));
    assertFalse(Svg.clip("abcdef", 4).contains("d"));
  }

  private static List<Double> rounded(List<Double> values) {
    return values.stream().map(v -> Math.round(v * 1e9) / 1e9).toList();
  }
}
