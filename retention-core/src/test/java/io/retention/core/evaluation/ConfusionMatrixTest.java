package io.retention.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
  private static final double EXACT = 1e-12;

  @Test
  void countsDecisionsWithScoresAtTheThresholdPredictedPositive() {
    ConfusionMatrix m =
        ConfusionMatrix.at(
            new double[] {0.9, 0.5, 0.49, 0.2, 0.7},
            new boolean[] {true, false, true, false, false},
            0.5);
    assertEquals(new ConfusionMatrix(1, 2, 1, 1), m);
    assertEquals(5, m.total());
  }

  @Test
  void derivedRatesMatchTheirDefinitions() {
    ConfusionMatrix m = new ConfusionMatrix(6, 2, 10, 4);
    assertEquals(16.0 / 22.0, m.accuracy(), EXACT);
    assertEquals(6.0 / 8.0, m.precision(), EXACT);
    assertEquals(6.0 / 10.0, m.recall(), EXACT);
    assertEquals(2 * 0.75 * 0.6 / (0.75 + 0.6), m.f1(), EXACT);
    assertEquals(2 * 3.0 + 4 * 5.0, m.cost(3.0, 5.0), EXACT);
  }

  @Test
  void emptyDenominatorsGiveZeroAsScikitLearnReportsThem() {
    ConfusionMatrix none = new ConfusionMatrix(0, 0, 5, 0);
    assertEquals(0.0, none.precision());
    assertEquals(0.0, none.recall());
    assertEquals(0.0, none.f1());
    assertTrue(Double.isNaN(new ConfusionMatrix(0, 0, 0, 0).accuracy()));
  }

  @Test
  void matchesScikitLearnAtOneHalfOnTheReferenceSample() {
    ConfusionMatrix m = ConfusionMatrix.at(SklearnReference.SCORES, SklearnReference.LABELS, 0.5);
    long[] c = SklearnReference.CONFUSION_AT_HALF_TP_FP_TN_FN;
    assertEquals(new ConfusionMatrix(c[0], c[1], c[2], c[3]), m);
    assertEquals(SklearnReference.ACCURACY_AT_HALF, m.accuracy(), EXACT);
    assertEquals(SklearnReference.PRECISION_AT_HALF, m.precision(), EXACT);
    assertEquals(SklearnReference.RECALL_AT_HALF, m.recall(), EXACT);
    assertEquals(SklearnReference.F1_AT_HALF, m.f1(), EXACT);
  }

  @Test
  void rejectsNegativeCountsAndBadCosts() {
    assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(-1, 0, 0, 0));
    ConfusionMatrix m = new ConfusionMatrix(1, 1, 1, 1);
    assertThrows(IllegalArgumentException.class, () -> m.cost(-1.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> m.cost(0.0, 0.0));
  }
}
