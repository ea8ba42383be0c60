package io.retention.core.segmentation;

import io.retention.core.analysis.RunConfig;
import java.util.Objects;

/**
 * How {@link KScan} searches for the number of segments.
 *
 * @param minK the smallest k tried, at least 2 (silhouette needs two segments)
 * @param maxK the largest k tried, at least {@code minK}
 * @param criterion how the k is chosen
 * @param exactSilhouetteLimit up to this many rows the silhouette is exact
 * @param silhouetteSampleSize beyond that, the size of the seeded sample it is computed on
 * @param seed the seed of the silhouette sample
 */
public record KScanConfig(
    int minK,
    int maxK,
    SelectionCriterion criterion,
    int exactSilhouetteLimit,
    int silhouetteSampleSize,
    long seed) {

  /**
   * k over the library's default range ({@link RunConfig#DEFAULT_MIN_SEGMENTS} to {@link
   * RunConfig#DEFAULT_MAX_SEGMENTS}), chosen by silhouette, exact up to 10,000 rows, else on
   * 10,000, with the library's default seed.
   */
  public static final KScanConfig DEFAULTS =
      new KScanConfig(
          RunConfig.DEFAULT_MIN_SEGMENTS,
          RunConfig.DEFAULT_MAX_SEGMENTS,
          SelectionCriterion.SILHOUETTE,
          10_000,
          10_000,
          RunConfig.DEFAULT_SEED);

  /** Checks the ranges. */
  public KScanConfig {
    if (minK < 2 || maxK < minK) {
      throw new IllegalArgumentException(
          "need 2 <= minK <= maxK, got minK " + minK + ", maxK " + maxK);
    }
    Objects.requireNonNull(criterion, "criterion");
    if (exactSilhouetteLimit < 1) {
      throw new IllegalArgumentException(
          "exactSilhouetteLimit must be >= 1, got " + exactSilhouetteLimit);
    }
    if (silhouetteSampleSize < 2) {
      throw new IllegalArgumentException(
          "silhouetteSampleSize must be >= 2, got " + silhouetteSampleSize);
    }
  }

  /**
   * A copy with another range of k.
   *
   * @param newMinK the smallest k
   * @param newMaxK the largest k
   * @return the new configuration
   */
  public KScanConfig withRange(int newMinK, int newMaxK) {
    return new KScanConfig(
        newMinK, newMaxK, criterion, exactSilhouetteLimit, silhouetteSampleSize, seed);
  }

  /**
   * A copy with another criterion.
   *
   * @param newCriterion how k is chosen
   * @return the new configuration
   */
  public KScanConfig withCriterion(SelectionCriterion newCriterion) {
    return new KScanConfig(
        minK, maxK, newCriterion, exactSilhouetteLimit, silhouetteSampleSize, seed);
  }
}
