package io.retention.core.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * A customer's predicted probability of churning.
 *
 * @param customer the customer
 * @param probability the churn probability in [0, 1]
 */
public record ChurnScore(CustomerId customer, double probability) {

  /**
   * Highest probability first; equal probabilities in customer-id order, so that rankings do not
   * depend on input order.
   */
  public static final Comparator<ChurnScore> HIGHEST_RISK_FIRST =
      Comparator.comparingDouble(ChurnScore::probability)
          .reversed()
          .thenComparing(ChurnScore::customer);

  /** Checks the fields. */
  public ChurnScore {
    Objects.requireNonNull(customer, "customer");
    Checks.probability(probability, "churn probability");
    probability += 0.0; // -0.0 becomes 0.0, so equal scores compare and rank as equal
  }
}
