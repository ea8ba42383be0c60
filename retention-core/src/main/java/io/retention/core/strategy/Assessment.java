package io.retention.core.strategy;

import io.retention.core.domain.RiskBucket;
import java.util.Objects;

/**
 * A customer's signals with the values the engine derived from them, as the policy's {@link
 * Condition}s see them.
 *
 * @param customer the customer's signals
 * @param risk the risk bucket of its churn probability
 * @param clv its lifetime value, 0 or more
 */
public record Assessment(CustomerSignals customer, RiskBucket risk, double clv) {

  /** Checks the fields. */
  public Assessment {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(risk, "risk");
    if (!(Double.isFinite(clv) && clv >= 0.0)) {
      throw new IllegalArgumentException(
          "CLV of " + customer.customer() + " must be a finite number >= 0, got " + clv);
    }
  }
}
