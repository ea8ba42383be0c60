package io.retention.ml.tribuo;

import io.retention.core.RetentionException;
import io.retention.core.explain.TreeNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;

/**
 * Converts a Tribuo CART tree into core's {@link TreeNode} structure, given the covers of its
 * leaves (Tribuo's nodes do not keep them: {@link HistogramCartTrainer} counts them while the tree
 * grows, and {@link TribuoChurnModelCodec} stores them).
 */
final class TribuoTrees {
  private TribuoTrees() {}

  /**
   * Converts one tree whose leaf covers are already known, as {@link #leafCovers} lists them.
   *
   * @param tree the trained CART tree
   * @param names the Tribuo feature names, in the order of {@code columns}
   * @param columns the schema column of each name
   * @param leafCovers the covers of the leaves, depth first, the "less than or equal" side first
   * @return the root
   * @throws RetentionException if the covers do not fit the tree
   */
  static TreeNode convert(
      TreeModel<Label> tree, String[] names, int[] columns, double[] leafCovers) {
    int[] next = {0};
    TreeNode root = node(tree.getRoot(), columnOfId(tree, names, columns), leafCovers, next);
    if (next[0] != leafCovers.length) {
      throw new RetentionException(
          "the stored covers name " + leafCovers.length + " leaves, the tree has " + next[0]);
    }
    return root;
  }

  /**
   * The covers of a converted tree's leaves, depth first, left ("less than or equal") side first.
   *
   * @param root a converted tree
   * @return the leaf covers
   */
  static double[] leafCovers(TreeNode root) {
    List<Double> covers = new ArrayList<>();
    collect(root, covers);
    return covers.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void collect(TreeNode node, List<Double> covers) {
    if (node instanceof TreeNode.Split split) {
      collect(split.left(), covers);
      collect(split.right(), covers);
    } else {
      covers.add(node.cover());
    }
  }

  private static int[] columnOfId(TreeModel<Label> tree, String[] names, int[] columns) {
    Map<String, Integer> columnOf = new HashMap<>();
    for (int k = 0; k < names.length; k++) {
      columnOf.put(names[k], columns[k]);
    }
    ImmutableFeatureMap ids = tree.getFeatureIDMap();
    int[] columnOfId = new int[ids.size()];
    Arrays.fill(columnOfId, -1);
    for (int id = 0; id < ids.size(); id++) {
      Integer column = columnOf.get(ids.get(id).getName());
      if (column != null) {
        columnOfId[id] = column;
      }
    }
    return columnOfId;
  }

  private static int column(SplitNode<Label> split, int[] columnOfId) {
    int featureId = split.getFeatureID();
    int column = featureId >= 0 && featureId < columnOfId.length ? columnOfId[featureId] : -1;
    if (column < 0) {
      throw new RetentionException("a forest split uses unknown feature id " + featureId);
    }
    return column;
  }

  private static TreeNode node(
      Node<Label> node, int[] columnOfId, double[] leafCovers, int[] next) {
    if (node instanceof LeafNode<Label> leaf) {
      if (next[0] >= leafCovers.length) {
        throw new RetentionException("the stored covers name fewer leaves than the tree has");
      }
      double cover = leafCovers[next[0]++];
      if (!(cover > 0.0) || Double.isInfinite(cover)) {
        throw new RetentionException("a stored leaf cover is not positive: " + cover);
      }
      return new TreeNode.Leaf(churnedShare(leaf.getDistribution()), cover);
    }
    if (!(node instanceof SplitNode<Label> split)) {
      throw new RetentionException("unknown Tribuo tree node " + node.getClass().getName());
    }
    int column = column(split, columnOfId);
    TreeNode left = node(split.getLessThanOrEqual(), columnOfId, leafCovers, next);
    TreeNode right = node(split.getGreaterThan(), columnOfId, leafCovers, next);
    return TreeNode.Split.of(column, split.splitValue(), left, right);
  }

  /**
   * The churned score over the sum of the churned and retained scores, kept in [0, 1] (Tribuo's
   * weighted leaf counts are float sums and can leave a score a hair below zero), exactly as the
   * model computes a member's probability.
   */
  static double churnedShare(Map<String, Label> scores) {
    Label churned = scores.get(TribuoData.CHURNED);
    Label retained = scores.get(TribuoData.RETAINED);
    double c = churned == null ? 0.0 : churned.getScore();
    double r = retained == null ? 0.0 : retained.getScore();
    double share = c + r > 0.0 ? c / (c + r) : 0.0;
    return Math.min(1.0, Math.max(0.0, share));
  }
}
