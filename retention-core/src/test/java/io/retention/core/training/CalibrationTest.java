package io.retention.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.evaluation.BinaryMetrics;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /** Raw scores that are over-confident: the true probability is sqrt-shrunk towards 1/2. */
  private static double[][] overConfident(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] raw = new double[n];
    double[] truth = new double[n];
    for (int i = 0; i < n; i++) {
      double z = r.nextGaussian() * 2.0;
      truth[i] = 1.0 / (1.0 + Math.exp(-z));
      raw[i] = 1.0 / (1.0 + Math.exp(-3.0 * z));
    }
    return new double[][] {raw, truth};
  }

  private static boolean[] draw(double[] truth, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    boolean[] y = new boolean[truth.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = r.nextDouble() < truth[i];
    }
    return y;
  }

  @Test
  void plattScalingRecoversAKnownLogisticDistortion() {
    double[][] d = overConfident(20000, 1);
    boolean[] y = draw(d[1], 2);
    Calibration.Platt platt = (Calibration.Platt) Calibration.Method.PLATT.fit(d[0], y);
    // raw logit = 3z, truth = sigmoid(z): a ≈ -1/3, b ≈ 0 in p = 1/(1 + exp(a·logit + b)).
    assertEquals(-1.0 / 3.0, platt.a(), 0.03);
    assertEquals(0.0, platt.b(), 0.05);
  }

  @Test
  void plattScalingMatchesAHandSolvedCase() {
    // Two raw values with smoothed targets; the optimum puts each prediction on its target.
    double[] raw = {0.2, 0.2, 0.8, 0.8};
    boolean[] y = {false, false, true, true};
    Calibration c = Calibration.Method.PLATT.fit(raw, y);
    double hi = 3.0 / 4.0;
    double lo = 1.0 / 4.0;
    assertEquals(hi, c.apply(0.8), 1e-6);
    assertEquals(lo, c.apply(0.2), 1e-6);
  }

  @Test
  void calibrationLowersTheBrierScoreOfOverConfidentScoresOnFreshData() {
    double[][] fit = overConfident(5000, 3);
    boolean[] fitY = draw(fit[1], 4);
    double[][] test = overConfident(5000, 5);
    boolean[] testY = draw(test[1], 6);
    double before = BinaryMetrics.brierScore(test[0], testY);
    for (Calibration.Method m :
        new Calibration.Method[] {Calibration.Method.PLATT, Calibration.Method.ISOTONIC}) {
      Calibration c = m.fit(fit[0], fitY);
      double[] after = new double[test[0].length];
      for (int i = 0; i < after.length; i++) {
        after[i] = c.apply(test[0][i]);
      }
      double brier = BinaryMetrics.brierScore(after, testY);
      assertTrue(brier < before - 0.005, m + ": " + before + " -> " + brier);
    }
  }

  @Test
  void isotonicRegressionPoolsAdjacentViolatorsAsComputedByHand() {
    // Sorted labels 0, 1, 0, 1, 1: the violator pair (1, 0) pools to 1/2.
    double[] raw = {0.1, 0.2, 0.3, 0.4, 0.5};
    boolean[] y = {false, true, false, true, true};
    Calibration.Isotonic iso = (Calibration.Isotonic) Calibration.Method.ISOTONIC.fit(raw, y);
    assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, iso.knots(), 0.0);
    assertArrayEquals(new double[] {0.0, 0.5, 0.5, 1.0, 1.0}, iso.values(), 0.0);
    assertEquals(0.0, iso.apply(0.0));
    assertEquals(0.25, iso.apply(0.15), 1e-12);
    assertEquals(0.5, iso.apply(0.25), 1e-12);
    assertEquals(1.0, iso.apply(0.9));
    assertTrue(iso.describe().contains("5 knots"));
  }

  @Test
  void isotonicRegressionIsNonDecreasingAndIgnoresInputOrder() {
    double[][] d = overConfident(500, 7);
    boolean[] y = draw(d[1], 8);
    Calibration a = Calibration.Method.ISOTONIC.fit(d[0], y);
    double[] rawReversed = new double[500];
    boolean[] yReversed = new boolean[500];
    for (int i = 0; i < 500; i++) {
      rawReversed[i] = d[0][499 - i];
      yReversed[i] = y[499 - i];
    }
    assertEquals(a, Calibration.Method.ISOTONIC.fit(rawReversed, yReversed));
    double previous = -1;
    for (double p = 0.0; p <= 1.0; p += 0.01) {
      double v = a.apply(p);
      assertTrue(v >= previous);
      previous = v;
    }
  }

  @Test
  void noCalibrationIsTheIdentity() {
    Calibration c = Calibration.Method.NONE.fit(new double[] {0.3}, new boolean[] {true});
    assertEquals(0.3, c.apply(0.3));
    assertEquals("none", c.describe());
  }

  @Test
  void rejectsBadInputs() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Calibration.Method.PLATT.fit(new double[0], new boolean[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> Calibration.Method.PLATT.fit(new double[] {1.2}, new boolean[] {true}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Calibration.Method.ISOTONIC.fit(new double[] {0.2}, new boolean[] {true, false}));
    assertThrows(IllegalArgumentException.class, () -> new Calibration.Platt(Double.NaN, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Calibration.Isotonic(new double[] {0.2, 0.1}, new double[] {0.1, 0.2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Calibration.Isotonic(new double[] {0.1, 0.2}, new double[] {0.3, 0.2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Calibration.Isotonic(new double[0], new double[0]));
    assertNotEquals(
        new Calibration.Isotonic(new double[] {0.1}, new double[] {0.1}),
        new Calibration.Isotonic(new double[] {0.1}, new double[] {0.2}));
    assertTrue(new Calibration.Platt(1, 2).describe().contains("Platt"));
  }
}
