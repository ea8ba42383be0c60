package io.retention.core.port.out;

import io.retention.core.domain.Customer;
import io.retention.core.domain.Recommendation;
import java.util.List;

/**
 * Suggests titles to a customer. Implementations are immutable once built and safe to share between
 * threads.
 */
public interface Recommender {

  /**
   * The best titles for a customer, best first, excluding titles already seen.
   *
   * @param customer the customer
   * @param n how many at most
   * @return at most {@code n} recommendations, each with its reason
   */
  List<Recommendation> recommend(Customer customer, int n);
}
