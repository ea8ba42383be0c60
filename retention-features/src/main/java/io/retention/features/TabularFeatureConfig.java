package io.retention.features;

/**
 * How {@link TabularFeaturePipeline} encodes attributes.
 *
 * @param missingNumbers what to do with a missing numeric attribute
 * @param missingIndicators whether to add a 0/1 feature {@code <attribute>_missing} for numeric
 *     attributes that were missing for some (not all) training customers
 * @param maxLevels the most category levels one-hot encoded per attribute; rarer levels are treated
 *     as unseen
 */
public record TabularFeatureConfig(
    MissingNumbers missingNumbers, boolean missingIndicators, int maxLevels) {

  /** Median imputation with missing indicators, at most 50 levels per categorical attribute. */
  public static final TabularFeatureConfig DEFAULTS =
      new TabularFeatureConfig(MissingNumbers.IMPUTE_MEDIAN, true, 50);

  /** Checks the fields. */
  public TabularFeatureConfig {
    java.util.Objects.requireNonNull(missingNumbers, "missingNumbers");
    if (maxLevels < 1) {
      throw new IllegalArgumentException("maxLevels must be >= 1, got " + maxLevels);
    }
  }

  /** The policy for numeric attributes a customer lacks. */
  public enum MissingNumbers {
    /** Use the median learned from the training customers. */
    IMPUTE_MEDIAN,
    /** Refuse the customer with an error naming it and the attribute. */
    REJECT
  }
}
