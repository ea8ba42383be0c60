package io.retention.core.explain;

import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Path-dependent TreeSHAP (Lundberg, Erion and Lee, "Consistent individualized feature attribution
 * for tree ensembles", 2018): exact Shapley values of a forest's prediction, in polynomial time.
 *
 * <h2>What is computed</h2>
 *
 * For a subset S of known features, the value of a tree is its expected prediction when only the
 * features in S are known: at a split on a feature in S the row follows its own branch; at a split
 * on any other feature both branches are taken, each weighted by its share of the children's cover.
 * The SHAP value of feature i averages i's marginal effect on that value over all orders in which
 * the features could become known. A forest's SHAP values are the mean of its trees', in the
 * forest's output space (for a random forest of class-probability leaves: probability space). The
 * base value is the cover-weighted mean leaf value, averaged over the trees, so that base + Σ
 * contributions = prediction, up to rounding.
 *
 * <h2>How</h2>
 *
 * Two exact ways, which agree to rounding (about 1e-15):
 *
 * <ul>
 *   <li>Leaf tables ({@link LeafTables}), the default: for each leaf, the row-independent part of
 *       its Shapley values is computed once, when the explainer is built, for every subset of the
 *       distinct features on its path (2<sup>d</sup> numbers for d features); a row then only
 *       finds, in one pass down the tree, which of those features agree with it, and reads d
 *       entries per leaf. The cost is O(Σ over leaves of d) per tree and row. Trees are tabled in
 *       order while their tables fit in a memory budget ({@link #DEFAULT_TABLE_BYTES} unless told
 *       otherwise) and while no leaf has more than 20 distinct path features.
 *   <li>The path walk, for the other trees: one depth-first walk per tree carries the path of
 *       distinct features met so far, each with the fraction of the cover that flows down the path
 *       when the feature is unknown (its "zero" fraction) and whether the row itself goes that way
 *       when it is known (its "one" fraction, 1 or 0), together with a weight per subset size: the
 *       total Shapley weight of the subsets of that size. Entering a node extends the path with one
 *       feature, which updates the weights in O(depth); a feature met a second time is first
 *       removed from the path (the inverse update) and its fractions are combined with the new
 *       ones. At a leaf, removing each feature in turn from the path gives the weighted sum of the
 *       subsets without it, and its contribution is that sum times (one − zero) times the leaf
 *       value. The cost is O(leaves × depth²) per tree.
 * </ul>
 *
 * <p>Many rows at once ({@link #shapValues(double[][])}, {@link #explainAll}) are explained tree by
 * tree, so that a tree's tables are read from cache for every row of a block instead of from memory
 * for each row.
 *
 * <p>Immutable and safe to share between threads: each call works in its own scratch arrays.
 */
public final class TreeShapExplainer implements BatchChurnExplainer {
  /**
   * The memory an explainer spends on leaf tables unless told otherwise: 128 MiB. A forest of 500
   * trees of depth 8 over 14 features, grown on 30,000 rows, needs 88 MiB.
   */
  public static final long DEFAULT_TABLE_BYTES = 128L << 20;

  /**
   * The most rows in a block of {@link #explainAll}: each tree's tables are then read from cache
   * for 128 rows. Larger blocks gained nothing measurable, smaller ones were slower (figures in
   * retention-examples' README, TreeSHAP benchmark).
   */
  private static final int MAX_BLOCK = 128;

  /** The fewest rows in a block, unless there are fewer rows. */
  private static final int MIN_BLOCK = 16;

  /** The most entries one tree's tables may have (one Java array). */
  private static final long MAX_TREE_ENTRIES = Integer.MAX_VALUE - 8;

  private final FeatureSchema schema;
  private final TreeEnsemble forest;
  private final ExplanationSpace space;
  private final PathWalk.Ratios ratios;

  /** Per tree, its leaf tables, or null where the tree is walked. */
  private final LeafTables[] tables;

  private final long tableBytes;
  private final int maxNodes;

  /**
   * Creates an explainer.
   *
   * @param schema the features, whose indices the trees' splits use
   * @param forest the forest
   * @param space the space of the leaf values (probability for a random forest's class shares)
   */
  public TreeShapExplainer(FeatureSchema schema, TreeEnsemble forest, ExplanationSpace space) {
    this(schema, forest, space, DEFAULT_TABLE_BYTES);
  }

  /**
   * Creates an explainer that spends at most {@code tableBytes} on leaf tables. Trees are tabled in
   * order while their tables fit in what is left of the budget; the others are walked. Both ways
   * compute the same values, up to rounding (they agree to about 1e-15).
   *
   * @param schema the features, whose indices the trees' splits use
   * @param forest the forest
   * @param space the space of the leaf values (probability for a random forest's class shares)
   * @param tableBytes the memory the leaf tables' entries may take, in bytes (a tabled tree also
   *     keeps a few indexes, about 40 bytes per node); 0 walks every tree
   * @throws IllegalArgumentException if {@code tableBytes} is negative, or the forest splits on a
   *     feature outside the schema
   */
  public TreeShapExplainer(
      FeatureSchema schema, TreeEnsemble forest, ExplanationSpace space, long tableBytes) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.forest = Objects.requireNonNull(forest, "forest");
    this.space = Objects.requireNonNull(space, "space");
    if (forest.featuresNeeded() > schema.size()) {
      throw new IllegalArgumentException(
          "the forest splits on feature index "
              + (forest.featuresNeeded() - 1)
              + " but the schema has "
              + schema.size()
              + " features");
    }
    if (tableBytes < 0) {
      throw new IllegalArgumentException("tableBytes must be at least 0, got " + tableBytes);
    }
    this.ratios = new PathWalk.Ratios(forest.depth());
    List<DecisionTree> trees = forest.trees();
    this.tables = new LeafTables[trees.size()];
    long left = tableBytes / Double.BYTES;
    long used = 0;
    int nodes = 1;
    for (int t = 0; t < trees.size(); t++) {
      DecisionTree tree = trees.get(t);
      nodes = Math.max(nodes, tree.size());
      long entries = LeafTables.entries(tree);
      if (entries > 0 && entries <= left && entries <= MAX_TREE_ENTRIES) {
        tables[t] = LeafTables.of(tree);
        left -= entries;
        used += entries;
      }
    }
    this.tableBytes = used * Double.BYTES;
    this.maxNodes = nodes;
  }

  /**
   * An explainer of a forest whose leaves hold churn probabilities.
   *
   * @param schema the features
   * @param forest the forest
   * @return the explainer, in {@link ExplanationSpace#PROBABILITY}
   */
  public static TreeShapExplainer ofProbabilities(FeatureSchema schema, TreeEnsemble forest) {
    return new TreeShapExplainer(schema, forest, ExplanationSpace.PROBABILITY);
  }

  @Override
  public Explanation explain(FeatureVector features) {
    double[] x = BatchChurnExplainer.valuesOf(schema, features);
    double[] phi = shapValues(x);
    return BatchChurnExplainer.explanation(
        schema, x, phi, forest.expectedValue(), forest.predict(x), space);
  }

  /**
   * The SHAP values of one row, without building an explanation.
   *
   * @param x one value per feature of {@link #schema()}, none NaN
   * @return one SHAP value per feature
   * @throws IllegalArgumentException if the row has another length or a NaN
   */
  public double[] shapValues(double[] x) {
    return shapValues(new double[][] {x})[0];
  }

  /**
   * The SHAP values of several rows, on the calling thread. The trees are taken one at a time for
   * all the rows, so that a tree's tables stay in the processor's cache while they are read; each
   * row's values are exactly those {@link #shapValues(double[])} gives it alone.
   *
   * @param rows rows of one value per feature of {@link #schema()}, none NaN
   * @return one array of SHAP values per row, in order
   * @throws IllegalArgumentException if a row has another length or a NaN
   */
  public double[][] shapValues(double[][] rows) {
    int m = schema.size();
    for (double[] x : rows) {
      if (x.length != m) {
        throw new IllegalArgumentException("expected " + m + " values, got " + x.length);
      }
      for (int i = 0; i < m; i++) {
        if (Double.isNaN(x[i])) {
          throw new IllegalArgumentException(
              "feature '" + schema.names().get(i) + "' is NaN; a tree cannot place the row");
        }
      }
    }
    double[][] phi = new double[rows.length][m];
    List<DecisionTree> trees = forest.trees();
    int[] mask = new int[maxNodes];
    double[] owed = new double[maxNodes];
    PathWalk walk = null;
    for (int t = 0; t < tables.length; t++) {
      LeafTables table = tables[t];
      if (table != null) {
        for (int r = 0; r < rows.length; r++) {
          table.accumulate(rows[r], phi[r], mask, owed);
        }
      } else {
        if (walk == null) {
          walk = new PathWalk(ratios, forest.depth());
        }
        walk.tree = trees.get(t);
        for (int r = 0; r < rows.length; r++) {
          walk.accumulate(rows[r], phi[r]);
        }
      }
    }
    double n = trees.size();
    for (double[] values : phi) {
      for (int i = 0; i < m; i++) {
        values[i] /= n;
      }
    }
    return phi;
  }

  /**
   * Explains every row, in blocks of {@value #MIN_BLOCK} to {@value #MAX_BLOCK} rows spread over
   * the fork-join pool (the common pool unless called from a task of another); within a block the
   * trees are taken one at a time (see {@link #shapValues(double[][])}). The result equals {@link
   * #explain} row by row, whatever the thread count.
   */
  @Override
  public List<Explanation> explainAll(FeatureMatrix rows) {
    BatchChurnExplainer.requireSchema(schema, rows);
    int n = rows.size();
    // At least two blocks per processor when there are enough rows, so that both cores stay busy
    // to the end; the block size changes no value.
    int perCore = 2 * Runtime.getRuntime().availableProcessors();
    int block = Math.max(MIN_BLOCK, Math.min(MAX_BLOCK, (n + perCore - 1) / perCore));
    int blocks = (n + block - 1) / block;
    Explanation[] out = new Explanation[n];
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            b -> {
              int from = b * block;
              int to = Math.min(n, from + block);
              double[][] x = new double[to - from][];
              for (int r = from; r < to; r++) {
                x[r - from] = rows.row(r).toArray();
              }
              double[][] phi = shapValues(x);
              for (int r = from; r < to; r++) {
                double[] xr = x[r - from];
                out[r] =
                    BatchChurnExplainer.explanation(
                        schema,
                        xr,
                        phi[r - from],
                        forest.expectedValue(),
                        forest.predict(xr),
                        space);
              }
            });
    return List.of(out);
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
   * The memory the leaf tables' entries take (not counting the indexes of about 40 bytes per node).
   *
   * @return bytes, 0 if every tree is walked
   */
  public long tableBytes() {
    return tableBytes;
  }

  /**
   * The number of trees explained from leaf tables; the others, single leaves included, are walked.
   *
   * @return the count
   */
  public int tabledTrees() {
    int n = 0;
    for (LeafTables t : tables) {
      n += t == null ? 0 : 1;
    }
    return n;
  }

  /**
   * The forest explained.
   *
   * @return the forest
   */
  public TreeEnsemble forest() {
    return forest;
  }
}
