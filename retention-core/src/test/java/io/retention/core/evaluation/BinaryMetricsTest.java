package io.retention.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinaryMetricsTest {

  private static final double EXACT = 1e-12;

  /** The definition: the share of (positive, negative) pairs ordered correctly, ties counting ½. */
  private static double pairwiseAuc(double[] scores, boolean[] positive) {
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < scores.length; i++) {
      for (int j = 0; j < scores.length; j++) {
        if (positive[i] && !positive[j]) {
          pairs++;
          if (scores[i] > scores[j]) {
            wins += 1;
          } else if (scores[i] == scores[j]) {
            wins += 0.5;
          }
        }
      }
    }
    return wins / pairs;
  }

  @Test
  void rocAucMatchesAHandComputedExample() {
    // Pairs (pos, neg): (0.35, 0.1) win, (0.35, 0.4) loss, (0.8, 0.1) win, (0.8, 0.4) win: 3 of 4.
    double auc =
        BinaryMetrics.rocAuc(
            new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true});

    assertEquals(0.75, auc, EXACT);
  }

  @Test
  void rocAucCountsATiedPairAsOneHalf() {
    // Positives {0.5, 0.8}, negatives {0.5, 0.2}: 0.5 + 1 + 1 + 1 = 3.5 of 4 pairs.
    double auc =
        BinaryMetrics.rocAuc(
            new double[] {0.5, 0.5, 0.2, 0.8}, new boolean[] {true, false, false, true});

    assertEquals(0.875, auc, EXACT);
  }

  @Test
  void rocAucHandlesATieGroupWithSeveralExamplesOfEachClass() {
    // Positives {0.3, 0.3, 0.9}, negatives {0.3, 0.3, 0.1}.
    // 0.3 vs {0.3, 0.3, 0.1}: 0.5 + 0.5 + 1 = 2, twice; 0.9 beats all three: 3. Total 7 of 9.
    double auc =
        BinaryMetrics.rocAuc(
            new double[] {0.3, 0.3, 0.3, 0.3, 0.1, 0.9},
            new boolean[] {true, false, true, false, false, true});

    assertEquals(7.0 / 9.0, auc, EXACT);
  }

  @Test
  void rocAucIsOneHalfWhenAllScoresAreTied() {
    double auc =
        BinaryMetrics.rocAuc(
            new double[] {0.4, 0.4, 0.4, 0.4, 0.4},
            new boolean[] {true, false, false, true, false});

    assertEquals(0.5, auc, EXACT);
  }

  @Test
  void rocAucIsOneForAPerfectRanking() {
    double auc =
        BinaryMetrics.rocAuc(
            new double[] {0.9, 0.1, 0.8, 0.2, 0.3},
            new boolean[] {true, false, true, false, false});

    assertEquals(1.0, auc, EXACT);
  }

  @Test
  void rocAucIsZeroForAnInvertedRanking() {
    double auc =
        BinaryMetrics.rocAuc(
            new double[] {0.1, 0.9, 0.2, 0.8, 0.7},
            new boolean[] {true, false, true, false, false});

    assertEquals(0.0, auc, EXACT);
  }

  @Test
  void rocAucOfNegatedScoresIsOneMinusTheOriginal() {
    double[] scores = {0.1, 0.4, 0.35, 0.8, 0.4};
    double[] negated = {-0.1, -0.4, -0.35, -0.8, -0.4};
    boolean[] positive = {false, true, true, true, false};

    assertEquals(
        1.0 - BinaryMetrics.rocAuc(scores, positive),
        BinaryMetrics.rocAuc(negated, positive),
        EXACT);
  }

  @Test
  void rocAucTreatsPositiveAndNegativeZeroAsATie() {
    double auc = BinaryMetrics.rocAuc(new double[] {-0.0, 0.0}, new boolean[] {true, false});

    assertEquals(0.5, auc, EXACT);
  }

  @Test
  void rocAucAgreesWithThePairwiseDefinitionOnRandomDataWithManyTies() {
    Random random = new Random(20240301L);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(60);
      double[] scores = new double[n];
      boolean[] positive = new boolean[n];
      for (int i = 0; i < n; i++) {
        scores[i] = random.nextInt(6) / 5.0; // six distinct values: plenty of ties
        positive[i] = random.nextBoolean();
      }
      positive[0] = true;
      positive[1] = false;

      assertEquals(
          pairwiseAuc(scores, positive),
          BinaryMetrics.rocAuc(scores, positive),
          1e-9,
          "trial " + trial);
    }
  }

  @Test
  void rocAucDoesNotDependOnExampleOrder() {
    double[] scores = {0.2, 0.7, 0.7, 0.1, 0.5, 0.9};
    boolean[] positive = {false, true, false, false, true, true};
    double[] reversedScores = new double[scores.length];
    boolean[] reversedPositive = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      reversedScores[i] = scores[scores.length - 1 - i];
      reversedPositive[i] = positive[scores.length - 1 - i];
    }

    assertEquals(
        BinaryMetrics.rocAuc(scores, positive),
        BinaryMetrics.rocAuc(reversedScores, reversedPositive),
        EXACT);
  }

  @Test
  void rocAucRejectsArraysOfDifferentLengths() {
    double[] scores = {0.1, 0.2, 0.3};
    boolean[] positive = {true, false};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BinaryMetrics.rocAuc(scores, positive));
    assertTrue(e.getMessage().contains("3 vs 2"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rocAucRejectsANonFiniteScoreNamingItsPosition(double bad) {
    double[] scores = {0.1, bad, 0.3};
    boolean[] positive = {true, false, true};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BinaryMetrics.rocAuc(scores, positive));
    assertTrue(e.getMessage().startsWith("score 1 "), e.getMessage());
  }

  @Test
  void rocAucNeedsBothClasses() {
    double[] scores = {0.1, 0.2};

    IllegalArgumentException allPositive =
        assertThrows(
            IllegalArgumentException.class,
            () -> BinaryMetrics.rocAuc(scores, new boolean[] {true, true}));
    assertTrue(allPositive.getMessage().contains("both classes"), allPositive.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> BinaryMetrics.rocAuc(scores, new boolean[] {false, false}));
    assertThrows(
        IllegalArgumentException.class, () -> BinaryMetrics.rocAuc(new double[0], new boolean[0]));
  }

  @Test
  void positiveRateIsTheShareOfPositives() {
    assertEquals(0.6, BinaryMetrics.positiveRate(new boolean[] {true, false, false, true, true}));
    assertEquals(0.0, BinaryMetrics.positiveRate(new boolean[] {false, false}));
    assertEquals(1.0, BinaryMetrics.positiveRate(new boolean[] {true}));
  }

  @Test
  void positiveRateOfNoExamplesIsNaN() {
    assertTrue(Double.isNaN(BinaryMetrics.positiveRate(new boolean[0])));
  }

  @Test
  void averagePrecisionMatchesAHandComputedExample() {
    // Descending: 0.9 (+), 0.8 (-), 0.7 (+), 0.1 (-). Steps at recall 1/2 (precision 1) and
    // recall 1 (precision 2/3): AP = 0.5 * 1 + 0.5 * 2/3 = 5/6.
    double ap =
        BinaryMetrics.averagePrecision(
            new double[] {0.1, 0.8, 0.9, 0.7}, new boolean[] {false, false, true, true});
    assertEquals(5.0 / 6.0, ap, EXACT);
  }

  @Test
  void averagePrecisionTakesATieGroupAsOneStep() {
    // All tied: one step to recall 1 at precision 2/4.
    double ap =
        BinaryMetrics.averagePrecision(
            new double[] {0.3, 0.3, 0.3, 0.3}, new boolean[] {true, false, true, false});
    assertEquals(0.5, ap, EXACT);
  }

  @Test
  void averagePrecisionNeedsAPositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BinaryMetrics.averagePrecision(new double[] {0.1}, new boolean[] {false}));
  }

  @Test
  void logLossMatchesAHandComputedExample() {
    double loss = BinaryMetrics.logLoss(new double[] {0.8, 0.4}, new boolean[] {true, false});
    assertEquals(-(Math.log(0.8) + Math.log(0.6)) / 2.0, loss, EXACT);
  }

  @Test
  void logLossOfAConfidentMistakeIsLargeButFinite() {
    double loss = BinaryMetrics.logLoss(new double[] {0.0}, new boolean[] {true});
    assertEquals(-Math.log(BinaryMetrics.LOG_LOSS_EPSILON), loss, 1e-9);
  }

  @Test
  void brierScoreIsTheMeanSquaredError() {
    double brier =
        BinaryMetrics.brierScore(new double[] {0.8, 0.4, 1.0}, new boolean[] {true, false, true});
    assertEquals((0.04 + 0.16 + 0.0) / 3.0, brier, EXACT);
  }

  @Test
  void probabilityMetricsRejectValuesOutsideTheUnitIntervalAndEmptyInput() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BinaryMetrics.brierScore(new double[] {1.5}, new boolean[] {true}));
    assertThrows(
        IllegalArgumentException.class,
        () -> BinaryMetrics.logLoss(new double[] {Double.NaN}, new boolean[] {true}));
    assertThrows(
        IllegalArgumentException.class,
        () -> BinaryMetrics.brierScore(new double[0], new boolean[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> BinaryMetrics.logLoss(new double[] {0.5}, new boolean[] {true, false}));
  }

  @Test
  void separationFoldsAnInverselyRelatedFeatureAboveOneHalf() {
    boolean[] labels = {false, false, true, true};
    assertEquals(1.0, BinaryMetrics.separation(new double[] {4, 3, 2, 1}, labels), EXACT);
    assertEquals(1.0, BinaryMetrics.separation(new double[] {1, 2, 3, 4}, labels), EXACT);
    assertEquals(0.75, BinaryMetrics.separation(new double[] {1, 3, 2, 4}, labels), EXACT);
  }

  @Test
  void everyMetricMatchesScikitLearnOnTheReferenceSample() {
    double[] s = SklearnReference.SCORES;
    boolean[] y = SklearnReference.LABELS;
    assertEquals(SklearnReference.ROC_AUC, BinaryMetrics.rocAuc(s, y), EXACT);
    assertEquals(SklearnReference.AVERAGE_PRECISION, BinaryMetrics.averagePrecision(s, y), EXACT);
    assertEquals(SklearnReference.LOG_LOSS, BinaryMetrics.logLoss(s, y), EXACT);
    assertEquals(SklearnReference.BRIER, BinaryMetrics.brierScore(s, y), EXACT);
  }
}
