package io.retention.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationCurveTest {
  private static final double EXACT = 1e-12;

  @Test
  void groupsIntoEqualWidthBinsAndLeavesEmptyBinsOut() {
    CalibrationCurve curve =
        CalibrationCurve.of(
            new double[] {0.0, 0.1, 0.5, 0.95, 0.9},
            new boolean[] {false, true, false, true, true},
            2);
    // (<= 0.5): 0.0, 0.1, 0.5 with one positive; (> 0.5): 0.95, 0.9, both positive.
    assertEquals(
        List.of(
            new CalibrationCurve.Bin(0, 0.2, 1.0 / 3.0, 3),
            new CalibrationCurve.Bin(1, 0.925, 1.0, 2)),
        curve.bins().stream()
            .map(
                b ->
                    new CalibrationCurve.Bin(
                        b.index(),
                        Math.round(b.meanPredicted() * 1e12) / 1e12,
                        b.observedRate(),
                        b.count()))
            .toList());
    assertEquals(
        (3 * Math.abs(0.2 - 1.0 / 3.0) + 2 * Math.abs(0.925 - 1.0)) / 5.0,
        curve.expectedCalibrationError(),
        EXACT);
  }

  @Test
  void aValueOnAnEdgeBelongsToTheLowerBin() {
    CalibrationCurve curve =
        CalibrationCurve.of(new double[] {0.25, 0.5}, new boolean[] {true, false}, 4);
    assertEquals(0, curve.bins().get(0).index());
    assertEquals(1, curve.bins().get(1).index());
  }

  @Test
  void matchesScikitLearnsUniformCalibrationCurve() {
    CalibrationCurve curve =
        CalibrationCurve.of(SklearnReference.SCORES, SklearnReference.LABELS, 5);
    assertArrayEquals(
        SklearnReference.CALIBRATION_5_PREDICTED,
        curve.bins().stream().mapToDouble(CalibrationCurve.Bin::meanPredicted).toArray(),
        EXACT);
    assertArrayEquals(
        SklearnReference.CALIBRATION_5_OBSERVED,
        curve.bins().stream().mapToDouble(CalibrationCurve.Bin::observedRate).toArray(),
        EXACT);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CalibrationCurve.of(new double[] {0.5}, new boolean[] {true}, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> CalibrationCurve.of(new double[] {2.0}, new boolean[] {true}, 10));
    assertThrows(IllegalArgumentException.class, () -> new CalibrationCurve.Bin(0, 0.5, 0.5, 0));
    assertThrows(IllegalArgumentException.class, () -> new CalibrationCurve(0, List.of()));
  }
}
