package io.retention.ml.tribuo;

import io.retention.core.analysis.RunConfig;
import java.util.List;

/**
 * Settings of {@link TribuoKMeansSegmenter}.
 *
 * @param k the number of segments {@code fit(data, progress)} finds, at least 1
 * @param maxIterations the most Lloyd iterations per run, at least 1
 * @param tolerance the run stops when the summed squared movement of the centres in one iteration
 *     is at most this times the mean variance of a coordinate (scikit-learn's rule), or when no
 *     customer changes segment; 0 or more
 * @param initialisations how many k-means++ starts to run, each with its own seed drawn from {@code
 *     seed}; the run of lowest inertia wins (like scikit-learn's {@code n_init}), at least 1
 * @param seed the seed of the k-means++ initialisations
 * @param threads Tribuo's thread count for the assignment and update steps, at least 1 (results do
 *     not depend on it)
 * @param pcaVarianceShare the share of variance the principal components keep, in (0, 1]; 1 turns
 *     PCA off
 * @param features the features to cluster on; empty for every feature of the rows
 */
public record KMeansConfig(
    int k,
    int maxIterations,
    double tolerance,
    int initialisations,
    long seed,
    int threads,
    double pcaVarianceShare,
    List<String> features) {

  /** The number of cores this machine offers: the default thread count. */
  public static final int ALL_CORES = Runtime.getRuntime().availableProcessors();

  /**
   * Four segments, at most 300 iterations, tolerance 1e-4 (scikit-learn's defaults), 3 k-means++
   * starts, the library's default seed ({@link RunConfig#DEFAULT_SEED}), every core, no PCA, every
   * feature.
   */
  public static final KMeansConfig DEFAULTS =
      new KMeansConfig(4, 300, 1e-4, 3, RunConfig.DEFAULT_SEED, ALL_CORES, 1.0, List.of());

  /** Checks the ranges. */
  public KMeansConfig {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    if (maxIterations < 1 || initialisations < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "maxIterations, initialisations and threads must be >= 1, got "
              + maxIterations
              + ", "
              + initialisations
              + ", "
              + threads);
    }
    if (!(tolerance >= 0.0 && Double.isFinite(tolerance))) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
    }
    if (!(pcaVarianceShare > 0.0 && pcaVarianceShare <= 1.0)) {
      throw new IllegalArgumentException(
          "pcaVarianceShare must lie in (0, 1], got " + pcaVarianceShare);
    }
    features = List.copyOf(features);
  }

  /**
   * A copy with another k.
   *
   * @param newK the number of segments
   * @return the new configuration
   */
  public KMeansConfig withK(int newK) {
    return new KMeansConfig(
        newK, maxIterations, tolerance, initialisations, seed, threads, pcaVarianceShare, features);
  }

  /**
   * A copy with another thread count.
   *
   * @param newThreads the thread count
   * @return the new configuration
   */
  public KMeansConfig withThreads(int newThreads) {
    return new KMeansConfig(
        k, maxIterations, tolerance, initialisations, seed, newThreads, pcaVarianceShare, features);
  }

  /**
   * A copy with PCA keeping a share of variance.
   *
   * @param share the share of variance to keep, 1 for no PCA
   * @return the new configuration
   */
  public KMeansConfig withPca(double share) {
    return new KMeansConfig(
        k, maxIterations, tolerance, initialisations, seed, threads, share, features);
  }

  /**
   * A copy that clusters on some features only.
   *
   * @param names the feature names, empty for all
   * @return the new configuration
   */
  public KMeansConfig withFeatures(List<String> names) {
    return new KMeansConfig(
        k, maxIterations, tolerance, initialisations, seed, threads, pcaVarianceShare, names);
  }

  /**
   * A copy with another number of k-means++ starts.
   *
   * @param n the number of starts
   * @return the new configuration
   */
  public KMeansConfig withInitialisations(int n) {
    return new KMeansConfig(
        k, maxIterations, tolerance, n, seed, threads, pcaVarianceShare, features);
  }

  /**
   * A copy with another seed for the k-means++ starts.
   *
   * @param newSeed the seed
   * @return the new configuration
   */
  public KMeansConfig withSeed(long newSeed) {
    return new KMeansConfig(
        k, maxIterations, tolerance, initialisations, newSeed, threads, pcaVarianceShare, features);
  }
}
