package io.retention.core.domain;

import java.util.Objects;

/**
 * One customer's RFM inputs and score.
 *
 * @param customer the customer
 * @param recency the recency value, NaN when missing
 * @param frequency the frequency value, NaN when missing
 * @param monetary the monetary value, NaN when missing
 * @param score the scores and label
 */
public record CustomerRfm(
    CustomerId customer, double recency, double frequency, double monetary, RfmScore score) {

  /** Checks that the parts are present. */
  public CustomerRfm {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(score, "score");
  }
}
