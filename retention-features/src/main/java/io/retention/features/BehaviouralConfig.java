package io.retention.features;

import java.util.Objects;

/**
 * Where {@link BehaviouralFeatures} puts its flags, as training percentiles, and how it treats
 * missing values.
 *
 * @param lowEngagementPercentile a customer is flagged low-engagement at or below this percentile
 *     of training engagement scores
 * @param highInactivityPercentile flagged high-inactivity at or above this percentile of training
 *     recency
 * @param priceSensitivityPercentile flagged price-sensitive at or below this percentile of training
 *     value scores, when the price per profile is at or above the training median
 * @param missingNumbers what to do when a customer lacks a value a feature needs
 */
public record BehaviouralConfig(
    double lowEngagementPercentile,
    double highInactivityPercentile,
    double priceSensitivityPercentile,
    TabularFeatureConfig.MissingNumbers missingNumbers) {

  /** Flags at the 20th, 80th and 20th percentiles; missing values take the training median. */
  public static final BehaviouralConfig DEFAULTS =
      new BehaviouralConfig(0.20, 0.80, 0.20, TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN);

  /** Checks that percentiles are whole percents in (0, 1). */
  public BehaviouralConfig {
    percentile(lowEngagementPercentile, "lowEngagementPercentile");
    percentile(highInactivityPercentile, "highInactivityPercentile");
    percentile(priceSensitivityPercentile, "priceSensitivityPercentile");
    Objects.requireNonNull(missingNumbers, "missingNumbers");
  }

  private static void percentile(double p, String name) {
    if (!(p > 0.0 && p < 1.0) || Math.abs(p * 100 - Math.round(p * 100)) > 1e-9) {
      throw new IllegalArgumentException(name + " must be a whole percent in (0, 1), got " + p);
    }
  }
}
