package io.retention.examples.bench;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.port.out.ChurnModel;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoRandomForestTrainer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Training time of a 100-tree random forest (the library defaults: histogram CART on at most 255
 * bins per feature, depth 8, min child weight 20, 30% of the features per split) on 100,000
 * generated rows of 20 features, on two threads. The same rows are written to {@code
 * target/bench/forest-train.csv} (and 20,000 test rows to {@code forest-test.csv}) so that {@code
 * src/test/python/sklearn_forest_reference.py} can time scikit-learn's {@code
 * RandomForestClassifier(n_estimators=100, n_jobs=2)} on them in the same sitting; the hold-out
 * ROC-AUC of the last forest is printed at tear-down for the equal-quality check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ForestTrainingBenchmark {
  private static final int TRAIN_ROWS = 100_000;
  private static final int TEST_ROWS = 20_000;

  /** The forest size the README's figures and the scikit-learn reference were measured with. */
  private static final int TREES = 100;

  private static final Path DIR = Paths.get(System.getProperty("bench.dir", "target/bench"));

  private FeatureMatrix train;
  private FeatureMatrix test;
  private ChurnModel last;

  /** Generates the rows and writes them as CSV. */
  @Setup(Level.Trial)
  public void setUp() {
    train = BenchData.rows(TRAIN_ROWS, 42);
    test = BenchData.rows(TEST_ROWS, 43);
    BenchData.writeCsv(train, DIR.resolve("forest-train.csv"));
    BenchData.writeCsv(test, DIR.resolve("forest-test.csv"));
  }

  /**
   * Trains a 100-tree forest with the library's other defaults (depth 8, min child weight 20, 30%
   * of the features per split) on two threads.
   *
   * @return the model
   */
  @Benchmark
  public ChurnModel trainForest() {
    last =
        new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(TREES).withThreads(2))
            .train(train);
    return last;
  }

  /** Reports the hold-out ROC-AUC of the last forest, for the comparison with scikit-learn. */
  @TearDown(Level.Trial)
  public void report() {
    boolean[] y = new boolean[test.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = test.labels().get(i) == ChurnLabel.CHURNED;
    }
    System.out.printf(
        Locale.ROOT,
        "%nforest hold-out ROC-AUC: %.4f%n",
        BinaryMetrics.rocAuc(last.probabilities(test), y));
  }
}
