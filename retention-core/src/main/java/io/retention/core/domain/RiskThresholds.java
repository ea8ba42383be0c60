package io.retention.core.domain;

/**
 * Where churn probabilities switch risk bucket. A probability exactly on a threshold belongs to the
 * higher bucket.
 *
 * @param medium the lowest probability that is {@link RiskBucket#MEDIUM}
 * @param high the lowest probability that is {@link RiskBucket#HIGH}
 */
public record RiskThresholds(double medium, double high) {

  /** Medium from 0.40, high from 0.75. */
  public static final RiskThresholds DEFAULTS = new RiskThresholds(0.40, 0.75);

  /** Checks that 0 &lt; medium &lt; high &le; 1. */
  public RiskThresholds {
    Checks.probability(medium, "medium threshold");
    Checks.probability(high, "high threshold");
    if (!(medium > 0.0 && medium < high)) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 < medium < high <= 1, got " + medium + " and " + high);
    }
  }

  /**
   * The bucket of a probability.
   *
   * @param probability a churn probability in [0, 1]
   * @return its bucket
   */
  public RiskBucket bucketOf(double probability) {
    Checks.probability(probability, "churn probability");
    if (probability >= high) {
      return RiskBucket.HIGH;
    }
    return probability >= medium ? RiskBucket.MEDIUM : RiskBucket.LOW;
  }
}
