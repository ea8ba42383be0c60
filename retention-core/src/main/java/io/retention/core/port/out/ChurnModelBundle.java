package io.retention.core.port.out;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to score a raw customer: the fitted features and the churn model trained on
 * them, with metadata (trainer, sizes, metrics) kept for reports and persistence.
 *
 * <p>Immutable and safe to share between threads when its parts are, as the ports require.
 *
 * @param features the fitted feature pipeline
 * @param model the churn model, trained on {@code features}' schema
 * @param metadata facts about the training run, by name
 */
public record ChurnModelBundle(
    FittedFeatures features, ChurnModel model, Map<String, String> metadata) {

  /** Checks that the model expects the features the pipeline produces. */
  public ChurnModelBundle {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(model, "model");
    metadata = Map.copyOf(metadata);
    if (!features.schema().equals(model.schema())) {
      throw new IllegalArgumentException(
          "the model expects features "
              + model.schema().names()
              + " but the pipeline produces "
              + features.schema().names());
    }
  }

  /**
   * Scores one customer from its raw attributes.
   *
   * @param customer the customer
   * @return its churn probability
   */
  public ChurnScore score(Customer customer) {
    return new ChurnScore(customer.id(), model.probability(features.transform(customer)));
  }
}
