package io.retention.core.domain;

import java.util.Objects;

/**
 * The segment a customer was assigned to.
 *
 * @param customer the customer
 * @param segment the segment
 */
public record CustomerSegment(CustomerId customer, Segment segment) {

  /** Checks that the parts are present. */
  public CustomerSegment {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(segment, "segment");
  }
}
