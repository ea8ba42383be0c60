package io.retention.core.domain;

/**
 * Whether a customer is known to have churned. Unlabelled customers can be scored, not trained on.
 */
public enum ChurnLabel {
  /** The customer left. */
  CHURNED,
  /** The customer stayed. */
  RETAINED,
  /** The outcome is not known (for example, a customer to be scored). */
  UNKNOWN;

  /**
   * The label for a known outcome.
   *
   * @param churned whether the customer left
   * @return {@link #CHURNED} or {@link #RETAINED}
   */
  public static ChurnLabel of(boolean churned) {
    return churned ? CHURNED : RETAINED;
  }
}
