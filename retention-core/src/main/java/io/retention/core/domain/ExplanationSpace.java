package io.retention.core.domain;

/**
 * The scale on which an {@link Explanation}'s base value, contributions and prediction are
 * expressed. Contributions add up exactly only on the scale the explainer worked in.
 */
public enum ExplanationSpace {
  /** Churn probability, in [0, 1]: a contribution of +0.12 raises the probability by 12 points. */
  PROBABILITY("churn probability"),
  /**
   * The log-odds of churn, log(p / (1 − p)): the space in which a logistic model is linear, so
   * linear SHAP is exact there and not in probability space.
   */
  LOG_ODDS("log-odds of churn");

  private final String unit;

  ExplanationSpace(String unit) {
    this.unit = unit;
  }

  /**
   * The unit in words, for readable reasons ("+0.12 churn probability").
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }
}
