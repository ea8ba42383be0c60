package io.retention.core.explain;

import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import java.util.Objects;

/**
 * Interventional TreeSHAP against a bounded background set: exact Shapley values of a forest where
 * an unknown feature takes its value from a background row, averaged over the background rows.
 *
 * <h2>What is computed</h2>
 *
 * For a row x, a background row z and a subset S of known features, the value is the forest's
 * prediction for the hybrid row that takes the features in S from x and the others from z; the
 * subset's value is its mean over the background rows. Unlike the path-dependent variant, this
 * ignores covers and breaks the dependence between features, which is what "what if this customer
 * had the typical value of this feature" means. The base value is the mean prediction over the
 * background rows, and base + Σ contributions = prediction for each background row separately, so
 * also for their mean.
 *
 * <h2>How</h2>
 *
 * For one tree and one background row, walk the nodes that the hybrid rows can reach: where x and z
 * go the same way, only that branch; where they part, x's branch (the feature joins the set A of
 * features that must come from x) and z's branch (it joins the set B that must come from z), unless
 * the feature is already in the other set, which makes the branch unreachable. A leaf with value v
 * is reached exactly by the subsets that contain A and avoid B; the Shapley values of that game are
 * {@code v (|A|−1)! |B|! / (|A|+|B|)!} for each feature of A and {@code −v |A|! (|B|−1)! /
 * (|A|+|B|)!} for each feature of B. The cost is at most the number of nodes per tree and
 * background row, so the background set is bounded by {@link #MAX_BACKGROUND}.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class InterventionalTreeShapExplainer implements BatchChurnExplainer {
  /** The largest background set accepted: the cost of an explanation grows with its size. */
  public static final int MAX_BACKGROUND = 1000;

  private final FeatureSchema schema;
  private final TreeEnsemble forest;
  private final ExplanationSpace space;
  private final double[][] background;
  private final double base;

  /**
   * Creates an explainer.
   *
   * @param schema the features, whose indices the trees' splits use
   * @param forest the forest
   * @param space the space of the leaf values
   * @param background 1 to {@link #MAX_BACKGROUND} reference rows (100 to 1000 in practice), with
   *     {@code schema}
   */
  public InterventionalTreeShapExplainer(
      FeatureSchema schema, TreeEnsemble forest, ExplanationSpace space, FeatureMatrix background) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.forest = Objects.requireNonNull(forest, "forest");
    this.space = Objects.requireNonNull(space, "space");
    Objects.requireNonNull(background, "background");
    if (forest.featuresNeeded() > schema.size()) {
      throw new IllegalArgumentException(
          "the forest splits on feature index "
              + (forest.featuresNeeded() - 1)
              + " but the schema has "
              + schema.size()
              + " features");
    }
    if (!background.schema().equals(schema)) {
      throw new IllegalArgumentException(
          "background has features "
              + background.schema().names()
              + ", expected "
              + schema.names());
    }
    if (background.size() < 1 || background.size() > MAX_BACKGROUND) {
      throw new IllegalArgumentException(
          "background must have 1 to " + MAX_BACKGROUND + " rows, got " + background.size());
    }
    this.background = new double[background.size()][];
    double sum = 0.0;
    for (int r = 0; r < this.background.length; r++) {
      this.background[r] = background.row(r).toArray();
      sum += forest.predict(this.background[r]);
    }
    this.base = sum / this.background.length;
  }

  @Override
  public Explanation explain(FeatureVector features) {
    double[] x = BatchChurnExplainer.valuesOf(schema, features);
    double[] phi = shapValues(x);
    return BatchChurnExplainer.explanation(schema, x, phi, base, forest.predict(x), space);
  }

  /**
   * The SHAP values of one row, without building an explanation.
   *
   * @param x one value per feature of {@link #schema()}
   * @return one SHAP value per feature
   */
  public double[] shapValues(double[] x) {
    if (x.length != schema.size()) {
      throw new IllegalArgumentException("expected " + schema.size() + " values, got " + x.length);
    }
    double[] phi = new double[x.length];
    Walk walk = new Walk(x, phi, forest.depth());
    for (double[] z : background) {
      walk.z = z;
      for (DecisionTree tree : forest.trees()) {
        walk.tree = tree;
        walk.recurse(0, 0, 0);
      }
    }
    double n = (double) background.length * forest.trees().size();
    for (int i = 0; i < phi.length; i++) {
      phi[i] /= n;
    }
    return phi;
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  @Override
  public ExplanationSpace space() {
    return space;
  }

  /**
   * The background size.
   *
   * @return the number of reference rows
   */
  public int backgroundSize() {
    return background.length;
  }

  /** One row's walk over the trees for one background row at a time. */
  private static final class Walk {
    private static final byte NONE = 0;
    private static final byte FROM_X = 1;
    private static final byte FROM_Z = 2;

    private final double[] x;
    private final double[] phi;

    /** Which set each feature is in on the current route. */
    private final byte[] set;

    /** The features of A and B on the current route, in the order they joined. */
    private final int[] members;

    /** weightA[a][b] = (a−1)! b! / (a+b)!, for a ≥ 1. */
    private final double[][] weight;

    DecisionTree tree;
    double[] z;

    Walk(double[] x, double[] phi, int depth) {
      this.x = x;
      this.phi = phi;
      this.set = new byte[x.length];
      this.members = new int[depth + 1];
      int n = Math.min(depth, x.length) + 1;
      weight = new double[n + 1][n + 1];
      for (int a = 1; a <= n; a++) {
        for (int b = 0; a + b <= n; b++) {
          // (a−1)! b! / (a+b)! = 1 / (a · C(a+b, a))
          double c = 1.0;
          for (int j = 1; j <= a; j++) {
            c = c * (b + j) / j;
          }
          weight[a][b] = 1.0 / (a * c);
        }
      }
    }

    void recurse(int node, int a, int b) {
      DecisionTree t = tree;
      int f = t.feature[node];
      if (f == DecisionTree.LEAF) {
        if (a + b == 0) {
          return;
        }
        double v = t.value[node];
        double plus = a > 0 ? v * weight[a][b] : 0.0;
        double minus = b > 0 ? v * weight[b][a] : 0.0;
        for (int i = 0; i < a + b; i++) {
          int m = members[i];
          if (set[m] == FROM_X) {
            phi[m] += plus;
          } else {
            phi[m] -= minus;
          }
        }
        return;
      }
      int xChild = x[f] <= t.threshold[node] ? t.left[node] : t.right[node];
      int zChild = z[f] <= t.threshold[node] ? t.left[node] : t.right[node];
      if (xChild == zChild) {
        recurse(xChild, a, b);
        return;
      }
      byte state = set[f];
      if (state == FROM_X) {
        recurse(xChild, a, b);
      } else if (state == FROM_Z) {
        recurse(zChild, a, b);
      } else {
        members[a + b] = f;
        set[f] = FROM_X;
        recurse(xChild, a + 1, b);
        set[f] = FROM_Z;
        recurse(zChild, a, b + 1);
        set[f] = NONE;
      }
    }
  }
}
