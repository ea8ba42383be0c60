package io.retention.core.explain;

import io.retention.core.domain.ExplanationSpace;
import java.util.Objects;

/**
 * One reason behind a customer's churn prediction: an attribute, the customer's value of it and how
 * far it moves the prediction from the base value.
 *
 * @param attribute the customer attribute
 * @param value the customer's value of it, in words
 * @param contribution the shift it causes, in {@code space}
 * @param space the unit of the contribution
 */
public record Reason(String attribute, String value, double contribution, ExplanationSpace space) {

  /** Checks the fields. */
  public Reason {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(space, "space");
    if (!Double.isFinite(contribution)) {
      throw new IllegalArgumentException("contribution must be finite, got " + contribution);
    }
  }

  /**
   * The reason in a short phrase, with the contribution to three decimals in the unit of its space:
   * {@code "last_login_days = 45: +0.120 churn probability"} or {@code "plan = Basic: +0.410
   * log-odds of churn"}.
   *
   * @return the phrase
   */
  public String phrase() {
    return attribute
        + " = "
        + value
        + ": "
        + Format.contribution(contribution)
        + " "
        + space.unit();
  }

  /**
   * Whether this reason raises the churn prediction.
   *
   * @return true for a positive contribution
   */
  public boolean raisesRisk() {
    return contribution > 0.0;
  }
}
