package io.retention.core.strategy;

/**
 * A behavioural fact about a customer that a {@link RetentionPolicy} can act on. Flags are computed
 * upstream (from features, activity or business rules) and passed in with {@link CustomerSignals}.
 */
public enum BehaviourFlag {
  /** The customer uses the service much less than comparable customers. */
  LOW_ENGAGEMENT,
  /** The customer has not been active for a long time. */
  HIGH_INACTIVITY,
  /** The customer's churn risk is tied to what they pay (fee against usage, price complaints). */
  PRICE_SENSITIVE
}
