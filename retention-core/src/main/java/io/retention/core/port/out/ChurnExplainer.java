package io.retention.core.port.out;

import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureVector;

/**
 * Explains a churn model's predictions with SHAP values. Implementations are immutable and safe to
 * share between threads.
 */
public interface ChurnExplainer {

  /**
   * Explains one prediction.
   *
   * @param features the customer's features
   * @return the base value, one contribution per feature, and the prediction they add up to
   */
  Explanation explain(FeatureVector features);
}
