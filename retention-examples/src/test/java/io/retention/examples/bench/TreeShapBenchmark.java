package io.retention.examples.bench;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.explain.TreeEnsemble;
import io.retention.core.explain.TreeNode;
import io.retention.core.explain.TreeShapExplainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Path-dependent TreeSHAP explanations per second on a forest of the shape of a random forest
 * fitted to an Adult-sized table (30,000 rows × 14 features, depth 8), on one and on two threads,
 * beside the cost of the forest's prediction for the same rows (the reference: what scoring alone
 * costs).
 *
 * <p>The forest is grown in the setup from seeded synthetic data: each tree is fitted to a
 * bootstrap sample, splits on a random feature at the value of a random row of the node (so that
 * both children receive rows), stops at depth 8 or at fewer than {@value #MIN_SPLIT} rows, and its
 * leaves hold the share of positive labels; covers are the bootstrap row counts, as an adapter
 * would compute them from the training data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TreeShapBenchmark {
  private static final int ROWS = 30_000;
  private static final int FEATURES = 14;
  private static final int DEPTH = 8;
  private static final int MIN_SPLIT = 10;
  private static final int EXPLAINED = 1024;
  private static final int BATCH = 256;
  private static final long SEED = 42;

  /** The number of trees. */
  @Param({"500", "100"})
  public int trees;

  /**
   * How trees are explained: "tables" from leaf tables within the default memory budget, "walk" by
   * the path walk alone (the reference, measured in the same run).
   */
  @Param({"tables", "walk"})
  public String method;

  private TreeShapExplainer explainer;
  private TreeEnsemble forest;
  private double[][] data;
  private FeatureMatrix batch;
  private double[][] batchRows;
  private ForkJoinPool onePool;
  private ForkJoinPool twoPool;

  /** Generates the data and grows the forest. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(SEED);
    data = new double[ROWS][FEATURES];
    boolean[] label = new boolean[ROWS];
    for (int r = 0; r < ROWS; r++) {
      double score = 0.0;
      for (int f = 0; f < FEATURES; f++) {
        // Mixed feature kinds: continuous, small integers and binary flags.
        double v =
            f % 3 == 0
                ? random.nextGaussian()
                : f % 3 == 1 ? random.nextInt(10) : random.nextInt(2);
        data[r][f] = v;
        score += (f % 2 == 0 ? 1 : -1) * v / (1 + f);
      }
      label[r] = score + random.nextGaussian() > 0;
    }
    List<TreeNode> roots = new ArrayList<>();
    for (int t = 0; t < trees; t++) {
      int[] sample = new int[ROWS];
      for (int r = 0; r < ROWS; r++) {
        sample[r] = random.nextInt(ROWS);
      }
      roots.add(grow(sample, 0, ROWS, 0, label, random));
    }
    forest = TreeEnsemble.of(roots);
    List<String> names = new ArrayList<>();
    for (int f = 0; f < FEATURES; f++) {
      names.add("x" + f);
    }
    FeatureSchema schema = new FeatureSchema(names);
    explainer =
        new TreeShapExplainer(
            schema,
            forest,
            ExplanationSpace.PROBABILITY,
            method.equals("walk") ? 0 : TreeShapExplainer.DEFAULT_TABLE_BYTES);
    System.err.printf(
        Locale.ROOT,
        "%d trees, %d nodes, %d tabled in %.1f MiB%n",
        trees,
        forest.trees().stream().mapToInt(t -> t.size()).sum(),
        explainer.tabledTrees(),
        explainer.tableBytes() / 1048576.0);
    List<CustomerId> ids = new ArrayList<>(BATCH);
    batchRows = new double[BATCH][];
    for (int r = 0; r < BATCH; r++) {
      ids.add(CustomerId.of(String.format(Locale.ROOT, "c%03d", r)));
      batchRows[r] = data[r];
    }
    onePool = new ForkJoinPool(1);
    twoPool = new ForkJoinPool(2);
    batch =
        new FeatureMatrix(
            schema, ids, batchRows, java.util.Collections.nCopies(BATCH, ChurnLabel.UNKNOWN));
  }

  /** Stops the pools. */
  @TearDown
  public void tearDown() {
    onePool.shutdownNow();
    twoPool.shutdownNow();
  }

  /** Grows a node over sample[from, to), partitioning it in place. */
  private TreeNode grow(
      int[] sample, int from, int to, int depth, boolean[] label, SplittableRandom random) {
    int n = to - from;
    if (depth < DEPTH && n >= MIN_SPLIT) {
      for (int attempt = 0; attempt < 5; attempt++) {
        int feature = random.nextInt(FEATURES);
        double threshold = data[sample[from + random.nextInt(n)]][feature];
        int mid = from;
        for (int i = from; i < to; i++) {
          if (data[sample[i]][feature] <= threshold) {
            int tmp = sample[i];
            sample[i] = sample[mid];
            sample[mid] = tmp;
            mid++;
          }
        }
        if (mid > from && mid < to) {
          TreeNode left = grow(sample, from, mid, depth + 1, label, random);
          TreeNode right = grow(sample, mid, to, depth + 1, label, random);
          return new TreeNode.Split(feature, threshold, left, right, n);
        }
      }
    }
    int positive = 0;
    for (int i = from; i < to; i++) {
      positive += label[sample[i]] ? 1 : 0;
    }
    return new TreeNode.Leaf((double) positive / n, n);
  }

  /** Each thread explains its own sequence of rows. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    double[] row(double[][] data) {
      double[] x = data[next];
      next = (next + 1) % EXPLAINED;
      return x;
    }
  }

  /**
   * One explanation on one thread.
   *
   * @param cursor the row to explain
   * @return the SHAP values
   */
  @Benchmark
  @Threads(1)
  public double[] explainOneThread(Cursor cursor) {
    return explainer.shapValues(cursor.row(data));
  }

  /**
   * One explanation on each of two threads (the score counts both).
   *
   * @param cursor the row to explain
   * @return the SHAP values
   */
  @Benchmark
  @Threads(2)
  public double[] explainTwoThreads(Cursor cursor) {
    return explainer.shapValues(cursor.row(data));
  }

  /**
   * {@value #BATCH} rows explained one after the other on the calling thread, each alone: the
   * reference for the batch benchmarks.
   *
   * @return the explanations
   */
  @Benchmark
  @Threads(1)
  public List<Explanation> explainBatchSequentially() {
    List<Explanation> out = new ArrayList<>(BATCH);
    for (int r = 0; r < BATCH; r++) {
      out.add(explainer.explain(batch.row(r)));
    }
    return out;
  }

  /**
   * The SHAP values of the same {@value #BATCH} rows at once on the calling thread, tree by tree
   * (without building explanations).
   *
   * @return the values
   */
  @Benchmark
  @Threads(1)
  public double[][] shapValuesOfBatchOneThread() {
    return explainer.shapValues(batchRows);
  }

  /**
   * The same {@value #BATCH} rows through {@code explainAll}, inside a pool of one thread (a
   * parallel stream started in a pool's task runs in that pool).
   *
   * @return the explanations
   * @throws Exception if the task fails
   */
  @Benchmark
  @Threads(1)
  public List<Explanation> explainAllOneThread() throws Exception {
    return onePool.submit(() -> explainer.explainAll(batch)).get();
  }

  /**
   * The same {@value #BATCH} rows through {@code explainAll}, inside a pool of two threads.
   *
   * @return the explanations
   * @throws Exception if the task fails
   */
  @Benchmark
  @Threads(1)
  public List<Explanation> explainAllTwoThreads() throws Exception {
    return twoPool.submit(() -> explainer.explainAll(batch)).get();
  }

  /**
   * The reference: the forest's prediction for one row, on one thread.
   *
   * @param cursor the row to score
   * @return the prediction
   */
  @Benchmark
  @Threads(1)
  public double predictOneThread(Cursor cursor) {
    return forest.predict(cursor.row(data));
  }
}
