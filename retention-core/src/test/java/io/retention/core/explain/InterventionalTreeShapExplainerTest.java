package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionalTreeShapExplainerTest {
  private static final double EXACT = 1e-12;

  private static double[][] rowsOf(FeatureMatrix m) {
    double[][] out = new double[m.size()][];
    for (int r = 0; r < out.length; r++) {
      out[r] = m.row(r).toArray();
    }
    return out;
  }

  @Test
  void agreesWithBruteForceInterventionalShapleyOnRandomForests() {
    for (int m = 1; m <= 10; m += 3) {
      RandomTrees random = new RandomTrees(m, m);
      FeatureSchema schema = TreeShapExplainerTest.schemaOf(m);
      TreeEnsemble forest = TreeEnsemble.of(random.forest(4, 6));
      FeatureMatrix background = TreeShapExplainerTest.matrix(schema, random, 12);
      InterventionalTreeShapExplainer explainer =
          new InterventionalTreeShapExplainer(
              schema, forest, ExplanationSpace.PROBABILITY, background);
      for (int r = 0; r < 3; r++) {
        double[] x = random.row();
        assertArrayEquals(
            BruteForceShapley.interventional(forest, x, rowsOf(background)),
            explainer.shapValues(x),
            EXACT,
            "m=" + m);
      }
    }
  }

  @Test
  void explanationsAddUpToThePredictionFromTheMeanBackgroundPrediction() {
    RandomTrees random = new RandomTrees(9, 14);
    FeatureSchema schema = TreeShapExplainerTest.schemaOf(14);
    TreeEnsemble forest = TreeEnsemble.of(random.forest(30, 8));
    FeatureMatrix background = TreeShapExplainerTest.matrix(schema, random, 100);
    InterventionalTreeShapExplainer explainer =
        new InterventionalTreeShapExplainer(
            schema, forest, ExplanationSpace.PROBABILITY, background);
    double mean = 0.0;
    for (double[] z : rowsOf(background)) {
      mean += forest.predict(z) / background.size();
    }
    for (int r = 0; r < 10; r++) {
      double[] x = random.row();
      Explanation e = explainer.explain(FeatureVector.of(schema, x));
      assertTrue(e.residual() <= BatchChurnExplainer.MAX_RESIDUAL, "residual " + e.residual());
      assertEquals(mean, e.baseValue(), 1e-12);
      assertEquals(forest.predict(x), e.prediction());
    }
    assertEquals(100, explainer.backgroundSize());
    assertEquals(ExplanationSpace.PROBABILITY, explainer.space());
    assertEquals(schema, explainer.schema());
  }

  @Test
  void aFeatureNoTreeSplitsOnGetsExactlyZero() {
    RandomTrees random = new RandomTrees(2, 3);
    FeatureSchema schema = TreeShapExplainerTest.schemaOf(5);
    TreeEnsemble forest = TreeEnsemble.of(random.forest(5, 5));
    InterventionalTreeShapExplainer explainer =
        new InterventionalTreeShapExplainer(
            schema,
            forest,
            ExplanationSpace.PROBABILITY,
            TreeShapExplainerTest.matrix(schema, new RandomTrees(4, 5), 20));

    double[] phi = explainer.shapValues(new double[] {0.2, 0.4, 0.6, 0.8, 0.1});

    assertEquals(0.0, phi[3]);
    assertEquals(0.0, phi[4]);
  }

  @Test
  void batchExplanationEqualsOneAtATime() {
    RandomTrees random = new RandomTrees(6, 4);
    FeatureSchema schema = TreeShapExplainerTest.schemaOf(4);
    InterventionalTreeShapExplainer explainer =
        new InterventionalTreeShapExplainer(
            schema,
            TreeEnsemble.of(random.forest(5, 5)),
            ExplanationSpace.PROBABILITY,
            TreeShapExplainerTest.matrix(schema, random, 20));
    FeatureMatrix rows = TreeShapExplainerTest.matrix(schema, random, 30);

    List<Explanation> batch = explainer.explainAll(rows);

    for (int r = 0; r < rows.size(); r++) {
      assertEquals(explainer.explain(rows.row(r)), batch.get(r));
    }
  }

  @Test
  void rejectsAnEmptyOrOversizedBackgroundAndMismatchedSchemas() {
    FeatureSchema schema = TreeShapExplainerTest.schemaOf(2);
    TreeEnsemble forest =
        TreeEnsemble.of(
            List.of(TreeNode.Split.of(1, 0.5, new TreeNode.Leaf(1, 1), new TreeNode.Leaf(0, 1))));
    RandomTrees random = new RandomTrees(1, 2);
    FeatureMatrix empty = TreeShapExplainerTest.matrix(schema, random, 0);
    FeatureMatrix huge =
        TreeShapExplainerTest.matrix(
            schema, random, InterventionalTreeShapExplainer.MAX_BACKGROUND + 1);
    FeatureMatrix ok = TreeShapExplainerTest.matrix(schema, random, 5);
    FeatureSchema one = TreeShapExplainerTest.schemaOf(1);
    ExplanationSpace p = ExplanationSpace.PROBABILITY;

    assertThrows(
        IllegalArgumentException.class,
        () -> new InterventionalTreeShapExplainer(schema, forest, p, empty));
    assertThrows(
        IllegalArgumentException.class,
        () -> new InterventionalTreeShapExplainer(schema, forest, p, huge));
    assertThrows(
        IllegalArgumentException.class,
        () -> new InterventionalTreeShapExplainer(one, forest, p, ok));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new InterventionalTreeShapExplainer(TreeShapExplainerTest.schemaOf(3), forest, p, ok));
    InterventionalTreeShapExplainer explainer =
        new InterventionalTreeShapExplainer(schema, forest, p, ok);
    assertThrows(IllegalArgumentException.class, () -> explainer.shapValues(new double[3]));
  }
}
