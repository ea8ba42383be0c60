package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.ChurnExplainerContract;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnExplainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeShapExplainerTest extends ChurnExplainerContract {
  private static final double EXACT = 1e-12;
  private static final TreeEnsemble CONTRACT_FOREST =
      TreeEnsemble.of(new RandomTrees(21, 6).forest(30, 7));

  @Override
  protected ChurnExplainer createExplainer() {
    return TreeShapExplainer.ofProbabilities(schemaOf(6), CONTRACT_FOREST);
  }

  @Override
  protected List<FeatureVector> rows() {
    RandomTrees random = new RandomTrees(22, 6);
    List<FeatureVector> rows = new ArrayList<>();
    for (int r = 0; r < 20; r++) {
      rows.add(FeatureVector.of(schemaOf(6), random.row()));
    }
    return rows;
  }

  @Override
  protected double prediction(FeatureVector row) {
    return CONTRACT_FOREST.predict(row.toArray());
  }

  static FeatureSchema schemaOf(int m) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      names.add("f" + i);
    }
    return new FeatureSchema(names);
  }

  @Test
  void agreesWithBruteForceShapleyOnRandomTreesOfUpToTenFeatures() {
    for (int m = 1; m <= 10; m++) {
      for (long seed = 0; seed < 6; seed++) {
        RandomTrees random = new RandomTrees(100L * m + seed, m);
        TreeNode tree = random.tree(1 + (int) (seed % 7));
        for (TreeShapExplainer explainer : bothWays(m, TreeEnsemble.of(List.of(tree)))) {
          for (int r = 0; r < 3; r++) {
            double[] x = random.row();
            assertArrayEquals(
                BruteForceShapley.pathDependent(List.of(tree), x),
                explainer.shapValues(x),
                EXACT,
                "m=" + m + " seed=" + seed + " tabled=" + explainer.tabledTrees());
          }
        }
      }
    }
  }

  @Test
  void agreesWithBruteForceShapleyOnRandomForestsOfTenFeatures() {
    for (long seed = 0; seed < 4; seed++) {
      RandomTrees random = new RandomTrees(seed, 10);
      List<TreeNode> forest = random.forest(5, 8);
      for (TreeShapExplainer explainer : bothWays(10, TreeEnsemble.of(forest))) {
        for (int r = 0; r < 3; r++) {
          double[] x = random.row();
          assertArrayEquals(
              BruteForceShapley.pathDependent(forest, x), explainer.shapValues(x), EXACT);
        }
      }
    }
  }

  @Test
  void everyExplanationAddsUpToThePredictionFromTheCoverWeightedBase() {
    RandomTrees random = new RandomTrees(7, 12);
    TreeEnsemble forest = TreeEnsemble.of(random.forest(50, 10));
    for (TreeShapExplainer explainer : bothWays(12, forest)) {
      for (int r = 0; r < 50; r++) {
        double[] x = random.row();
        Explanation e = explainer.explain(FeatureVector.of(schemaOf(12), x));
        assertTrue(e.residual() <= BatchChurnExplainer.MAX_RESIDUAL, "residual " + e.residual());
        assertEquals(forest.expectedValue(), e.baseValue());
        assertEquals(forest.predict(x), e.prediction());
        assertEquals(ExplanationSpace.PROBABILITY, e.space());
        assertEquals(x[3], e.contributions().get(3).value());
        assertEquals("f3", e.contributions().get(3).feature());
      }
    }
  }

  @Test
  void interchangeableFeaturesWithEqualValuesGetEqualContributions() {
    // Tree b is tree a with features 0 and 1 swapped, so the forest is symmetric in them.
    TreeNode a =
        TreeNode.Split.of(
            0,
            0.5,
            TreeNode.Split.of(1, 0.5, new TreeNode.Leaf(0.9, 30), new TreeNode.Leaf(0.4, 10)),
            new TreeNode.Split(1, 0.5, new TreeNode.Leaf(0.2, 5), new TreeNode.Leaf(0.1, 55), 60));
    TreeNode b =
        TreeNode.Split.of(
            1,
            0.5,
            TreeNode.Split.of(0, 0.5, new TreeNode.Leaf(0.9, 30), new TreeNode.Leaf(0.4, 10)),
            TreeNode.Split.of(0, 0.5, new TreeNode.Leaf(0.2, 5), new TreeNode.Leaf(0.1, 55)));
    TreeShapExplainer explainer =
        TreeShapExplainer.ofProbabilities(schemaOf(3), TreeEnsemble.of(List.of(a, b)));

    for (double v : new double[] {0.2, 0.8}) {
      double[] phi = explainer.shapValues(new double[] {v, v, 0.3});
      assertEquals(phi[0], phi[1], EXACT);
      assertTrue(Math.abs(phi[0]) > 0.01);
    }
  }

  @Test
  void aFeatureNoTreeSplitsOnGetsExactlyZero() {
    RandomTrees random = new RandomTrees(3, 4);
    // Trees over features 0..3 only, explained in a schema of 6 features.
    TreeShapExplainer explainer =
        TreeShapExplainer.ofProbabilities(schemaOf(6), TreeEnsemble.of(random.forest(10, 6)));
    double[] x = {0.1, 0.5, 0.9, 0.3, 0.7, 0.2};

    double[] phi = explainer.shapValues(x);

    assertEquals(0.0, phi[4]);
    assertEquals(0.0, phi[5]);
  }

  @Test
  void aForestsValuesAreTheMeanOfItsTreesValues() {
    RandomTrees random = new RandomTrees(11, 8);
    List<TreeNode> trees = random.forest(4, 7);
    double[] x = random.row();
    double[] mean = new double[8];
    for (TreeNode t : trees) {
      double[] phi =
          TreeShapExplainer.ofProbabilities(schemaOf(8), TreeEnsemble.of(List.of(t))).shapValues(x);
      for (int i = 0; i < 8; i++) {
        mean[i] += phi[i] / trees.size();
      }
    }

    double[] forest =
        TreeShapExplainer.ofProbabilities(schemaOf(8), TreeEnsemble.of(trees)).shapValues(x);

    assertArrayEquals(mean, forest, EXACT);
  }

  @Test
  void aSingleLeafExplainsNothing() {
    TreeShapExplainer explainer =
        TreeShapExplainer.ofProbabilities(
            schemaOf(2), TreeEnsemble.of(List.of(new TreeNode.Leaf(0.3, 10))));

    Explanation e = explainer.explain(FeatureVector.of(schemaOf(2), 1, 2));

    assertEquals(0.3, e.baseValue());
    assertEquals(0.3, e.prediction());
    assertArrayEquals(new double[] {0, 0}, explainer.shapValues(new double[] {1, 2}));
  }

  @Test
  void batchExplanationEqualsOneAtATimeInRowOrder() {
    RandomTrees random = new RandomTrees(5, 6);
    TreeShapExplainer explainer =
        TreeShapExplainer.ofProbabilities(schemaOf(6), TreeEnsemble.of(random.forest(20, 6)));
    FeatureMatrix rows = matrix(schemaOf(6), random, 64);

    List<Explanation> batch = explainer.explainAll(rows);

    assertEquals(rows.size(), batch.size());
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(explainer.explain(rows.row(r)), batch.get(r));
    }
  }

  @Test
  void rejectsRowsOrVectorsOfAnotherSchema() {
    TreeShapExplainer explainer =
        TreeShapExplainer.ofProbabilities(
            schemaOf(2), TreeEnsemble.of(List.of(new TreeNode.Leaf(0.3, 10))));

    assertThrows(
        IllegalArgumentException.class,
        () -> explainer.explain(FeatureVector.of(schemaOf(3), 1, 2, 3)));
    assertThrows(
        IllegalArgumentException.class,
        () -> explainer.explainAll(matrix(schemaOf(3), new RandomTrees(1, 3), 2)));
    assertThrows(IllegalArgumentException.class, () -> explainer.shapValues(new double[3]));
  }

  @Test
  void rejectsAForestThatSplitsOnAFeatureOutsideTheSchema() {
    TreeEnsemble forest =
        TreeEnsemble.of(
            List.of(TreeNode.Split.of(4, 0.5, new TreeNode.Leaf(1, 1), new TreeNode.Leaf(0, 1))));

    assertThrows(
        IllegalArgumentException.class,
        () -> TreeShapExplainer.ofProbabilities(schemaOf(4), forest));
    assertEquals(5, TreeShapExplainer.ofProbabilities(schemaOf(5), forest).schema().size());
  }

  @Test
  void explainsInTheSpaceItIsGiven() {
    TreeShapExplainer explainer =
        new TreeShapExplainer(
            schemaOf(1),
            TreeEnsemble.of(List.of(new TreeNode.Leaf(-1.5, 10))),
            ExplanationSpace.LOG_ODDS);

    assertEquals(ExplanationSpace.LOG_ODDS, explainer.space());
    assertEquals(
        ExplanationSpace.LOG_ODDS, explainer.explain(FeatureVector.of(schemaOf(1), 0)).space());
    assertEquals(1, explainer.forest().trees().size());
  }

  @Test
  void leafTablesAndThePathWalkAgreeOnDeepForestsWithRepeatedFeatures() {
    RandomTrees random = new RandomTrees(17, 14);
    TreeEnsemble forest = TreeEnsemble.of(random.forest(20, 10));
    List<TreeShapExplainer> ways = bothWays(14, forest);
    for (int r = 0; r < 40; r++) {
      double[] x = random.row();
      assertArrayEquals(ways.get(1).shapValues(x), ways.get(0).shapValues(x), EXACT);
    }
  }

  @Test
  void leafTablesStayWithinTheirBudgetAndTheRestOfTheForestIsWalked() {
    RandomTrees random = new RandomTrees(23, 10);
    TreeEnsemble forest = TreeEnsemble.of(random.forest(30, 8));
    TreeShapExplainer everything = bothWays(10, forest).get(0);
    long half = everything.tableBytes() / 2;

    TreeShapExplainer partly =
        new TreeShapExplainer(schemaOf(10), forest, ExplanationSpace.PROBABILITY, half);

    assertTrue(partly.tableBytes() <= half, partly.tableBytes() + " > " + half);
    assertTrue(partly.tabledTrees() > 0 && partly.tabledTrees() < 30, "" + partly.tabledTrees());
    for (int r = 0; r < 10; r++) {
      double[] x = random.row();
      assertArrayEquals(everything.shapValues(x), partly.shapValues(x), EXACT);
    }
  }

  @Test
  void aPathOfMoreDistinctFeaturesThanATableTakesIsWalked() {
    // A chain of 22 splits on 22 different features: its deepest leaf would need 2^22 entries.
    int features = LeafTables.MAX_PATH_FEATURES + 2;
    TreeNode node = new TreeNode.Leaf(0.9, 1);
    for (int f = features - 1; f >= 0; f--) {
      node = TreeNode.Split.of(f, 0.5, node, new TreeNode.Leaf(0.1 + f / 100.0, 2));
    }
    TreeEnsemble forest = TreeEnsemble.of(List.of(node));
    double[] x = new double[features];

    TreeShapExplainer explainer =
        new TreeShapExplainer(
            schemaOf(features), forest, ExplanationSpace.PROBABILITY, Long.MAX_VALUE);
    Explanation e = explainer.explain(FeatureVector.of(schemaOf(features), x));

    assertEquals(0, explainer.tabledTrees());
    assertEquals(0, explainer.tableBytes());
    assertTrue(e.residual() <= BatchChurnExplainer.MAX_RESIDUAL, "residual " + e.residual());
  }

  @Test
  void manyRowsAtOnceGetExactlyTheValuesEachGetsAlone() {
    RandomTrees random = new RandomTrees(29, 9);
    TreeEnsemble forest = TreeEnsemble.of(random.forest(25, 8));
    double[][] rows = new double[40][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = random.row();
    }
    long half = bothWays(9, forest).get(0).tableBytes() / 2;
    TreeShapExplainer partly =
        new TreeShapExplainer(schemaOf(9), forest, ExplanationSpace.PROBABILITY, half);
    List<TreeShapExplainer> explainers = new ArrayList<>(bothWays(9, forest));
    explainers.add(partly);
    for (TreeShapExplainer explainer : explainers) {
      double[][] together = explainer.shapValues(rows);

      assertEquals(rows.length, together.length);
      for (int r = 0; r < rows.length; r++) {
        assertArrayEquals(explainer.shapValues(rows[r]), together[r], 0.0);
      }
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> partly.shapValues(new double[][] {rows[0], new double[8]}));
  }

  @Test
  void rowsAtAThresholdGoLeftWhateverTheSignOfZeroAndInfiniteValuesFollowTheirSide() {
    TreeNode tree =
        TreeNode.Split.of(
            0,
            -0.0,
            TreeNode.Split.of(1, 2.5, new TreeNode.Leaf(0.9, 30), new TreeNode.Leaf(0.4, 10)),
            TreeNode.Split.of(1, 2.5, new TreeNode.Leaf(0.2, 5), new TreeNode.Leaf(0.1, 55)));
    List<TreeNode> forest = List.of(tree);
    double inf = Double.POSITIVE_INFINITY;
    double[][] rows = {
      {0.0, 2.5},
      {-0.0, 2.5},
      {Double.MIN_VALUE, 2.5},
      {-Double.MIN_VALUE, 3},
      {inf, -inf},
      {-inf, inf}
    };
    for (TreeShapExplainer explainer : bothWays(2, TreeEnsemble.of(forest))) {
      for (double[] x : rows) {
        assertArrayEquals(
            BruteForceShapley.pathDependent(forest, x), explainer.shapValues(x), EXACT);
      }
    }
  }

  @Test
  void rejectsARowWithANaN() {
    TreeShapExplainer explainer =
        bothWays(2, TreeEnsemble.of(new RandomTrees(3, 2).forest(2, 3))).get(0);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> explainer.shapValues(new double[] {0.5, Double.NaN}));
    assertTrue(e.getMessage().contains("'f1'"), e.getMessage());
  }

  @Test
  void rejectsANegativeTableBudget() {
    TreeEnsemble forest = TreeEnsemble.of(List.of(new TreeNode.Leaf(0.3, 10)));

    assertThrows(
        IllegalArgumentException.class,
        () -> new TreeShapExplainer(schemaOf(1), forest, ExplanationSpace.PROBABILITY, -1));
  }

  /** The same forest explained from leaf tables (first) and by the path walk (second). */
  static List<TreeShapExplainer> bothWays(int features, TreeEnsemble forest) {
    TreeShapExplainer tabled = TreeShapExplainer.ofProbabilities(schemaOf(features), forest);
    TreeShapExplainer walked =
        new TreeShapExplainer(schemaOf(features), forest, ExplanationSpace.PROBABILITY, 0);
    long splitting = forest.trees().stream().filter(t -> t.size() > 1).count();
    assertEquals(splitting, tabled.tabledTrees());
    assertEquals(0, walked.tabledTrees());
    return List.of(tabled, walked);
  }

  static FeatureMatrix matrix(FeatureSchema schema, RandomTrees random, int n) {
    double[][] rows = new double[n][];
    List<CustomerId> ids = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      rows[r] = random.row();
      ids.add(new CustomerId("c" + r));
    }
    return new FeatureMatrix(
        schema, ids, rows, new ArrayList<>(Collections.nCopies(n, ChurnLabel.UNKNOWN)));
  }
}
