package io.retention.core.port.out;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;

/** A fitted churn model. Implementations are immutable and safe to share between threads. */
public interface ChurnModel {

  /**
   * The features the model expects, in order.
   *
   * @return the schema
   */
  FeatureSchema schema();

  /**
   * The probability that a customer churns.
   *
   * @param features the customer's features, with {@link #schema()}
   * @return a probability in [0, 1]
   * @throws IllegalArgumentException if the features have another schema
   */
  double probability(FeatureVector features);

  /**
   * Probabilities for many rows; implementations may use several threads, with the same result as
   * one at a time.
   *
   * @param rows the rows, with {@link #schema()}
   * @return one probability per row, in order
   */
  default double[] probabilities(FeatureMatrix rows) {
    double[] out = new double[rows.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = probability(rows.row(r));
    }
    return out;
  }

  /**
   * What the model is, for reports: kind and main hyperparameters.
   *
   * @return a one-line description
   */
  String description();
}
