package io.retention.core.domain;

/**
 * One feature's share of a prediction, as a SHAP value.
 *
 * @param feature the feature (or source attribute) name
 * @param value the customer's value of that feature
 * @param contribution how much it moves the prediction away from the base value
 */
public record Contribution(String feature, double value, double contribution) {

  /** Checks the fields. */
  public Contribution {
    Checks.notBlank(feature, "feature");
    Checks.finite(value, "feature value");
    Checks.finite(contribution, "contribution");
  }
}
