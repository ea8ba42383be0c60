package io.retention.core.explain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Path-dependent TreeSHAP for one tree from tables computed once per leaf, so that explaining a row
 * costs O(Σ over leaves of the leaf's distinct path features) instead of the path walk's O(leaves ×
 * depth²).
 *
 * <h2>Why a table per leaf is enough</h2>
 *
 * Let P be the d distinct features on the path from the root to a leaf of value v. For each p in P,
 * z<sub>p</sub> is the product of the cover shares of the path's branches on p (the chance of
 * taking the path when p is unknown), and o<sub>p</sub> is 1 if the row takes every one of those
 * branches, else 0. The leaf's part of the tree's value for a set S of known features is g(S) = v ×
 * Π<sub>p∈S</sub> o<sub>p</sub> × Π<sub>p∈P∖S</sub> z<sub>p</sub>; the tree's value is the sum of
 * its leaves' parts, so its Shapley values are the sums of theirs, and features off the path are
 * dummies of g. Because o is 0 or 1, g(S) = v [S ⊆ Q] Π<sub>p∈P∖S</sub> z<sub>p</sub>, where Q is
 * the set of path features whose branches the row takes: the row enters only through Q. Writing
 * w(k) = k! (d − k − 1)! / d! for the Shapley weight of a subset of size k, and
 *
 * <ul>
 *   <li>H(T) = Σ<sub>S⊆T</sub> w(|S|) Π<sub>P∖S</sub> z,
 *   <li>H′(T) = Σ<sub>S⊆T</sub> w(|S| − 1) Π<sub>P∖S</sub> z (with w(−1) = 0),
 * </ul>
 *
 * the Shapley value of p in g is v (H′(Q) − H′(Q∖p) − H(Q∖p)) when p ∈ Q and −v H(Q) when p ∉ Q.
 * Both cases are B(Q) − C(Q∖p) with B = v H′ and C = v (H + H′). C is tabled for all 2<sup>d</sup>
 * subsets T of P (a sum over subsets, computed by one subset-sum transform); B(Q) is not stored but
 * recovered from the leaf's efficiency, Σ<sub>p</sub> φ<sub>p</sub> = g(P) − g(∅) = v [Q = P] − v
 * Π<sub>P</sub> z, which gives d B(Q) = Σ<sub>p</sub> C(Q∖p) + v [Q = P] − v Π<sub>P</sub> z. A
 * leaf's table terms all have the sign of v, so the transform adds without cancellation.
 *
 * <p>A row then costs one pass down the tree to find each leaf's Q, and d reads per leaf. The
 * amounts B(Q) − C(Q) that a leaf owes to all its path features are not paid feature by feature but
 * summed up the tree and paid at each split that is the first on its feature from the root.
 *
 * <p>This is the idea of FastTreeSHAP v2 (Yang, "Fast TreeSHAP: Accelerating SHAP Value Computation
 * for Trees", 2021): the row-independent part of TreeSHAP is computed once per leaf and subset of
 * its path features, and a row only picks entries; the formulation above is our own.
 *
 * <h2>Layout</h2>
 *
 * A path feature's position in its leaf's list is the order of its first split on the path, so
 * every leaf below a split agrees on the split feature's position, and one bit per position tracks
 * Q while a row goes down the tree in pre-order.
 *
 * <p>Immutable and safe to share between threads.
 */
final class LeafTables {
  /** The most distinct features a leaf path may have to be tabled: 2^20 entries, 8 MiB. */
  static final int MAX_PATH_FEATURES = 20;

  /** 1 / d for each path length d. */
  private static final double[] INVERSE = new double[MAX_PATH_FEATURES + 1];

  static {
    for (int d = 1; d <= MAX_PATH_FEATURES; d++) {
      INVERSE[d] = 1.0 / d;
    }
  }

  private final DecisionTree tree;

  /** Per node: for a split, the bit of its feature's position on the path; for a leaf, 0. */
  private final int[] splitBit;

  /** The splits, in pre-order. */
  private final int[] splits;

  /** Per node, the tree's threshold with −0 replaced by +0 (the same split). */
  private final double[] thresholds;

  /**
   * Per entry of {@link #splits}: its feature if the split is the first on that feature from the
   * root, else −1.
   */
  private final int[] firstSplitFeature;

  /** Per leaf: the node. */
  private final int[] leafNode;

  /** Per leaf, and one more: where its features start in {@link #leafFeatures}. */
  private final int[] featureStart;

  /** The leaves' path features in order of position. */
  private final int[] leafFeatures;

  /** Per leaf: where its 2^d entries start in {@link #table}. */
  private final int[] tableStart;

  /** Per leaf: v, its part of the value when the row reaches it with every feature known. */
  private final double[] reached;

  /** Per leaf: v Π z, its part of the value when no feature is known. */
  private final double[] unknown;

  /** C(T) for every leaf and every subset T of its path features. */
  private final double[] table;

  private LeafTables(DecisionTree tree, Builder b) {
    this.tree = tree;
    this.splitBit = b.splitBit;
    this.splits =
        IntStream.range(0, tree.size()).filter(n -> tree.feature[n] != DecisionTree.LEAF).toArray();
    this.thresholds = new double[tree.size()];
    for (int n = 0; n < thresholds.length; n++) {
      thresholds[n] = tree.threshold[n] + 0.0;
    }
    this.firstSplitFeature = new int[splits.length];
    for (int i = 0; i < splits.length; i++) {
      firstSplitFeature[i] = b.first[splits[i]] ? tree.feature[splits[i]] : -1;
    }
    // Leaves in order of their path length, so that the loops over a leaf's features run the same
    // number of times from one leaf to the next and the processor predicts where they end.
    int leaves = b.leaves;
    Integer[] order = new Integer[leaves];
    for (int l = 0; l < leaves; l++) {
      order[l] = l;
    }
    Arrays.sort(order, Comparator.comparingInt(l -> b.featureStart[l + 1] - b.featureStart[l]));
    this.leafNode = new int[leaves];
    this.featureStart = new int[leaves + 1];
    this.leafFeatures = new int[b.featureCount];
    this.tableStart = new int[leaves];
    this.reached = new double[leaves];
    this.unknown = new double[leaves];
    int features = 0;
    for (int i = 0; i < leaves; i++) {
      int l = order[i];
      int d = b.featureStart[l + 1] - b.featureStart[l];
      leafNode[i] = b.leafNode[l];
      featureStart[i] = features;
      System.arraycopy(b.leafFeatures, b.featureStart[l], leafFeatures, features, d);
      features += d;
      tableStart[i] = b.tableStart[l];
      reached[i] = b.reached[l];
      unknown[i] = b.unknown[l];
    }
    featureStart[leaves] = features;
    this.table = b.table;
  }

  /**
   * The number of table entries a tree needs, or −1 if a leaf has more than {@link
   * #MAX_PATH_FEATURES} distinct path features.
   *
   * @param tree the tree
   * @return the entries, 0 for a single leaf
   */
  static long entries(DecisionTree tree) {
    return entries(tree, 0, new int[tree.depth() + 1], 0);
  }

  private static long entries(DecisionTree t, int node, int[] path, int d) {
    int f = t.feature[node];
    if (f == DecisionTree.LEAF) {
      if (d == 0) {
        return 0;
      }
      return d > MAX_PATH_FEATURES ? -1 : 1L << d;
    }
    int length = d;
    if (position(path, d, f) == d) {
      path[d] = f;
      length = d + 1;
    }
    long left = entries(t, t.left[node], path, length);
    long right = left < 0 ? -1 : entries(t, t.right[node], path, length);
    return left < 0 || right < 0 ? -1 : left + right;
  }

  private static int position(int[] path, int d, int feature) {
    for (int k = 0; k < d; k++) {
      if (path[k] == feature) {
        return k;
      }
    }
    return d;
  }

  /**
   * Computes the tables of a tree.
   *
   * @param tree the tree; {@link #entries} must be non-negative and fit an array
   * @return the tables
   */
  static LeafTables of(DecisionTree tree) {
    long entries = entries(tree);
    if (entries < 0 || entries > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "the tree's leaf tables would need " + entries + " entries");
    }
    Builder b = new Builder(tree, (int) entries);
    b.visit(0, 0);
    return new LeafTables(tree, b);
  }

  /**
   * The memory the tables take, in table entries.
   *
   * @return the number of doubles in the table
   */
  int size() {
    return table.length;
  }

  /**
   * Adds the tree's SHAP values for a row to {@code phi}.
   *
   * <p>A leaf gives each path feature p the value B(Q) − C(Q∖p), which is B(Q) − C(Q) for the
   * features outside Q. So each leaf adds C(Q) − C(Q∖p) to the features of Q directly, and leaves
   * B(Q) − C(Q), owed to every one of its path features, in {@code owed}; the owed amounts are then
   * summed up the tree and paid once at each split that is the first on its feature from the root,
   * which is where every leaf below it meets that feature first.
   *
   * @param x the row, without NaN
   * @param phi the values, one per feature, added to
   * @param mask scratch, at least one entry per node of the tree
   * @param owed scratch, at least one entry per node of the tree
   */
  void accumulate(double[] x, double[] phi, int[] mask, double[] owed) {
    DecisionTree t = tree;
    int[] feature = t.feature;
    double[] threshold = thresholds;
    int[] left = t.left;
    int[] right = t.right;
    int[] bit = splitBit;
    int[] order = splits;
    // Pre-order: a node's mask (bit set = the row took every branch so far on that position's
    // feature) is final before its children are reached.
    // The row goes right when threshold − x < 0, read from the sign bit rather than through a
    // comparison, which the compiler turns into a branch the processor cannot predict. It agrees
    // with x <= threshold for every non-NaN x (±∞ and overflow included) because the thresholds
    // are stored without negative zeros (x − x is +0, and +0 − (−0) too).
    mask[0] = -1;
    for (int n : order) {
      int m = mask[n];
      int b = bit[n];
      int goesRight = (int) (Double.doubleToRawLongBits(threshold[n] - x[feature[n]]) >> 63);
      mask[left[n]] = m & ~(b & goesRight);
      mask[right[n]] = m & ~(b & ~goesRight);
    }
    double[] c = table;
    int[] features = leafFeatures;
    for (int l = 0, leaves = leafNode.length; l < leaves; l++) {
      int fs = featureStart[l];
      int d = featureStart[l + 1] - fs;
      int all = (1 << d) - 1;
      int node = leafNode[l];
      int q = mask[node] & all;
      int o = tableStart[l];
      double cq = c[o + q];
      // Every position, whether in Q or not: outside Q the entry read is C(Q) itself and adds
      // exactly 0, and a loop that runs d times, like the previous leaf's (leaves are in order of
      // d), costs less than a branch per position.
      double sum = 0.0;
      for (int p = 0; p < d; p++) {
        double v = c[o + (q & ~(1 << p))];
        sum += v;
        phi[features[fs + p]] += cq - v;
      }
      double base = (sum + (q == all ? reached[l] : 0.0) - unknown[l]) * INVERSE[d];
      owed[node] = base - cq;
    }
    // Reverse pre-order: children before their parent.
    int[] pay = firstSplitFeature;
    for (int i = order.length - 1; i >= 0; i--) {
      int n = order[i];
      double o = owed[left[n]] + owed[right[n]];
      owed[n] = o;
      int f = pay[i];
      if (f >= 0) {
        phi[f] += o;
      }
    }
  }

  /** Fills the arrays in one depth-first walk. */
  private static final class Builder {
    final DecisionTree tree;
    final int[] splitBit;
    final boolean[] first;
    final int[] leafNode;
    final int[] featureStart;
    final int[] leafFeatures;
    final int[] tableStart;
    final double[] reached;
    final double[] unknown;
    final double[] table;
    final int[] pathFeature;
    final double[] pathZero;
    int leaves;
    int featureCount;
    int tableCount;

    Builder(DecisionTree tree, int entries) {
      this.tree = tree;
      int n = tree.size();
      splitBit = new int[n];
      first = new boolean[n];
      leafNode = new int[n];
      featureStart = new int[n + 1];
      leafFeatures = new int[n * Math.max(1, tree.depth())];
      tableStart = new int[n];
      reached = new double[n];
      unknown = new double[n];
      table = new double[entries];
      pathFeature = new int[tree.depth() + 1];
      pathZero = new double[tree.depth() + 1];
    }

    void visit(int node, int d) {
      int f = tree.feature[node];
      if (f == DecisionTree.LEAF) {
        leaf(node, d);
        return;
      }
      int p = position(pathFeature, d, f);
      int length = d;
      if (p == d) {
        first[node] = true;
        pathFeature[d] = f;
        pathZero[d] = 1.0;
        length = d + 1;
      }
      splitBit[node] = 1 << p;
      double saved = pathZero[p];
      pathZero[p] = saved * tree.leftShare[node];
      visit(tree.left[node], length);
      pathZero[p] = saved * tree.rightShare[node];
      visit(tree.right[node], length);
      pathZero[p] = saved;
    }

    private void leaf(int node, int d) {
      int l = leaves++;
      double v = tree.value[node];
      leafNode[l] = node;
      featureStart[l] = featureCount;
      System.arraycopy(pathFeature, 0, leafFeatures, featureCount, d);
      featureCount += d;
      featureStart[l + 1] = featureCount;
      tableStart[l] = tableCount;
      reached[l] = v;
      double none = v;
      for (int p = 0; p < d; p++) {
        none *= pathZero[p];
      }
      unknown[l] = none;
      if (d == 0) {
        return;
      }
      int count = 1 << d;
      int o = tableCount;
      tableCount += count;
      // Shapley weights by subset size k: w(k) = 1 / (d · C(d − 1, k)), and w(d) = 0.
      double[] w = new double[d + 1];
      double binomial = 1.0;
      for (int k = 0; k < d; k++) {
        w[k] = 1.0 / (d * binomial);
        binomial = binomial * (d - 1 - k) / (k + 1);
      }
      // The product of z over the features outside S, built up by the lowest bit of the
      // complement, then each subset's term w(|S|) + w(|S| − 1), scaled by v.
      double[] outside = new double[count];
      outside[0] = 1.0;
      for (int m = 1; m < count; m++) {
        outside[m] = outside[m & (m - 1)] * pathZero[Integer.numberOfTrailingZeros(m)];
      }
      int all = count - 1;
      for (int s = 0; s < count; s++) {
        int k = Integer.bitCount(s);
        double weight = w[k] + (k > 0 ? w[k - 1] : 0.0);
        table[o + s] = v * weight * outside[all ^ s];
      }
      // Subset sums: C(T) = Σ over S ⊆ T of the terms.
      for (int p = 0; p < d; p++) {
        int bit = 1 << p;
        for (int s = 0; s < count; s++) {
          if ((s & bit) != 0) {
            table[o + s] += table[o + (s ^ bit)];
          }
        }
      }
    }
  }
}
