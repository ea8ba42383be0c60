package io.retention.core.port.out;

import io.retention.core.CustomerInputException;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.InputCheck;
import io.retention.core.domain.InputPolicy;
import io.retention.core.domain.InputReport;
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

  /**
   * Scores one customer after comparing its attributes with what the features were fitted on:
   * {@link InputPolicy#STRICT} refuses a mismatch, {@link InputPolicy#LENIENT} scores as {@link
   * #score} does and reports what was imputed or ignored.
   *
   * @param customer the customer
   * @param policy what to do with a mismatch
   * @return the score and the report
   * @throws CustomerInputException under the strict policy, naming the attributes
   */
  public CheckedScore score(Customer customer, InputPolicy policy) {
    InputReport report = InputCheck.check(features.inputs(), customer);
    if (policy == InputPolicy.STRICT && report.refusedWhenStrict()) {
      throw new CustomerInputException(customer.id(), report);
    }
    return new CheckedScore(score(customer), report);
  }

  /**
   * A churn score and how the customer's attributes matched the model's inputs.
   *
   * @param score the score
   * @param inputs what was imputed or ignored
   */
  public record CheckedScore(ChurnScore score, InputReport inputs) {
    /** Checks the parts. */
    public CheckedScore {
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(inputs, "inputs");
    }
  }
}
