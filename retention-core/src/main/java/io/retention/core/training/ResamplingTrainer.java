package io.retention.core.training;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ProgressListener;
import java.util.Objects;

/**
 * A trainer that rebalances its training rows with a {@link Resampling} before handing them to
 * another trainer. Because resampling happens inside {@link #train}, cross-validation that calls
 * this trainer once per fold resamples each training fold only, and evaluation rows are never
 * touched. Immutable and safe to share when the wrapped trainer is.
 */
public final class ResamplingTrainer implements ChurnTrainer {
  private final ChurnTrainer inner;
  private final Resampling resampling;

  /**
   * Wraps a trainer.
   *
   * @param inner the trainer that learns from the rebalanced rows
   * @param resampling how to rebalance
   */
  public ResamplingTrainer(ChurnTrainer inner, Resampling resampling) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.resampling = Objects.requireNonNull(resampling, "resampling");
  }

  @Override
  public String name() {
    return inner.name() + "+" + resampling.name();
  }

  @Override
  public ChurnModel train(FeatureMatrix training, ProgressListener progress) {
    return inner.train(resampling.apply(training), progress);
  }
}
