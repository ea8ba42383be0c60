package io.retention.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThresholdPolicyTest {
  private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2};
  private static final boolean[] LABELS = {true, false, true, true, false, true, false};

  @Test
  void aFixedThresholdIsReturnedAsItIs() {
    assertEquals(0.5, ThresholdPolicy.HALF.choose(SCORES, LABELS));
    assertThrows(IllegalArgumentException.class, () -> new ThresholdPolicy.Fixed(Double.NaN));
  }

  @Test
  void maxF1PicksTheThresholdWithTheBestF1() {
    // At 0.3: tp 4, fp 2, fn 0, F1 = 8/10; at 0.6: tp 3, fp 1, fn 1, F1 = 6/8. 0.3 wins.
    double t = new ThresholdPolicy.MaxF1().choose(SCORES, LABELS);
    assertEquals(0.3, t);
    double best = ConfusionMatrix.at(SCORES, LABELS, t).f1();
    for (double candidate : SCORES) {
      assertTrue(ConfusionMatrix.at(SCORES, LABELS, candidate).f1() <= best);
    }
  }

  @Test
  void maxF1OnTheReferenceSampleBeatsOneHalf() {
    double t = new ThresholdPolicy.MaxF1().choose(SklearnReference.SCORES, SklearnReference.LABELS);
    assertTrue(
        ConfusionMatrix.at(SklearnReference.SCORES, SklearnReference.LABELS, t).f1()
            >= SklearnReference.F1_AT_HALF);
  }

  @Test
  void costsPickTheCheapestThreshold() {
    // Missing a churner costs 10, a wasted offer 1: flag down to 0.3 (fp 2, fn 0, cost 2).
    assertEquals(0.3, new ThresholdPolicy.Costs(1.0, 10.0).choose(SCORES, LABELS));
    // A wasted offer costs 10, a miss 1: flag nobody costs 4; flag 0.9 alone costs 3.
    assertEquals(0.9, new ThresholdPolicy.Costs(10.0, 1.0).choose(SCORES, LABELS));
  }

  @Test
  void costsCanDecideToFlagNobody() {
    double t =
        new ThresholdPolicy.Costs(10.0, 1.0)
            .choose(new double[] {0.9, 0.1}, new boolean[] {false, true});
    assertTrue(t > 0.9);
    assertEquals(
        0,
        ConfusionMatrix.at(new double[] {0.9, 0.1}, new boolean[] {false, true}, t).truePositives()
            + ConfusionMatrix.at(new double[] {0.9, 0.1}, new boolean[] {false, true}, t)
                .falsePositives());
  }

  @Test
  void costsMustBeFiniteNotNegativeAndNotBothZero() {
    assertThrows(IllegalArgumentException.class, () -> new ThresholdPolicy.Costs(-1.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> new ThresholdPolicy.Costs(1.0, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new ThresholdPolicy.Costs(0.0, 0.0));
  }

  @Test
  void dataDrivenPoliciesNeedExamples() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ThresholdPolicy.MaxF1().choose(new double[0], new boolean[0]));
  }

  @Test
  void descriptionsNameThePolicy() {
    assertTrue(ThresholdPolicy.HALF.describe().contains("0.5"));
    assertTrue(new ThresholdPolicy.MaxF1().describe().contains("F1"));
    assertTrue(new ThresholdPolicy.Costs(1, 5).describe().contains("cost"));
    assertFalse(new ThresholdPolicy.Costs(1, 5).describe().isBlank());
  }
}
