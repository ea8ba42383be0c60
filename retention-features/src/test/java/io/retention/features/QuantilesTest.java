package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantilesTest {

  @Test
  void quantilesInterpolateBetweenOrderStatisticsLikeNumpy() {
    // numpy.quantile([1, 2, 3, 4, 10], [0, .2, .5, .8, 1]) = [1, 1.8, 3, 5.2, 10]
    Quantiles q = Quantiles.of(new double[] {10, 3, 1, 4, 2});
    assertEquals(1.0, q.at(0.0), 1e-12);
    assertEquals(1.8, q.at(0.2), 1e-12);
    assertEquals(3.0, q.at(0.5), 1e-12);
    assertEquals(5.2, q.at(0.8), 1e-12);
    assertEquals(10.0, q.at(1.0), 1e-12);
  }

  @Test
  void theDistributionFunctionIsZeroBelowOneAtTheTopAndMonotoneBetween() {
    Quantiles q = Quantiles.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    assertEquals(0.0, q.cdf(0.5));
    assertEquals(1.0, q.cdf(10.0));
    assertEquals(1.0, q.cdf(11.0));
    double previous = 0.0;
    for (double v = 0.0; v <= 11.0; v += 0.25) {
      double f = q.cdf(v);
      assertEquals(true, f >= previous, "cdf decreased at " + v);
      previous = f;
    }
    assertEquals(0.5, q.cdf(5.5), 1e-12);
  }

  @Test
  void aValueTiedWithManyTrainingValuesCountsThemAllAsAtOrBelow() {
    Quantiles q = Quantiles.of(new double[] {1, 1, 1, 1, 5});
    assertEquals(0.75, q.cdf(1.0), 0.01);
  }

  @Test
  void theGridDoesNotDependOnInputOrder() {
    assertArrayEquals(
        Quantiles.of(new double[] {3, 1, 2, 2, 9}).grid(),
        Quantiles.of(new double[] {9, 2, 1, 3, 2}).grid(),
        0.0);
  }

  @Test
  void noValuesIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[0]));
  }
}
