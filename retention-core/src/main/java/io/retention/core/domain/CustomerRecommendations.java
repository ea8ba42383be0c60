package io.retention.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * The titles recommended to one customer, best first.
 *
 * @param customer the customer
 * @param titles the recommendations, possibly none
 */
public record CustomerRecommendations(CustomerId customer, List<Recommendation> titles) {

  /** Checks the parts and copies the list. */
  public CustomerRecommendations {
    Objects.requireNonNull(customer, "customer");
    titles = List.copyOf(titles);
  }
}
