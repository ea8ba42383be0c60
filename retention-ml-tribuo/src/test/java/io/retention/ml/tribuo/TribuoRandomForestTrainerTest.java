package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import io.retention.core.explain.DecisionTree;
import io.retention.core.explain.TreeNode;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.TestCustomers;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.TreeModel;

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

  /** The bootstrap seed of every tree, drawn from the configured seed as the trainer does. */
  private static long[] bootstrapSeeds(RandomForestConfig config) {
    SplittableRandom seeds = new SplittableRandom(config.seed());
    long[] out = new long[config.trees()];
    for (int t = 0; t < out.length; t++) {
      out[t] = seeds.nextLong();
      seeds.nextLong();
    }
    return out;
  }

  private static void checkChildrenAddUp(TreeNode node) {
    if (node instanceof TreeNode.Split split) {
      assertEquals(
          split.cover(), split.left().cover() + split.right().cover(), 1e-9 * split.cover());
      checkChildrenAddUp(split.left());
      checkChildrenAddUp(split.right());
    }
  }

  @Test
  void coversAreTheBootstrapWeightsReachingEachNode() {
    FeatureMatrix training = TestCustomers.separableRows(400, 3);
    RandomForestConfig config = SMALL.withTrees(6);
    TribuoChurnModel model =
        (TribuoChurnModel)
            new TribuoRandomForestTrainer(config, ClassWeights.BALANCED).train(training);
    int churned = TribuoData.checkTrainable(training);
    float[] classWeight = ClassWeights.BALANCED.weights(churned, training.size());
    long[] seeds = bootstrapSeeds(config);
    List<DecisionTree> trees = model.forest().orElseThrow().trees();
    double[][] values = new double[training.size()][];
    Arrays.setAll(values, i -> training.row(i).toArray());
    for (int t = 0; t < trees.size(); t++) {
      int[] counts = TribuoRandomForestTrainer.bootstrapCounts(training.size(), seeds[t]);
      double[] weights = new double[counts.length];
      double total = 0.0;
      for (int i = 0; i < counts.length; i++) {
        boolean c = training.labels().get(i) == ChurnLabel.CHURNED;
        weights[i] = counts[i] * (double) classWeight[c ? 0 : 1];
        total += weights[i];
      }
      TreeNode root = trees.get(t).root();
      assertEquals(total, root.cover(), 1e-9 * total);
      checkChildrenAddUp(root);
      @SuppressWarnings("unchecked")
      TreeModel<Label> member = (TreeModel<Label>) model.members().get(t);
      assertArrayEquals(
          TreeCovers.leafCovers(member, model.names(), values, weights),
          TribuoTrees.leafCovers(root),
          1e-9);
    }
  }

  @Test
  void aDecodedForestScoresBitIdenticallyAndKeepsItsCovers() {
    FeatureMatrix training = TestCustomers.separableRows(300, 8);
    FeatureMatrix test = TestCustomers.separableRows(200, 9);
    TribuoChurnModel model =
        (TribuoChurnModel) new TribuoRandomForestTrainer(SMALL).train(training);
    TribuoChurnModelCodec codec = new TribuoChurnModelCodec();
    TribuoChurnModel decoded = (TribuoChurnModel) codec.decode(codec.encode(model));
    assertArrayEquals(model.probabilities(test), decoded.probabilities(test), 0.0);
    List<DecisionTree> trained = model.forest().orElseThrow().trees();
    List<DecisionTree> loaded = decoded.forest().orElseThrow().trees();
    assertEquals(trained.size(), loaded.size());
    for (int t = 0; t < trained.size(); t++) {
      assertEquals(trained.get(t).root(), loaded.get(t).root());
    }
  }

  @Test
  void membersAreTribuoTreesNoDeeperThanConfigured() {
    RandomForestConfig shallow = SMALL.withTrees(5);
    shallow =
        new RandomForestConfig(
            5, 3, shallow.minChildWeight(), 0.5, 2, shallow.seed(), shallow.maxBins());
    TribuoChurnModel model =
        (TribuoChurnModel)
            new TribuoRandomForestTrainer(shallow).train(TestCustomers.separableRows(300, 2));
    assertEquals(5, model.members().size());
    for (org.tribuo.Model<Label> member : model.members()) {
      TreeModel<?> tree = assertInstanceOf(TreeModel.class, member);
      assertTrue(tree.getDepth() <= 3, "depth " + tree.getDepth());
    }
  }

  @Test
  void twoBinsPerFeatureStillLearn() {
    FeatureMatrix training = TestCustomers.separableRows(400, 3);
    double[] p =
        new TribuoRandomForestTrainer(SMALL.withMaxBins(2)).train(training).probabilities(training);
    boolean[] y = new boolean[p.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = training.labels().get(i) == ChurnLabel.CHURNED;
    }
    assertTrue(BinaryMetrics.rocAuc(p, y) > 0.7);
    assertTrue(
        new TribuoRandomForestTrainer(SMALL.withMaxBins(2))
            .train(training)
            .description()
            .contains("at most 2 bins"));
  }

  @Test
  void configurationRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(0, 5, 5f, 0.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 0, 5f, 0.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 0f, 0.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 5f, 0.0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 5f, 1.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 5f, 0.5, 0, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 5f, 0.5, 1, 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new RandomForestConfig(5, 5, 5f, 0.5, 1, 1, 256));
    assertEquals(
        RandomForestConfig.DEFAULT_MAX_BINS, new RandomForestConfig(5, 5, 5f, 0.5, 1, 1).maxBins());
  }

  @Test
  void theFeatureFractionIsRaisedToOneFeature() {
    assertEquals(1.0f / 3, new RandomForestConfig(5, 5, 5f, 0.1, 1, 1).effectiveFraction(3), 1e-6);
    assertEquals(0.5f, new RandomForestConfig(5, 5, 5f, 0.5, 1, 1).effectiveFraction(10), 1e-6);
  }
}
