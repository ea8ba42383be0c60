package io.retention.core.explain;

/**
 * The path walk of {@link TreeShapExplainer}, for the trees it does not table: one row's
 * depth-first walk over a tree that carries the path of distinct features met so far, with their
 * fractions and the Shapley weight of each subset size, and credits each leaf's value to the
 * features of its path. The paths of all the nodes on the current root-to-node route are stacked in
 * four parallel arrays; the path of a node whose parent's path has d elements occupies d + 1 slots
 * right after the parent's.
 *
 * <p>Not thread-safe: one walk per thread, reused tree after tree.
 */
final class PathWalk {
  /**
   * Ratios of small integers used by the path updates, by path length, so that the inner loops
   * multiply instead of divide. Entry {@code [d][i]} for 0 ≤ i ≤ d. Never changed once made, so the
   * walks of one explainer share them.
   */
  static final class Ratios {
    /** (i + 1) / (d + 1): the share kept by a subset that grows when a feature joins. */
    final double[][] grow;

    /** (d − i) / (d + 1): the share kept by a subset that stays when a feature joins. */
    final double[][] stay;

    /** (d + 1) / (i + 1): undoes {@link #grow}. */
    final double[][] ungrow;

    /** (d + 1) / (d − i), for i < d: undoes {@link #stay}. */
    final double[][] unstay;

    /** The ratios for paths of up to {@code depth + 1} elements. */
    Ratios(int depth) {
      int n = depth + 2;
      grow = new double[n][];
      stay = new double[n][];
      ungrow = new double[n][];
      unstay = new double[n][];
      for (int d = 0; d < n; d++) {
        grow[d] = new double[d + 1];
        stay[d] = new double[d + 1];
        ungrow[d] = new double[d + 1];
        unstay[d] = new double[d + 1];
        for (int i = 0; i <= d; i++) {
          grow[d][i] = (i + 1.0) / (d + 1.0);
          stay[d][i] = (d - i) / (d + 1.0);
          ungrow[d][i] = (d + 1.0) / (i + 1.0);
          unstay[d][i] = i < d ? (d + 1.0) / (d - i) : 0.0;
        }
      }
    }
  }

  private final Ratios ratios;
  private final int[] pathFeature;
  private final double[] pathZero;
  private final double[] pathOne;
  private final double[] pathWeight;
  private final int[] hotFeature;
  private final double[] leafWeight;
  private final double[] hotZero;

  /** The tree walked: set before its rows are {@linkplain #accumulate accumulated}. */
  DecisionTree tree;

  private double[] x;
  private double[] phi;

  /** A walk over trees of at most {@code depth} levels of splits. */
  PathWalk(Ratios ratios, int depth) {
    this.ratios = ratios;
    int slots = (depth + 2) * (depth + 3) / 2;
    pathFeature = new int[slots];
    pathZero = new double[slots];
    pathOne = new double[slots];
    pathWeight = new double[slots];
    hotFeature = new int[depth + 1];
    leafWeight = new double[depth + 2];
    hotZero = new double[depth + 1];
  }

  /**
   * Visits a split ({@link #visit} handles leaves).
   *
   * @param node the node
   * @param off where the parent's path starts
   * @param d the length of the parent's path (the new element goes at index d)
   * @param zero the fraction of the parent's cover that reaches this node
   * @param one 1 if the row goes to this node when the parent's feature is known, else 0
   * @param feature the parent's split feature (−1 at the root)
   */
  private void recurse(int node, int off, int d, double zero, double one, int feature) {
    // Copy the parent's path into this node's slots, extended with the parent's feature.
    int here = off + d;
    extendInto(off, here, d, zero, one, feature);
    DecisionTree t = tree;
    int split = t.feature[node];
    boolean goesLeft = x[split] <= t.threshold[node];
    int hot = goesLeft ? t.left[node] : t.right[node];
    int cold = goesLeft ? t.right[node] : t.left[node];
    double hotShare = goesLeft ? t.leftShare[node] : t.rightShare[node];
    double coldShare = goesLeft ? t.rightShare[node] : t.leftShare[node];
    double incomingZero = 1.0;
    double incomingOne = 1.0;
    int length = d;
    for (int k = 1; k <= d; k++) {
      if (pathFeature[here + k] == split) {
        incomingZero = pathZero[here + k];
        incomingOne = pathOne[here + k];
        unwind(here, d, k);
        length = d - 1;
        break;
      }
    }
    visit(hot, here, length + 1, hotShare * incomingZero, incomingOne, split);
    visit(cold, here, length + 1, coldShare * incomingZero, 0.0, split);
  }

  /**
   * Visits a child: a split through {@link #recurse}, a leaf directly, without copying the parent's
   * features and fractions (only the extended weights are written, to {@link #leafWeight}).
   */
  private void visit(int node, int off, int d, double zero, double one, int feature) {
    DecisionTree t = tree;
    if (t.feature[node] != DecisionTree.LEAF) {
      recurse(node, off, d, zero, one, feature);
      return;
    }
    double[] w = leafWeight;
    if (d == 0) {
      w[0] = 1.0;
    } else {
      double[] grow = ratios.grow[d];
      double[] stay = ratios.stay[d];
      double below = 0.0;
      for (int i = 0; i < d; i++) {
        double old = pathWeight[off + i];
        w[i] = zero * old * stay[i] + below;
        below = one * old * grow[i];
      }
      w[d] = below;
    }
    leaf(off, d, w, zero, one, feature, t.value[node]);
  }

  /**
   * Credits a leaf's value to the features of its path: elements 1..d−1 are those of the parent's
   * path at p (element 0 is the root's placeholder), element d is the parent's split ({@code
   * zeroD}, {@code oneD}, {@code featureD}), and {@code w} holds the d + 1 weights. For an element
   * whose row does not take this path (one = 0), the weight of the path without it is (1 / zero)
   * Σ_i w_i (d + 1) / (d − i), a sum shared by all such elements, so it is computed once. The
   * elements whose row takes the path are unwound together, one weight index at a time, so that
   * their independent recurrences overlap in the processor.
   */
  private void leaf(int p, int d, double[] w, double zeroD, double oneD, int featureD, double v) {
    double[] ungrow = ratios.ungrow[d];
    double[] unstay = ratios.unstay[d];
    double[] stay = ratios.stay[d];
    double coldSum = Double.NaN;
    int hot = 0;
    for (int k = 1; k <= d; k++) {
      double one = k < d ? pathOne[p + k] : oneD;
      double zero = k < d ? pathZero[p + k] : zeroD;
      int f = k < d ? pathFeature[p + k] : featureD;
      if (one != 0.0) {
        // The "one" fractions are 1 (the row takes the path) or 0: dividing by and multiplying
        // by them is left out, which changes no bit of the result.
        hotFeature[hot] = f;
        hotZero[hot] = zero;
        hot++;
      } else {
        if (Double.isNaN(coldSum)) {
          coldSum = 0.0;
          for (int i = d - 1; i >= 0; i--) {
            coldSum += w[i] * unstay[i];
          }
        }
        phi[f] -= coldSum * v;
      }
    }
    // Two elements at a time, in local variables: their recurrences are independent, so the
    // processor overlaps them, and nothing goes through memory inside the loop.
    double wd = w[d];
    int j = 0;
    for (; j + 1 < hot; j += 2) {
      double z0 = hotZero[j];
      double z1 = hotZero[j + 1];
      double next0 = wd;
      double next1 = wd;
      double total0 = 0.0;
      double total1 = 0.0;
      for (int i = d - 1; i >= 0; i--) {
        double ug = ungrow[i];
        double st = stay[i];
        double wi = w[i];
        double u0 = next0 * ug;
        double u1 = next1 * ug;
        total0 += u0;
        total1 += u1;
        next0 = wi - u0 * (z0 * st);
        next1 = wi - u1 * (z1 * st);
      }
      phi[hotFeature[j]] += total0 * (1.0 - z0) * v;
      phi[hotFeature[j + 1]] += total1 * (1.0 - z1) * v;
    }
    if (j < hot) {
      double z0 = hotZero[j];
      double next0 = wd;
      double total0 = 0.0;
      for (int i = d - 1; i >= 0; i--) {
        double u0 = next0 * ungrow[i];
        total0 += u0;
        next0 = w[i] - u0 * (z0 * stay[i]);
      }
      phi[hotFeature[j]] += total0 * (1.0 - z0) * v;
    }
  }

  /**
   * Writes at {@code to} the path at {@code from} (d elements) extended with one more element at
   * index d, in one pass: the new weight of subset size i is the old weight of size i times the
   * chance that the feature stays unknown, (d − i) / (d + 1) × zero, plus the old weight of size i
   * − 1 times the chance that it joins, i / (d + 1) × one.
   */
  private void extendInto(int from, int to, int d, double zero, double one, int feature) {
    for (int i = 0; i < d; i++) {
      pathFeature[to + i] = pathFeature[from + i];
      pathZero[to + i] = pathZero[from + i];
      pathOne[to + i] = pathOne[from + i];
    }
    pathFeature[to + d] = feature;
    pathZero[to + d] = zero;
    pathOne[to + d] = one;
    if (d == 0) {
      pathWeight[to] = 1.0;
      return;
    }
    double[] grow = ratios.grow[d];
    double[] stay = ratios.stay[d];
    double below = 0.0;
    for (int i = 0; i < d; i++) {
      double w = pathWeight[from + i];
      pathWeight[to + i] = zero * w * stay[i] + below;
      below = one * w * grow[i];
    }
    pathWeight[to + d] = below;
  }

  /**
   * Removes element k from the path at p (elements 0..d), inverting {@link #extendInto} for its
   * fractions; the path then has elements 0..d−1.
   */
  private void unwind(int p, int d, int k) {
    double one = pathOne[p + k];
    double zero = pathZero[p + k];
    double[] ungrow = ratios.ungrow[d];
    double[] unstay = ratios.unstay[d];
    double[] stay = ratios.stay[d];
    if (one != 0.0) {
      double invOne = 1.0 / one;
      double next = pathWeight[p + d];
      for (int i = d - 1; i >= 0; i--) {
        double saved = pathWeight[p + i];
        double w = next * ungrow[i] * invOne;
        pathWeight[p + i] = w;
        next = saved - w * zero * stay[i];
      }
    } else {
      double invZero = 1.0 / zero;
      for (int i = d - 1; i >= 0; i--) {
        pathWeight[p + i] = pathWeight[p + i] * unstay[i] * invZero;
      }
    }
    for (int i = k; i < d; i++) {
      pathFeature[p + i] = pathFeature[p + i + 1];
      pathZero[p + i] = pathZero[p + i + 1];
      pathOne[p + i] = pathOne[p + i + 1];
    }
  }

  /**
   * Adds one row's SHAP values for {@link #tree}, not yet divided by the number of trees.
   *
   * @param row the row, one value per feature
   * @param values the row's SHAP values so far, added to
   */
  void accumulate(double[] row, double[] values) {
    x = row;
    phi = values;
    visit(0, 0, 0, 1.0, 1.0, -1);
  }
}
