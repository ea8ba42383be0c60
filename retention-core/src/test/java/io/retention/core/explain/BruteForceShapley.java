package io.retention.core.explain;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Exact Shapley values by enumerating every subset of features: the reference the fast explainers
 * are tested against. Exponential in the number of features, so for tests only.
 */
final class BruteForceShapley {
  private BruteForceShapley() {}

  /**
   * Shapley values of a set function over {@code m} players.
   *
   * @param m the number of features, at most 20
   * @param value the value of each subset, given as a bit mask of known features
   * @return one Shapley value per feature
   */
  static double[] shapley(int m, ToDoubleFunction<Integer> value) {
    int subsets = 1 << m;
    double[] v = new double[subsets];
    for (int s = 0; s < subsets; s++) {
      v[s] = value.applyAsDouble(s);
    }
    double[] weight = new double[m];
    for (int size = 0; size < m; size++) {
      // |S|! (m − |S| − 1)! / m!
      weight[size] = 1.0 / (m * binomial(m - 1, size));
    }
    double[] phi = new double[m];
    for (int i = 0; i < m; i++) {
      int bit = 1 << i;
      for (int s = 0; s < subsets; s++) {
        if ((s & bit) == 0) {
          phi[i] += weight[Integer.bitCount(s)] * (v[s | bit] - v[s]);
        }
      }
    }
    return phi;
  }

  private static double binomial(int n, int k) {
    double b = 1.0;
    for (int j = 1; j <= k; j++) {
      b = b * (n - k + j) / j;
    }
    return b;
  }

  /**
   * Path-dependent TreeSHAP's value of a subset for one tree: known features follow the row,
   * unknown ones take both branches weighted by the children's cover shares.
   */
  static double pathDependentValue(TreeNode node, double[] x, int known) {
    if (node instanceof TreeNode.Split s) {
      if ((known & (1 << s.feature())) != 0) {
        return pathDependentValue(x[s.feature()] <= s.threshold() ? s.left() : s.right(), x, known);
      }
      double l = s.left().cover();
      double r = s.right().cover();
      return (l * pathDependentValue(s.left(), x, known)
              + r * pathDependentValue(s.right(), x, known))
          / (l + r);
    }
    return ((TreeNode.Leaf) node).value();
  }

  /** Path-dependent Shapley values of a forest (the mean over trees of each tree's value). */
  static double[] pathDependent(List<TreeNode> forest, double[] x) {
    return shapley(
        x.length,
        known -> {
          double sum = 0.0;
          for (TreeNode t : forest) {
            sum += pathDependentValue(t, x, known);
          }
          return sum / forest.size();
        });
  }

  /**
   * Interventional Shapley values of a forest: a subset's value is the mean over background rows of
   * the prediction for the row that takes the known features from x and the others from the
   * background row.
   */
  static double[] interventional(TreeEnsemble forest, double[] x, double[][] background) {
    return shapley(
        x.length,
        known -> {
          double sum = 0.0;
          double[] mixed = new double[x.length];
          for (double[] z : background) {
            for (int j = 0; j < x.length; j++) {
              mixed[j] = (known & (1 << j)) != 0 ? x[j] : z[j];
            }
            sum += forest.predict(mixed);
          }
          return sum / background.length;
        });
  }
}
