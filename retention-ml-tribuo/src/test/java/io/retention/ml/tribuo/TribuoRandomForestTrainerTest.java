package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

import io.retention.core.contract.ChurnTrainerContract;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.TestCustomers;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class TribuoRandomForestTrainerTest extends ChurnTrainerContract {
  private static final RandomForestConfig SMALL = RandomForestConfig.DEFAULTS.withTrees(20);

  @Override
  protected ChurnTrainer createTrainer() {
    return new TribuoRandomForestTrainer(SMALL);
  }

  @Test
  void probabilitiesDoNotDependOnTheThreadCount() {
    FeatureMatrix training = TestCustomers.separableRows(400, 3);
    FeatureMatrix test = TestCustomers.separableRows(200, 4);
    double[] one =
        new TribuoRandomForestTrainer(SMALL.withThreads(1)).train(training).probabilities(test);
    double[] four =
        new TribuoRandomForestTrainer(SMALL.withThreads(4)).train(training).probabilities(test);
    assertArrayEquals(one, four, 0.0);
  }

  @Test
  void probabilitiesAreAveragesOfLeafDistributionsNotVoteCounts() {
    FeatureMatrix training = TestCustomers.separableRows(400, 3);
    double[] p = new TribuoRandomForestTrainer(SMALL).train(training).probabilities(training);
    long offGrid =
        Arrays.stream(p).filter(v -> Math.abs(v * 20 - Math.rint(v * 20)) > 1e-9).count();
    assertTrue(offGrid > 0, "some probability should not be a multiple of 1/20");
  }

  @Test
  void probabilitiesEqualTribuosFullyWeightedVotingUpToRounding() {
    FeatureMatrix training = TestCustomers.separableRows(300, 3);
    TribuoChurnModel model =
        (TribuoChurnModel) new TribuoRandomForestTrainer(SMALL).train(training);
    for (int i = 0; i < 50; i++) {
      double[] row = training.row(i).toArray();
      double tribuo =
          model
              .model()
              .predict(
                  new org.tribuo.impl.ArrayExample<>(
                      TribuoData.LABELS.getUnknownOutput(), model.names(), row))
              .getOutputScores()
              .get(TribuoData.CHURNED)
              .getScore();
      assertEquals(tribuo, model.probability(training.row(i)), 1e-12);
    }
  }

  @Test
  void anotherSeedGivesAnotherForest() {
    FeatureMatrix training = TestCustomers.separableRows(300, 5);
    double[] a = new TribuoRandomForestTrainer(SMALL).train(training).probabilities(training);
    double[] b =
        new TribuoRandomForestTrainer(SMALL.withSeed(7)).train(training).probabilities(training);
    assertTrue(!Arrays.equals(a, b));
  }

  @Test
  void balancedWeightsRaiseTheProbabilitiesOfARareClass() {
    FeatureMatrix rare = TestCustomers.separableRows(600, 9);
    int churned = 0;
    java.util.List<ChurnLabel> labels = new java.util.ArrayList<>();
    for (int i = 0; i < rare.size(); i++) {
      boolean c = rare.labels().get(i) == ChurnLabel.CHURNED && i % 5 == 0;
      churned += c ? 1 : 0;
      labels.add(ChurnLabel.of(c));
    }
    double[][] rows = new double[rare.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = rare.row(i).toArray();
    }
    FeatureMatrix m = new FeatureMatrix(rare.schema(), rare.ids(), rows, labels);
    double plain =
        Arrays.stream(new TribuoRandomForestTrainer(SMALL).train(m).probabilities(m))
            .average()
            .orElseThrow();
    TribuoRandomForestTrainer balanced =
        new TribuoRandomForestTrainer(SMALL, ClassWeights.BALANCED);
    double weighted = Arrays.stream(balanced.train(m).probabilities(m)).average().orElseThrow();
    assertTrue(weighted > 1.2 * plain, plain + " vs " + weighted + " at rate " + churned);
    assertEquals("random-forest-balanced", balanced.name());
  }

  @Test
  void aSingleFeatureStillSplits() {
    FeatureMatrix base = TestCustomers.separableRows(300, 5);
    double[][] rows = new double[base.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {base.get(i, 0)};
    }
    FeatureMatrix one = new FeatureMatrix(FeatureSchema.of("x0"), base.ids(), rows, base.labels());
    double[] p = new TribuoRandomForestTrainer(SMALL).train(one).probabilities(one);
    boolean[] y = new boolean[p.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = one.labels().get(i) == ChurnLabel.CHURNED;
    }
    assertTrue(BinaryMetrics.rocAuc(p, y) > 0.7);
  }

  @Test
  void progressCountsTreesInOrder() {
    ProgressListener progress = mock(ProgressListener.class);
    new TribuoRandomForestTrainer(SMALL.withTrees(3))
        .train(TestCustomers.separableRows(100, 5), progress);
    InOrder order = inOrder(progress);
    order.verify(progress).started(anyString(), eq(3L));
    order.verify(progress).advanced(1L);
    order.verify(progress).advanced(2L);
    order.verify(progress).advanced(3L);
    order.verify(progress).finished();
  }

  @Test
  void theDescriptionStatesTheShape() {
    String d = createTrainer().train(TestCustomers.separableRows(100, 5)).description();
    assertTrue(d.contains("20 trees"), d);
  }

  @Test
  void configurationRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(0, 5, 5f, 0.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 0, 5f, 0.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 0f, 0.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 5f, 0.0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 5f, 1.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 5f, 0.5, 0, 1));
  }

  @Test
  void theFeatureFractionIsRaisedToOneFeature() {
    assertEquals(1.0f / 3, new RandomForestConfig(5, 5, 5f, 0.1, 1, 1).effectiveFraction(3), 1e-6);
    assertEquals(0.5f, new RandomForestConfig(5, 5, 5f, 0.5, 1, 1).effectiveFraction(10), 1e-6);
  }
}
