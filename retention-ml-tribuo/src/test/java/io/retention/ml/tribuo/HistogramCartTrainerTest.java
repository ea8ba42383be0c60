package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.testing.TestCustomers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;

class HistogramCartTrainerTest {
  private static final int FEATURES = 4;
  private static final double TOLERANCE = 1e-9;

  /** Rows of {@link #FEATURES} features with few distinct values and a noisy label. */
  private static FeatureMatrix rows(int n, long seed, double step) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> names = new ArrayList<>();
    for (int j = 0; j < FEATURES; j++) {
      names.add("f" + j);
    }
    double[][] values = new double[n][FEATURES];
    List<CustomerId> ids = new ArrayList<>();
    List<ChurnLabel> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < FEATURES; j++) {
        values[i][j] = Math.rint(TestCustomers.gaussian(random) / step) * step;
      }
      double logit = 2.0 * values[i][0] - values[i][1] + values[i][2] * values[i][3] - 0.5;
      ids.add(CustomerId.of(String.format(Locale.ROOT, "r%05d", i)));
      labels.add(ChurnLabel.of(random.nextDouble() < 1.0 / (1.0 + Math.exp(-logit))));
    }
    return new FeatureMatrix(new FeatureSchema(names), ids, values, labels);
  }

  /** A matrix, its Tribuo dataset and its binned rows, as the forest trainer builds them. */
  private record Fixture(
      FeatureMatrix matrix,
      String[] names,
      MutableDataset<Label> dataset,
      HistogramCartTrainer.Rows rows) {
    static Fixture of(FeatureMatrix m, ClassWeights weights, int maxBins) {
      int[] columns = new int[m.schema().size()];
      Arrays.setAll(columns, j -> j);
      String[] names = TribuoData.names(m, columns);
      MutableDataset<Label> dataset = TribuoData.dataset(m, columns, names, weights);
      return new Fixture(
          m,
          names,
          dataset,
          HistogramCartTrainer.Rows.of(m, columns, dataset.getFeatureIDMap(), weights, maxBins));
    }

    /** The values of every row in Tribuo feature id order. */
    double[][] byId() {
      double[][] out = new double[matrix.size()][names.length];
      for (int id = 0; id < names.length; id++) {
        int column = matrix.schema().names().indexOf(dataset.getFeatureIDMap().get(id).getName());
        for (int i = 0; i < out.length; i++) {
          out[i][id] = matrix.get(i, column);
        }
      }
      return out;
    }

    /** The values of every row in schema order (the order of {@link #names}). */
    double[][] schemaOrder() {
      double[][] out = new double[matrix.size()][];
      Arrays.setAll(out, i -> matrix.row(i).toArray());
      return out;
    }

    double weight(int row) {
      return rows.classWeights()[rows.classOf()[row]];
    }
  }

  private static int[] ones(int n) {
    int[] counts = new int[n];
    Arrays.fill(counts, 1);
    return counts;
  }

  private static TreeModel<Label> train(HistogramCartTrainer trainer, Fixture fixture) {
    return trainer.train(fixture.dataset());
  }

  /** Weighted Gini impurity times weight, of per-class weights. */
  private static double weightedGini(double[] classWeights) {
    double w = Arrays.stream(classWeights).sum();
    double sq = 0.0;
    for (double c : classWeights) {
      sq += c * c;
    }
    return w - sq / w;
  }

  private static double[] classWeightsOf(Fixture fx, List<Integer> rows, int[] counts) {
    double[] out = new double[2];
    for (int r : rows) {
      out[fx.rows().classOf()[r]] += counts[r] * fx.weight(r);
    }
    return out;
  }

  /**
   * Checks, node by node, that each split is the best bin boundary of any feature for the rows
   * reaching it, that each leaf could not be split or had nothing to gain, and that each leaf holds
   * the weighted class shares of its rows.
   */
  private static void checkAgainstExhaustiveSearch(
      Node<Label> node,
      List<Integer> rows,
      int depth,
      Fixture fx,
      int[] counts,
      int maxDepth,
      float minChildWeight) {
    double[][] values = fx.byId();
    BinnedColumns bins = fx.rows().columns();
    double[] parent = classWeightsOf(fx, rows, counts);
    double parentImpurity = weightedGini(parent);
    double parentWeight = parent[0] + parent[1];
    double best = Double.POSITIVE_INFINITY;
    for (int f = 0; f < bins.columns(); f++) {
      for (int b = 0; b + 1 < bins.bins(f); b++) {
        double[] left = new double[2];
        for (int r : rows) {
          if (bins.code(f, r) <= b) {
            left[fx.rows().classOf()[r]] += counts[r] * fx.weight(r);
          }
        }
        double[] right = {parent[0] - left[0], parent[1] - left[1]};
        if (left[0] + left[1] > 0 && right[0] + right[1] > 0) {
          best = Math.min(best, weightedGini(left) + weightedGini(right));
        }
      }
    }
    if (node instanceof SplitNode<Label> split) {
      List<Integer> low = new ArrayList<>();
      List<Integer> high = new ArrayList<>();
      for (int r : rows) {
        (values[r][split.getFeatureID()] > split.splitValue() ? high : low).add(r);
      }
      double chosen =
          weightedGini(classWeightsOf(fx, low, counts))
              + weightedGini(classWeightsOf(fx, high, counts));
      assertEquals(best, chosen, TOLERANCE * parentWeight, "split at depth " + depth);
      assertTrue(chosen < parentImpurity, "a split must lower the impurity");
      int maxLow = low.stream().mapToInt(r -> bins.code(split.getFeatureID(), r)).max().orElse(-1);
      int minHigh = high.stream().mapToInt(r -> bins.code(split.getFeatureID(), r)).min().orElse(0);
      assertTrue(maxLow < minHigh, "the split falls on a bin boundary");
      checkAgainstExhaustiveSearch(
          split.getLessThanOrEqual(), low, depth + 1, fx, counts, maxDepth, minChildWeight);
      checkAgainstExhaustiveSearch(
          split.getGreaterThan(), high, depth + 1, fx, counts, maxDepth, minChildWeight);
    } else {
      LeafNode<Label> leaf = assertInstanceOf(LeafNode.class, node);
      assertEquals(
          parent[HistogramCartTrainer.Rows.CHURNED] / parentWeight,
          leaf.getDistribution().get(TribuoData.CHURNED).getScore(),
          TOLERANCE);
      boolean stopped =
          parentImpurity <= TOLERANCE * parentWeight
              || depth >= maxDepth
              || parentWeight < minChildWeight
              || best >= parentImpurity - TOLERANCE * parentWeight;
      assertTrue(stopped, "a leaf at depth " + depth + " could have been split");
    }
  }

  private static List<Integer> sampled(int[] counts) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < counts.length; r++) {
      if (counts[r] > 0) {
        rows.add(r);
      }
    }
    return rows;
  }

  @Test
  void everySplitIsTheBestBinBoundaryOfAnExhaustiveSearch() {
    Fixture fx = Fixture.of(rows(400, 3, 0.05), ClassWeights.BALANCED, 8);
    int[] counts = TribuoRandomForestTrainer.bootstrapCounts(400, 17L);
    int maxDepth = 5;
    float minChildWeight = 10.0f;
    HistogramCartTrainer trainer =
        new HistogramCartTrainer(fx.rows(), counts, 17L, maxDepth, minChildWeight, 1.0f, 5L);
    TreeModel<Label> tree = train(trainer, fx);
    assertInstanceOf(SplitNode.class, tree.getRoot());
    checkAgainstExhaustiveSearch(
        tree.getRoot(), sampled(counts), 0, fx, counts, maxDepth, minChildWeight);
  }

  @Test
  void exactSplitsWhenEveryDistinctValueHasItsBin() {
    Fixture fx = Fixture.of(rows(300, 4, 0.25), ClassWeights.NONE, BinnedColumns.MAX_BINS);
    int[] counts = ones(300);
    HistogramCartTrainer trainer =
        new HistogramCartTrainer(fx.rows(), counts, 0L, 4, 5.0f, 1.0f, 1L);
    TreeModel<Label> tree = train(trainer, fx);
    checkAgainstExhaustiveSearch(tree.getRoot(), sampled(counts), 0, fx, counts, 4, 5.0f);
  }

  @Test
  void leafCoversAreTheSampledWeightsReachingEachLeafAndAddUpToTheSample() {
    Fixture fx = Fixture.of(rows(500, 5, 0.01), ClassWeights.BALANCED, 16);
    int[] counts = TribuoRandomForestTrainer.bootstrapCounts(500, 3L);
    HistogramCartTrainer trainer =
        new HistogramCartTrainer(fx.rows(), counts, 3L, 6, 4.0f, 0.5f, 9L);
    TreeModel<Label> tree = train(trainer, fx);
    double[] weights = new double[500];
    double total = 0.0;
    for (int r = 0; r < weights.length; r++) {
      weights[r] = counts[r] * (double) fx.weight(r);
      total += weights[r];
    }
    double[] covers = trainer.leafCovers();
    double[] expected = TreeCovers.leafCovers(tree, fx.names(), fx.schemaOrder(), weights);
    assertArrayEquals(expected, covers, TOLERANCE);
    assertEquals(total, Arrays.stream(covers).sum(), TOLERANCE * total);
  }

  @Test
  void aRowDrawnThreeTimesWeighsAsMuchAsThreeCopies() {
    FeatureMatrix base = rows(120, 6, 0.5);
    int[] counts = new int[base.size()];
    SplittableRandom random = new SplittableRandom(8);
    List<double[]> copies = new ArrayList<>();
    List<ChurnLabel> labels = new ArrayList<>();
    List<CustomerId> ids = new ArrayList<>();
    for (int r = 0; r < counts.length; r++) {
      counts[r] = random.nextInt(4);
      for (int k = 0; k < counts[r]; k++) {
        copies.add(base.row(r).toArray());
        labels.add(base.labels().get(r));
        ids.add(CustomerId.of("c" + ids.size()));
      }
    }
    FeatureMatrix copied =
        new FeatureMatrix(base.schema(), ids, copies.toArray(new double[0][]), labels);
    // Few distinct values: both bin every distinct value alone, so the bins agree.
    Fixture counted = Fixture.of(base, ClassWeights.NONE, BinnedColumns.MAX_BINS);
    Fixture repeated = Fixture.of(copied, ClassWeights.NONE, BinnedColumns.MAX_BINS);
    HistogramCartTrainer a = new HistogramCartTrainer(counted.rows(), counts, 0L, 4, 2f, 1f, 1L);
    HistogramCartTrainer b =
        new HistogramCartTrainer(repeated.rows(), ones(copied.size()), 0L, 4, 2f, 1f, 1L);
    TreeModel<Label> ta = train(a, counted);
    TreeModel<Label> tb = train(b, repeated);
    assertArrayEquals(a.leafCovers(), b.leafCovers(), 0.0);
    for (int r = 0; r < base.size(); r++) {
      ArrayExample<Label> e =
          new ArrayExample<>(
              TribuoData.LABELS.getUnknownOutput(), counted.names(), base.row(r).toArray());
      assertEquals(
          TribuoTrees.churnedShare(ta.predict(e).getOutputScores()),
          TribuoTrees.churnedShare(tb.predict(e).getOutputScores()),
          0.0);
    }
  }

  @Test
  void classWeightsSetTheLeafDistributions() {
    Fixture fx = Fixture.of(rows(200, 7, 0.1), ClassWeights.BALANCED, 32);
    int[] counts = ones(200);
    HistogramCartTrainer trainer = new HistogramCartTrainer(fx.rows(), counts, 0L, 1, 1f, 1f, 1L);
    TreeModel<Label> stump = train(trainer, fx);
    // Balanced weights make both classes weigh the same in all: the weighted churned shares of
    // the two leaves, weighted by the leaves' covers, average to one half.
    SplitNode<Label> split = assertInstanceOf(SplitNode.class, stump.getRoot());
    double[] covers = trainer.leafCovers();
    double low =
        ((LeafNode<Label>) split.getLessThanOrEqual())
            .getDistribution()
            .get(TribuoData.CHURNED)
            .getScore();
    double high =
        ((LeafNode<Label>) split.getGreaterThan())
            .getDistribution()
            .get(TribuoData.CHURNED)
            .getScore();
    // (up to the float rounding of the class weights)
    double floatRounding = 1e-6;
    assertEquals(
        0.5, (low * covers[0] + high * covers[1]) / (covers[0] + covers[1]), floatRounding);
    assertEquals(200.0, covers[0] + covers[1], 200.0 * floatRounding);
  }

  @Test
  void pureNodesBecomeLeaves() {
    FeatureMatrix base = rows(200, 9, 0.1);
    List<ChurnLabel> labels = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      labels.add(ChurnLabel.of(base.get(i, 0) > 0.0));
    }
    double[][] values = new double[base.size()][];
    Arrays.setAll(values, i -> base.row(i).toArray());
    FeatureMatrix separable = new FeatureMatrix(base.schema(), base.ids(), values, labels);
    Fixture fx = Fixture.of(separable, ClassWeights.NONE, BinnedColumns.MAX_BINS);
    HistogramCartTrainer trainer =
        new HistogramCartTrainer(fx.rows(), ones(200), 0L, 6, 1f, 1f, 1L);
    TreeModel<Label> tree = train(trainer, fx);
    SplitNode<Label> root = assertInstanceOf(SplitNode.class, tree.getRoot());
    assertInstanceOf(LeafNode.class, root.getLessThanOrEqual());
    assertInstanceOf(LeafNode.class, root.getGreaterThan());
    assertEquals(0.0, root.getLessThanOrEqual().getImpurity());
    assertEquals(0.0, root.getGreaterThan().getImpurity());
    assertEquals(2, trainer.leafCovers().length);
  }

  @Test
  void aSampleOfOneClassIsASingleLeaf() {
    Fixture fx = Fixture.of(rows(100, 10, 0.1), ClassWeights.NONE, 16);
    int[] counts = new int[100];
    for (int r = 0; r < counts.length; r++) {
      counts[r] = fx.rows().classOf()[r] == HistogramCartTrainer.Rows.CHURNED ? 2 : 0;
    }
    HistogramCartTrainer trainer = new HistogramCartTrainer(fx.rows(), counts, 0L, 6, 1f, 1f, 1L);
    TreeModel<Label> tree = train(trainer, fx);
    LeafNode<Label> leaf = assertInstanceOf(LeafNode.class, tree.getRoot());
    assertEquals(1.0, leaf.getDistribution().get(TribuoData.CHURNED).getScore());
    assertEquals(Arrays.stream(counts).sum(), trainer.leafCovers()[0], 0.0);
  }

  @Test
  void nodesLighterThanTheMinimumChildWeightAndTheMaximumDepthStopGrowth() {
    Fixture fx = Fixture.of(rows(300, 11, 0.01), ClassWeights.NONE, 64);
    HistogramCartTrainer heavy =
        new HistogramCartTrainer(fx.rows(), ones(300), 0L, 6, 301f, 1f, 1L);
    assertInstanceOf(LeafNode.class, train(heavy, fx).getRoot());
    HistogramCartTrainer shallow =
        new HistogramCartTrainer(fx.rows(), ones(300), 0L, 2, 1f, 1f, 1L);
    TreeModel<Label> tree = train(shallow, fx);
    assertTrue(tree.getDepth() <= 2, "depth " + tree.getDepth());
    assertTrue(shallow.leafCovers().length <= 4);
  }

  @Test
  void theSameSeedsGiveTheSameTreeAndTheProvenanceKeepsThem() {
    Fixture fx = Fixture.of(rows(300, 12, 0.01), ClassWeights.NONE, 32);
    int[] counts = TribuoRandomForestTrainer.bootstrapCounts(300, 77L);
    TreeModel<Label> a =
        train(new HistogramCartTrainer(fx.rows(), counts, 77L, 5, 2f, 0.5f, 123L), fx);
    TreeModel<Label> b =
        train(new HistogramCartTrainer(fx.rows(), counts.clone(), 77L, 5, 2f, 0.5f, 123L), fx);
    assertEquals(a.getRoot(), b.getRoot());
    String provenance = a.getProvenance().getTrainerProvenance().toString();
    assertTrue(provenance.contains("HistogramCartTrainer"), provenance);
    assertTrue(provenance.contains("sampleSeed"), provenance);
  }

  @Test
  void aTrainerGrowsOneTreeOnly() {
    Fixture fx = Fixture.of(rows(100, 13, 0.1), ClassWeights.NONE, 16);
    HistogramCartTrainer trainer =
        new HistogramCartTrainer(fx.rows(), ones(100), 0L, 3, 1f, 1f, 1L);
    assertThrows(IllegalStateException.class, trainer::leafCovers);
    train(trainer, fx);
    assertThrows(IllegalStateException.class, () -> train(trainer, fx));
    assertFalse(trainer.toString().isEmpty());
  }

  @Test
  void badSamplesAndMismatchedDatasetsAreRefused() {
    Fixture fx = Fixture.of(rows(100, 14, 0.1), ClassWeights.NONE, 16);
    assertThrows(
        IllegalArgumentException.class,
        () -> new HistogramCartTrainer(fx.rows(), new int[100], 0L, 3, 1f, 1f, 1L));
    int[] negative = ones(100);
    negative[3] = -1;
    assertThrows(
        IllegalArgumentException.class,
        () -> new HistogramCartTrainer(fx.rows(), negative, 0L, 3, 1f, 1f, 1L));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HistogramCartTrainer(fx.rows(), ones(99), 0L, 3, 1f, 1f, 1L));
    Fixture other = Fixture.of(rows(50, 15, 0.1), ClassWeights.NONE, 16);
    HistogramCartTrainer trainer =
        new HistogramCartTrainer(fx.rows(), ones(100), 0L, 3, 1f, 1f, 1L);
    assertThrows(IllegalArgumentException.class, () -> trainer.train(other.dataset()));
  }

  @Test
  void rowsCheckTheirParts() {
    BinnedColumns columns = BinnedColumns.of(new double[][] {{1, 2, 3}}, 4);
    String[] names = {TribuoData.CHURNED, TribuoData.RETAINED};
    float[] weights = {1f, 1f};
    assertThrows(
        IllegalArgumentException.class,
        () -> new HistogramCartTrainer.Rows(columns, new int[] {0, 1}, names, weights));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HistogramCartTrainer.Rows(columns, new int[] {0, 1, 2}, names, weights));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HistogramCartTrainer.Rows(columns, new int[] {0, 1, 1}, names, new float[] {1f}));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new HistogramCartTrainer.Rows(
                columns, new int[] {0, 1, 1}, names, new float[] {1f, 0f}));
  }
}
