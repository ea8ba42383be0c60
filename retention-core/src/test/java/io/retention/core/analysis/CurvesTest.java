package io.retention.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.analysis.RunSummary.CurvePoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurvesTest {
  private static final double[] SCORES = {0.9, 0.8, 0.8, 0.3, 0.1};
  private static final boolean[] LABELS = {true, true, false, false, true};

  @Test
  void rocStepsOncePerDistinctScoreWithTiesTogether() {
    assertEquals(
        List.of(
            new CurvePoint(0.0, 0.0),
            new CurvePoint(0.0, 1.0 / 3),
            new CurvePoint(0.5, 2.0 / 3),
            new CurvePoint(1.0, 2.0 / 3),
            new CurvePoint(1.0, 1.0)),
        Curves.roc(SCORES, LABELS, 100));
  }

  @Test
  void precisionRecallStartsAtRecallZeroAndEndsAtRecallOne() {
    assertEquals(
        List.of(
            new CurvePoint(0.0, 1.0),
            new CurvePoint(1.0 / 3, 1.0),
            new CurvePoint(2.0 / 3, 2.0 / 3),
            new CurvePoint(2.0 / 3, 0.5),
            new CurvePoint(1.0, 0.6)),
        Curves.precisionRecall(SCORES, LABELS, 100));
  }

  @Test
  void thinningKeepsBothEndsAndTheCap() {
    List<CurvePoint> points = new ArrayList<>();
    for (int i = 0; i <= 1000; i++) {
      points.add(new CurvePoint(i / 1000.0, i / 1000.0));
    }
    List<CurvePoint> thin = Curves.thin(points, 11);
    assertEquals(11, thin.size());
    assertEquals(points.get(0), thin.get(0));
    assertEquals(points.get(1000), thin.get(10));
    assertEquals(new CurvePoint(0.5, 0.5), thin.get(5));
  }

  @Test
  void scoresAndLabelsMustPairUp() {
    assertThrows(
        IllegalArgumentException.class, () -> Curves.roc(new double[] {0.1}, new boolean[0], 10));
  }
}
