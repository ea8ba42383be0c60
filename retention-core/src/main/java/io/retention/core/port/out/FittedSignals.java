package io.retention.core.port.out;

import io.retention.core.domain.Customer;
import io.retention.core.domain.RfmScore;
import io.retention.core.strategy.BehaviourFlag;
import java.util.Optional;
import java.util.Set;

/**
 * Derived signals fitted once by a {@link SignalPipeline}: one definition of a customer's RFM
 * score, behavioural flags and engagement. Immutable and safe to share between threads.
 */
public interface FittedSignals {

  /**
   * Whether the layout has the roles for RFM scores.
   *
   * @return true when {@link #rfm} gives scores
   */
  boolean hasRfm();

  /**
   * A customer's RFM score.
   *
   * @param customer the customer
   * @return the score, or empty when the layout has no RFM roles
   */
  Optional<RfmScore> rfm(Customer customer);

  /**
   * A customer's behavioural flags.
   *
   * @param customer the customer
   * @return the flags that hold; empty when none hold or the layout has no behavioural roles
   */
  Set<BehaviourFlag> flags(Customer customer);

  /**
   * A customer's engagement: the z-score of log(1 + usage) against the fitted sample, 0 without a
   * usage value.
   *
   * @param customer the customer
   * @return the engagement
   */
  double engagement(Customer customer);
}
