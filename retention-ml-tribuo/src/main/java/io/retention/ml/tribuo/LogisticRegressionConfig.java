package io.retention.ml.tribuo;

import io.retention.core.analysis.RunConfig;

/**
 * Hyperparameters of {@link TribuoLogisticRegressionTrainer}: logistic regression fitted by
 * stochastic gradient descent with AdaGrad on standardised features.
 *
 * @param epochs passes over the training data, at least 1
 * @param learningRate AdaGrad's initial learning rate, positive
 * @param epsilon AdaGrad's smoothing term, positive
 * @param minibatchSize examples per gradient step, at least 1
 * @param seed the seed of the example shuffling; the same data and seed give the same model
 */
public record LogisticRegressionConfig(
    int epochs, double learningRate, double epsilon, int minibatchSize, long seed) {

  /**
   * 10 epochs, learning rate 0.1, epsilon 0.1, one example per step, the library's default seed
   * ({@link RunConfig#DEFAULT_SEED}).
   */
  public static final LogisticRegressionConfig DEFAULTS =
      new LogisticRegressionConfig(10, 0.1, 0.1, 1, RunConfig.DEFAULT_SEED);

  /** Checks the ranges. */
  public LogisticRegressionConfig {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
    }
    if (!(learningRate > 0.0 && Double.isFinite(learningRate))) {
      throw new IllegalArgumentException("learningRate must be positive, got " + learningRate);
    }
    if (!(epsilon > 0.0 && Double.isFinite(epsilon))) {
      throw new IllegalArgumentException("epsilon must be positive, got " + epsilon);
    }
    if (minibatchSize < 1) {
      throw new IllegalArgumentException("minibatchSize must be >= 1, got " + minibatchSize);
    }
  }

  /**
   * A copy with another seed.
   *
   * @param newSeed the seed
   * @return the new configuration
   */
  public LogisticRegressionConfig withSeed(long newSeed) {
    return new LogisticRegressionConfig(epochs, learningRate, epsilon, minibatchSize, newSeed);
  }
}
