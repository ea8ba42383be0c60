package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.explain.DecisionTree;
import io.retention.core.explain.TreeNode;
import io.retention.core.testing.TestCustomers;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;

class TribuoTreesTest {
  private static final FeatureMatrix ROWS = TestCustomers.separableRows(300, 11);
  private static final int[] COLUMNS = {0, 1, 2};
  private static final String[] NAMES = TribuoData.names(ROWS, COLUMNS);

  private static double[][] values() {
    double[][] rows = new double[ROWS.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = Arrays.copyOf(ROWS.row(i).toArray(), COLUMNS.length);
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static TreeModel<Label> tree() {
    MutableDataset<Label> dataset = TribuoData.dataset(ROWS, COLUMNS, NAMES);
    return (TreeModel<Label>) new CARTClassificationTrainer(4).train(dataset);
  }

  private static double[] ones() {
    double[] ones = new double[ROWS.size()];
    Arrays.fill(ones, 1.0);
    return ones;
  }

  @Test
  void convertedTreePredictsTheTribuoLeafAndKeepsTheGivenCovers() {
    TreeModel<Label> tree = tree();
    double[][] rows = values();
    double[] covers = TreeCovers.leafCovers(tree, NAMES, rows, ones());
    DecisionTree converted = new DecisionTree(TribuoTrees.convert(tree, NAMES, COLUMNS, covers));
    assertEquals(ROWS.size(), converted.root().cover(), 1e-9);
    assertTrue(converted.depth() > 0);
    assertArrayEquals(covers, TribuoTrees.leafCovers(converted.root()), 0.0);
    for (int i = 0; i < rows.length; i++) {
      ArrayExample<Label> example =
          new ArrayExample<>(TribuoData.LABELS.getUnknownOutput(), NAMES, rows[i]);
      double expected = TribuoTrees.churnedShare(tree.predict(example).getOutputScores());
      assertEquals(expected, converted.predict(ROWS.row(i).toArray()));
    }
  }

  @Test
  void coversThatDoNotFitTheTreeAreRefused() {
    TreeModel<Label> tree = tree();
    double[] covers = TreeCovers.leafCovers(tree, NAMES, values(), ones());
    TreeNode rebuilt = TribuoTrees.convert(tree, NAMES, COLUMNS, covers);
    assertEquals(rebuilt, TribuoTrees.convert(tree, NAMES, COLUMNS, covers.clone()));
    assertThrows(
        RetentionException.class,
        () -> TribuoTrees.convert(tree, NAMES, COLUMNS, Arrays.copyOf(covers, covers.length + 1)));
    assertThrows(
        RetentionException.class,
        () -> TribuoTrees.convert(tree, NAMES, COLUMNS, Arrays.copyOf(covers, covers.length - 1)));
    double[] zero = covers.clone();
    zero[0] = 0.0;
    RetentionException e =
        assertThrows(
            RetentionException.class, () -> TribuoTrees.convert(tree, NAMES, COLUMNS, zero));
    assertTrue(e.getMessage().contains("not positive"), e.getMessage());
  }

  @Test
  void aSplitOnAFeatureTheNamesDoNotKnowIsAnError() {
    TreeModel<Label> tree = tree();
    double[] covers = TreeCovers.leafCovers(tree, NAMES, values(), ones());
    String[] others = {"a", "b", "c"};
    assertThrows(
        RetentionException.class, () -> TribuoTrees.convert(tree, others, COLUMNS, covers));
  }

  @Test
  void churnedShareStaysAProbability() {
    Label churned = new Label(TribuoData.CHURNED, -1e-9);
    Label retained = new Label(TribuoData.RETAINED, 1.0);
    assertEquals(
        0.0,
        TribuoTrees.churnedShare(
            Map.of(TribuoData.CHURNED, churned, TribuoData.RETAINED, retained)));
    assertEquals(
        0.25,
        TribuoTrees.churnedShare(
            Map.of(
                TribuoData.CHURNED,
                new Label(TribuoData.CHURNED, 1.0),
                TribuoData.RETAINED,
                new Label(TribuoData.RETAINED, 3.0))));
    assertEquals(0.0, TribuoTrees.churnedShare(Map.of()));
  }
}
