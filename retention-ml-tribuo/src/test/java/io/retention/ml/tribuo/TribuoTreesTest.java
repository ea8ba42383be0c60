package io.retention.ml.tribuo;

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
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.dataset.DatasetView;
import org.tribuo.impl.ArrayExample;

class TribuoTreesTest {
  private static final FeatureMatrix ROWS = TestCustomers.separableRows(300, 11);
  private static final int[] COLUMNS = {0, 1, 2};
  private static final String[] NAMES = TribuoData.names(ROWS, COLUMNS);

  private static double[][] values() {
    double[][] rows = new double[ROWS.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = ROWS.row(i).toArray();
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static TreeModel<Label> tree(Dataset<Label> dataset) {
    return (TreeModel<Label>) new CARTClassificationTrainer(4).train(dataset);
  }

  @Test
  void convertedTreePredictsTheTribuoLeafAndCoversCountTheRows() {
    MutableDataset<Label> dataset = TribuoData.dataset(ROWS, COLUMNS, NAMES);
    TreeModel<Label> tree = tree(dataset);
    int[] all = new int[ROWS.size()];
    Arrays.setAll(all, i -> i);
    float[] ones = new float[ROWS.size()];
    Arrays.fill(ones, 1.0f);
    double[][] rows = values();
    DecisionTree converted =
        new DecisionTree(TribuoTrees.convert(tree, NAMES, COLUMNS, rows, all, ones));
    assertEquals(ROWS.size(), converted.root().cover());
    assertTrue(converted.depth() > 0);
    for (int i = 0; i < rows.length; i++) {
      ArrayExample<Label> example =
          new ArrayExample<>(TribuoData.LABELS.getUnknownOutput(), NAMES, rows[i]);
      double expected = TribuoTrees.churnedShare(tree.predict(example).getOutputScores());
      assertEquals(expected, converted.predict(rows[i]));
    }
  }

  @Test
  void aBootstrapSamplesRepeatsAndWeightsAddToTheCovers() {
    MutableDataset<Label> dataset = TribuoData.dataset(ROWS, COLUMNS, NAMES);
    DatasetView<Label> bootstrap = DatasetView.createBootstrapView(dataset, dataset.size(), 5L);
    float[] halves = new float[ROWS.size()];
    Arrays.fill(halves, 0.5f);
    TreeNode root =
        TribuoTrees.convert(
            tree(bootstrap), NAMES, COLUMNS, values(), bootstrap.getExampleIndices(), halves);
    assertEquals(ROWS.size() * 0.5, root.cover(), 1e-12);
  }

  @Test
  void aLeafNoSampledRowReachesIsAnError() {
    MutableDataset<Label> dataset = TribuoData.dataset(ROWS, COLUMNS, NAMES);
    int[] oneRow = {0};
    float[] ones = new float[ROWS.size()];
    Arrays.fill(ones, 1.0f);
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> TribuoTrees.convert(tree(dataset), NAMES, COLUMNS, values(), oneRow, ones));
    assertTrue(e.getMessage().contains("no training row"), e.getMessage());
  }

  @Test
  void storedLeafCoversRebuildTheSameTree() {
    MutableDataset<Label> dataset = TribuoData.dataset(ROWS, COLUMNS, NAMES);
    DatasetView<Label> bootstrap = DatasetView.createBootstrapView(dataset, dataset.size(), 9L);
    TreeModel<Label> tree = tree(bootstrap);
    float[] ones = new float[ROWS.size()];
    Arrays.fill(ones, 1.0f);
    TreeNode counted =
        TribuoTrees.convert(tree, NAMES, COLUMNS, values(), bootstrap.getExampleIndices(), ones);
    double[] covers = TribuoTrees.leafCovers(counted);
    assertEquals(counted, TribuoTrees.convert(tree, NAMES, COLUMNS, covers));
    assertThrows(
        RetentionException.class,
        () -> TribuoTrees.convert(tree, NAMES, COLUMNS, Arrays.copyOf(covers, covers.length + 1)));
    assertThrows(
        RetentionException.class,
        () -> TribuoTrees.convert(tree, NAMES, COLUMNS, Arrays.copyOf(covers, covers.length - 1)));
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
