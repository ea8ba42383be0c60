package io.retention.ml.tribuo;

import io.retention.core.analysis.RunConfig;

/**
 * Hyperparameters of {@link TribuoRandomForestTrainer}: a bagged ensemble of CART trees, each grown
 * on a bootstrap sample with a random subset of the features tried at every split.
 *
 * @param trees the number of trees, at least 1
 * @param maxDepth the maximum depth of a tree, at least 1
 * @param minChildWeight the least total example weight a node needs to be split further (Tribuo's
 *     minimum child weight; with unit weights, a minimum node size), positive
 * @param featureFraction the share of features tried at each split, in (0, 1]; raised to at least
 *     one feature, so that every node can split
 * @param threads how many trees train at once, at least 1; the result does not depend on it
 * @param seed the seed of the bootstrap samples and feature draws; the same data and seed give the
 *     same forest
 * @param maxBins the most bins each feature is cut into before the trees grow (split points are
 *     searched between bins, at quantiles of the training values; a feature with fewer distinct
 *     values gets one bin per value, so its splits are exact), in [2, 255]
 */
public record RandomForestConfig(
    int trees,
    int maxDepth,
    float minChildWeight,
    double featureFraction,
    int threads,
    long seed,
    int maxBins) {

  /**
   * The number of trees in {@link #DEFAULTS}: the library's {@link RunConfig#DEFAULT_FOREST_TREES}.
   */
  public static final int DEFAULT_TREES = RunConfig.DEFAULT_FOREST_TREES;

  /** The maximum depth in {@link #DEFAULTS}. */
  public static final int DEFAULT_MAX_DEPTH = 8;

  /** The minimum child weight in {@link #DEFAULTS}. */
  public static final float DEFAULT_MIN_CHILD_WEIGHT = 20.0f;

  /** The feature fraction in {@link #DEFAULTS}. */
  public static final double DEFAULT_FEATURE_FRACTION = 0.3;

  /** The seed in {@link #DEFAULTS}: the library's {@link RunConfig#DEFAULT_SEED}. */
  public static final long DEFAULT_SEED = RunConfig.DEFAULT_SEED;

  /** The most bins per feature in {@link #DEFAULTS}, and the largest allowed. */
  public static final int DEFAULT_MAX_BINS = 255;

  /** The fewest bins per feature allowed. */
  public static final int MIN_BINS = 2;

  /**
   * The library's default number of trees ({@link RunConfig#DEFAULT_FOREST_TREES}) of depth at most
   * 8, nodes of weight under 20 not split, 30% of the features tried at each split, one thread per
   * available processor, the library's default seed, at most 255 bins per feature.
   */
  public static final RandomForestConfig DEFAULTS =
      new RandomForestConfig(
          DEFAULT_TREES,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MIN_CHILD_WEIGHT,
          DEFAULT_FEATURE_FRACTION,
          Runtime.getRuntime().availableProcessors(),
          DEFAULT_SEED,
          DEFAULT_MAX_BINS);

  /** Checks the ranges. */
  public RandomForestConfig {
    if (trees < 1) {
      throw new IllegalArgumentException("trees must be >= 1, got " + trees);
    }
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be >= 1, got " + maxDepth);
    }
    if (!(minChildWeight > 0.0f && Float.isFinite(minChildWeight))) {
      throw new IllegalArgumentException("minChildWeight must be positive, got " + minChildWeight);
    }
    if (!(featureFraction > 0.0 && featureFraction <= 1.0)) {
      throw new IllegalArgumentException(
          "featureFraction must lie in (0, 1], got " + featureFraction);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (maxBins < MIN_BINS || maxBins > DEFAULT_MAX_BINS) {
      throw new IllegalArgumentException(
          "maxBins must lie in [" + MIN_BINS + ", " + DEFAULT_MAX_BINS + "], got " + maxBins);
    }
  }

  /**
   * A configuration with {@link #DEFAULT_MAX_BINS} bins per feature.
   *
   * @param trees the number of trees
   * @param maxDepth the maximum depth of a tree
   * @param minChildWeight the least total example weight a node needs to be split further
   * @param featureFraction the share of features tried at each split
   * @param threads how many trees train at once
   * @param seed the seed
   */
  public RandomForestConfig(
      int trees,
      int maxDepth,
      float minChildWeight,
      double featureFraction,
      int threads,
      long seed) {
    this(trees, maxDepth, minChildWeight, featureFraction, threads, seed, DEFAULT_MAX_BINS);
  }

  /**
   * A copy with another seed.
   *
   * @param newSeed the seed
   * @return the new configuration
   */
  public RandomForestConfig withSeed(long newSeed) {
    return new RandomForestConfig(
        trees, maxDepth, minChildWeight, featureFraction, threads, newSeed, maxBins);
  }

  /**
   * A copy with another number of trees.
   *
   * @param newTrees the number of trees
   * @return the new configuration
   */
  public RandomForestConfig withTrees(int newTrees) {
    return new RandomForestConfig(
        newTrees, maxDepth, minChildWeight, featureFraction, threads, seed, maxBins);
  }

  /**
   * A copy with another thread count.
   *
   * @param newThreads the number of threads
   * @return the new configuration
   */
  public RandomForestConfig withThreads(int newThreads) {
    return new RandomForestConfig(
        trees, maxDepth, minChildWeight, featureFraction, newThreads, seed, maxBins);
  }

  /**
   * A copy with another number of bins per feature.
   *
   * @param newMaxBins the most bins per feature
   * @return the new configuration
   */
  public RandomForestConfig withMaxBins(int newMaxBins) {
    return new RandomForestConfig(
        trees, maxDepth, minChildWeight, featureFraction, threads, seed, newMaxBins);
  }

  /**
   * The fraction handed to Tribuo for {@code d} features: at least one feature per split (Tribuo
   * tries {@code round(fraction × d)} features and never splits with none).
   */
  float effectiveFraction(int d) {
    return (float) Math.min(1.0, Math.max(featureFraction, 1.0 / d));
  }
}
