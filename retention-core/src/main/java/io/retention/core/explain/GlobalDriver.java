package io.retention.core.explain;

import java.util.Objects;

/**
 * How much a feature drives a model's predictions over a sample, and in which direction.
 *
 * @param feature the feature
 * @param meanAbsContribution the mean absolute SHAP value over the sample
 * @param correlation the Pearson correlation between the feature's value and its contribution over
 *     the sample, 0 when either does not vary
 * @param direction what the correlation's sign says
 */
public record GlobalDriver(
    String feature, double meanAbsContribution, double correlation, Direction direction) {

  /** Checks the fields. */
  public GlobalDriver {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(direction, "direction");
    if (!(meanAbsContribution >= 0.0) || Double.isInfinite(meanAbsContribution)) {
      throw new IllegalArgumentException(
          "mean |contribution| must be finite and >= 0, got " + meanAbsContribution);
    }
    if (!(correlation >= -1.0 && correlation <= 1.0)) {
      throw new IllegalArgumentException("correlation must lie in [-1, 1], got " + correlation);
    }
  }

  /** The way a feature's value moves churn risk. */
  public enum Direction {
    /** Higher values of the feature go with higher contributions: they raise churn risk. */
    RAISES_RISK_WHEN_HIGHER,
    /** Higher values of the feature go with lower contributions: they lower churn risk. */
    LOWERS_RISK_WHEN_HIGHER,
    /** The value or the contribution does not vary over the sample. */
    NONE
  }
}
