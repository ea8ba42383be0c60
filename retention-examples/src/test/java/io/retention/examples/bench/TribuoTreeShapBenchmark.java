package io.retention.examples.bench;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.port.out.ChurnModel;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoExplainers;
import io.retention.ml.tribuo.TribuoRandomForestTrainer;
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
 * TreeSHAP explanations per second on a random forest trained by this project's {@link
 * TribuoRandomForestTrainer} (depth 8, the library defaults otherwise) on 30,000 generated rows ×
 * 14 features of the same kinds as {@link TreeShapBenchmark}'s, explained through {@link
 * TribuoExplainers}: path-dependent one row at a time on one and two threads, {@value #BATCH} rows
 * through {@code explainAll} in a pool of one and of two threads, interventional against {@value
 * #BACKGROUND} background rows on one thread, beside the forest's own probability of the same rows
 * (the reference).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TribuoTreeShapBenchmark {
  private static final int ROWS = 30_000;
  private static final int FEATURES = 14;
  private static final int EXPLAINED = 1024;
  private static final int BACKGROUND = 100;
  private static final int BATCH = 256;
  private static final long SEED = 42;

  /** The number of trees. */
  @Param({"500", "100"})
  public int trees;

  private ChurnModel model;
  private BatchChurnExplainer pathDependent;
  private BatchChurnExplainer interventional;
  private List<FeatureVector> rows;
  private FeatureMatrix batch;
  private ForkJoinPool onePool;
  private ForkJoinPool twoPool;

  /** Generates the data, trains the forest and builds the explainers. */
  @Setup
  public void setUp() {
    FeatureMatrix data = rows(ROWS, SEED);
    model =
        new TribuoRandomForestTrainer(
                RandomForestConfig.DEFAULTS.withTrees(trees).withThreads(2).withSeed(SEED))
            .train(data);
    pathDependent = TribuoExplainers.forModel(model, data);
    interventional = TribuoExplainers.forModelInterventional(model, rows(BACKGROUND, SEED + 1));
    rows = new ArrayList<>(EXPLAINED);
    for (int i = 0; i < EXPLAINED; i++) {
      rows.add(data.row(i));
    }
    batch = rows(BATCH, SEED + 2);
    onePool = new ForkJoinPool(1);
    twoPool = new ForkJoinPool(2);
  }

  /** Stops the pools. */
  @TearDown
  public void tearDown() {
    onePool.shutdownNow();
    twoPool.shutdownNow();
  }

  /** Rows as in {@link TreeShapBenchmark}: continuous, small-integer and binary features. */
  private static FeatureMatrix rows(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> names = new ArrayList<>();
    for (int f = 0; f < FEATURES; f++) {
      names.add("x" + f);
    }
    double[][] values = new double[n][FEATURES];
    List<CustomerId> ids = new ArrayList<>(n);
    List<ChurnLabel> labels = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      double score = 0.0;
      for (int f = 0; f < FEATURES; f++) {
        double v =
            f % 3 == 0
                ? random.nextGaussian()
                : f % 3 == 1 ? random.nextInt(10) : random.nextInt(2);
        values[r][f] = v;
        score += (f % 2 == 0 ? 1 : -1) * v / (1 + f);
      }
      ids.add(CustomerId.of(String.format(Locale.ROOT, "c%05d", r)));
      labels.add(ChurnLabel.of(score + random.nextGaussian() > 0));
    }
    return new FeatureMatrix(new FeatureSchema(names), ids, values, labels);
  }

  /** Each thread explains its own sequence of rows. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    FeatureVector row(List<FeatureVector> rows) {
      FeatureVector x = rows.get(next);
      next = (next + 1) % EXPLAINED;
      return x;
    }
  }

  /**
   * One path-dependent explanation on one thread.
   *
   * @param cursor the row to explain
   * @return the explanation's prediction
   */
  @Benchmark
  @Threads(1)
  public double explainOneThread(Cursor cursor) {
    return pathDependent.explain(cursor.row(rows)).prediction();
  }

  /**
   * One path-dependent explanation on each of two threads (the score counts both).
   *
   * @param cursor the row to explain
   * @return the explanation's prediction
   */
  @Benchmark
  @Threads(2)
  public double explainTwoThreads(Cursor cursor) {
    return pathDependent.explain(cursor.row(rows)).prediction();
  }

  /**
   * {@value #BATCH} path-dependent explanations through {@code explainAll}, inside a pool of one
   * thread (a parallel stream started in a pool's task runs in that pool).
   *
   * @return the explanations
   * @throws Exception if the task fails
   */
  @Benchmark
  @Threads(1)
  public List<Explanation> explainAllOneThread() throws Exception {
    return onePool.submit(() -> pathDependent.explainAll(batch)).get();
  }

  /**
   * The same {@value #BATCH} explanations inside a pool of two threads.
   *
   * @return the explanations
   * @throws Exception if the task fails
   */
  @Benchmark
  @Threads(1)
  public List<Explanation> explainAllTwoThreads() throws Exception {
    return twoPool.submit(() -> pathDependent.explainAll(batch)).get();
  }

  /**
   * One interventional explanation against the background rows, on one thread.
   *
   * @param cursor the row to explain
   * @return the explanation's prediction
   */
  @Benchmark
  @Threads(1)
  public double explainInterventionalOneThread(Cursor cursor) {
    return interventional.explain(cursor.row(rows)).prediction();
  }

  /**
   * The reference: the forest's probability for one row, on one thread.
   *
   * @param cursor the row to score
   * @return the probability
   */
  @Benchmark
  @Threads(1)
  public double predictOneThread(Cursor cursor) {
    return model.probability(cursor.row(rows));
  }
}
