package io.retention.examples.bench;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnModel;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoLogisticRegressionTrainer;
import io.retention.ml.tribuo.TribuoRandomForestTrainer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring cost of logistic regression and the 100-tree forest: single-customer latency (sampled, so
 * JMH reports p50 and p99) and batch throughput over 10,000 rows (parallel on both cores).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChurnScoringBenchmark {
  private static final int BATCH = 10_000;

  /** Which model: {@code lr} or {@code forest}. */
  @Param({"lr", "forest"})
  public String model;

  /** The forest size the README's scoring figures were measured with. */
  private static final int TREES = 100;

  private ChurnModel churn;
  private FeatureMatrix batch;
  private FeatureVector[] singles;
  private int next;

  /** Trains the model on 20,000 generated rows. */
  @Setup
  public void setUp() {
    FeatureMatrix train = BenchData.rows(20_000, 42);
    churn =
        "lr".equals(model)
            ? new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS).train(train)
            : new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(TREES))
                .train(train);
    batch = BenchData.rows(BATCH, 43);
    singles = new FeatureVector[1024];
    for (int i = 0; i < singles.length; i++) {
      singles[i] = batch.row(i);
    }
  }

  /**
   * Scores one customer.
   *
   * @return the probability
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public double single() {
    next = (next + 1) & (singles.length - 1);
    return churn.probability(singles[next]);
  }

  /**
   * Scores 10,000 customers as one batch.
   *
   * @return the probabilities
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OperationsPerInvocation(BATCH)
  public double[] batch() {
    return churn.probabilities(batch);
  }
}
