package io.retention.core.explain;

import java.util.List;

/**
 * A forest: trees whose predictions are averaged (a random forest's probability is the mean of its
 * trees' leaf probabilities).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class TreeEnsemble {
  private final List<DecisionTree> trees;
  private final int depth;
  private final int featuresNeeded;
  private final double expectedValue;

  /**
   * Creates a forest.
   *
   * @param trees at least one tree
   */
  public TreeEnsemble(List<DecisionTree> trees) {
    this.trees = List.copyOf(trees);
    if (this.trees.isEmpty()) {
      throw new IllegalArgumentException("a forest needs at least one tree");
    }
    int d = 0;
    int f = 0;
    double sum = 0.0;
    for (DecisionTree t : this.trees) {
      d = Math.max(d, t.depth());
      f = Math.max(f, t.featuresNeeded());
      sum += t.expectedValue();
    }
    depth = d;
    featuresNeeded = f;
    expectedValue = sum / this.trees.size();
  }

  /**
   * Converts and collects trees.
   *
   * @param roots the root of each tree
   * @return the forest
   */
  public static TreeEnsemble of(List<? extends TreeNode> roots) {
    return new TreeEnsemble(roots.stream().map(DecisionTree::new).toList());
  }

  /**
   * The trees.
   *
   * @return the trees, in order
   */
  public List<DecisionTree> trees() {
    return trees;
  }

  /**
   * The mean of the trees' predictions.
   *
   * @param x the feature values; at least {@link #featuresNeeded()} of them
   * @return the forest's prediction
   */
  public double predict(double[] x) {
    double sum = 0.0;
    for (DecisionTree t : trees) {
      sum += t.predict(x);
    }
    return sum / trees.size();
  }

  /**
   * The mean of the trees' expected values: the base value of path-dependent TreeSHAP.
   *
   * @return the expected prediction when no feature is known
   */
  public double expectedValue() {
    return expectedValue;
  }

  /**
   * The depth of the deepest tree.
   *
   * @return the depth
   */
  public int depth() {
    return depth;
  }

  /**
   * How many features a row must have: one more than the largest feature index any tree tests.
   *
   * @return the count
   */
  public int featuresNeeded() {
    return featuresNeeded;
  }
}
