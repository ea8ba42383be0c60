package io.retention.core.port.out;

import io.retention.core.domain.Customer;
import java.util.List;

/**
 * Learns how to turn customers into feature vectors.
 *
 * <p>Fit once on training customers, then transform any customer with the result: every statistic
 * (medians, category levels, cut points) is learned in {@link #fit} and never again, so training
 * data does not leak into evaluation and one customer scored in a service gets the same features as
 * in a batch run.
 */
public interface FeaturePipeline {

  /**
   * Learns the feature statistics from training customers.
   *
   * @param training the training customers, at least one
   * @return the fitted pipeline
   * @throws IllegalArgumentException if {@code training} is empty
   * @throws io.retention.core.RetentionException if no usable feature remains
   */
  FittedFeatures fit(List<Customer> training);
}
