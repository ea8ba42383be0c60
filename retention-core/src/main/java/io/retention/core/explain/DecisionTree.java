package io.retention.core.explain;

import java.util.Objects;

/**
 * One binary decision tree, converted once from its {@link TreeNode}s into flat arrays that the
 * explainers walk quickly.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class DecisionTree {
  /** Marks a leaf in {@link #feature}. */
  static final int LEAF = -1;

  final int[] feature;
  final double[] threshold;
  final int[] left;
  final int[] right;
  final double[] value;

  /** For a split, the left child's share of the children's cover; for a leaf, unused. */
  final double[] leftShare;

  /** For a split, the right child's share of the children's cover; for a leaf, unused. */
  final double[] rightShare;

  private final TreeNode root;
  private final int depth;
  private final int featuresNeeded;
  private final double expectedValue;

  /**
   * Converts a tree.
   *
   * @param root the root node
   */
  public DecisionTree(TreeNode root) {
    this.root = Objects.requireNonNull(root, "root");
    int n = count(root);
    feature = new int[n];
    threshold = new double[n];
    left = new int[n];
    right = new int[n];
    value = new double[n];
    leftShare = new double[n];
    rightShare = new double[n];
    int[] next = {0};
    int[] maxFeature = {LEAF};
    depth = flatten(root, next, maxFeature);
    featuresNeeded = maxFeature[0] + 1;
    expectedValue = expectation(0);
  }

  private static int count(TreeNode node) {
    if (node instanceof TreeNode.Split s) {
      return 1 + count(s.left()) + count(s.right());
    }
    return 1;
  }

  /** Lays nodes out in pre-order; returns the depth of the subtree. */
  private int flatten(TreeNode node, int[] next, int[] maxFeature) {
    int i = next[0]++;
    if (node instanceof TreeNode.Split s) {
      feature[i] = s.feature();
      threshold[i] = s.threshold();
      maxFeature[0] = Math.max(maxFeature[0], s.feature());
      double children = s.left().cover() + s.right().cover();
      leftShare[i] = s.left().cover() / children;
      rightShare[i] = s.right().cover() / children;
      left[i] = next[0];
      int leftDepth = flatten(s.left(), next, maxFeature);
      right[i] = next[0];
      int rightDepth = flatten(s.right(), next, maxFeature);
      return 1 + Math.max(leftDepth, rightDepth);
    }
    feature[i] = LEAF;
    value[i] = ((TreeNode.Leaf) node).value();
    return 0;
  }

  private double expectation(int node) {
    if (feature[node] == LEAF) {
      return value[node];
    }
    return leftShare[node] * expectation(left[node]) + rightShare[node] * expectation(right[node]);
  }

  /**
   * The tree's prediction for a row.
   *
   * @param x the feature values; at least {@link #featuresNeeded()} of them
   * @return the value of the leaf the row reaches
   */
  public double predict(double[] x) {
    int node = 0;
    while (feature[node] != LEAF) {
      node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
    }
    return value[node];
  }

  /**
   * The cover-weighted mean of the leaf values: the expected prediction when no feature is known,
   * TreeSHAP's base value for this tree.
   *
   * @return the expected value
   */
  public double expectedValue() {
    return expectedValue;
  }

  /**
   * The number of splits on the longest root-to-leaf path.
   *
   * @return the depth, 0 for a single leaf
   */
  public int depth() {
    return depth;
  }

  /**
   * The number of nodes, splits and leaves.
   *
   * @return the size
   */
  public int size() {
    return feature.length;
  }

  /**
   * How many features a row must have: one more than the largest feature index tested.
   *
   * @return 0 for a single leaf
   */
  public int featuresNeeded() {
    return featuresNeeded;
  }

  /**
   * The tree as it was given.
   *
   * @return the root node
   */
  public TreeNode root() {
    return root;
  }
}
