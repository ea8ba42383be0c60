package io.retention.core.explain;

import java.util.Objects;

/**
 * A node of a binary decision tree in a form any ML library can be converted to: a {@link Split} or
 * a {@link Leaf}, each with its cover.
 *
 * <p>The cover is the (possibly weighted) number of training rows that reach the node. TreeSHAP
 * uses covers to define the expected prediction when a feature is unknown: at a split on an unknown
 * feature, each child is weighted by its share of the children's cover. Covers must be positive,
 * and a split's cover must equal the sum of its children's covers (within a relative {@link
 * #COVER_TOLERANCE}, for weighted covers summed in another order).
 *
 * <p>Nodes are immutable values and safe to share between threads.
 */
public sealed interface TreeNode permits TreeNode.Split, TreeNode.Leaf {

  /** How far, relative to its cover, a split's cover may differ from its children's sum. */
  double COVER_TOLERANCE = 1e-9;

  /**
   * The (possibly weighted) number of training rows that reach this node.
   *
   * @return a positive, finite cover
   */
  double cover();

  /**
   * The number of splits on the longest path from this node to a leaf.
   *
   * @return 0 for a leaf
   */
  int depth();

  /**
   * An internal node: rows with {@code value <= threshold} go left, the others right (the
   * convention of Tribuo's trees).
   *
   * @param feature the index of the feature tested, in the explainer's feature schema
   * @param threshold the split point, finite
   * @param left where rows with {@code value <= threshold} go
   * @param right where rows with {@code value > threshold} go
   * @param cover the rows that reach this node, the sum of the children's covers
   */
  record Split(int feature, double threshold, TreeNode left, TreeNode right, double cover)
      implements TreeNode {

    /** Checks the fields. */
    public Split {
      if (feature < 0) {
        throw new IllegalArgumentException("feature index must be >= 0, got " + feature);
      }
      if (!Double.isFinite(threshold)) {
        throw new IllegalArgumentException("threshold must be finite, got " + threshold);
      }
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
      checkCover(cover);
      double children = left.cover() + right.cover();
      if (Math.abs(children - cover) > COVER_TOLERANCE * cover) {
        throw new IllegalArgumentException(
            "a split's cover ("
                + cover
                + ") must equal the sum of its children's covers ("
                + children
                + ")");
      }
    }

    /**
     * A split whose cover is the sum of its children's.
     *
     * @param feature the feature index
     * @param threshold the split point
     * @param left the child for {@code value <= threshold}
     * @param right the child for {@code value > threshold}
     * @return the split
     */
    public static Split of(int feature, double threshold, TreeNode left, TreeNode right) {
      return new Split(feature, threshold, left, right, left.cover() + right.cover());
    }

    @Override
    public int depth() {
      return 1 + Math.max(left.depth(), right.depth());
    }
  }

  /**
   * A leaf: the tree's prediction for the rows that reach it.
   *
   * @param value the prediction, finite (for example the churn-class probability)
   * @param cover the rows that reach this leaf
   */
  record Leaf(double value, double cover) implements TreeNode {

    /** Checks the fields. */
    public Leaf {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("leaf value must be finite, got " + value);
      }
      checkCover(cover);
    }

    @Override
    public int depth() {
      return 0;
    }
  }

  private static void checkCover(double cover) {
    if (!(cover > 0.0) || Double.isInfinite(cover)) {
      throw new IllegalArgumentException("cover must be positive and finite, got " + cover);
    }
  }
}
