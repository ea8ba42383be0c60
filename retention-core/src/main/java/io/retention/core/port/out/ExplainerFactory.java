package io.retention.core.port.out;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.explain.BatchChurnExplainer;
import java.util.Optional;

/**
 * Builds SHAP explainers for the churn models a backend trains. Every entry point that explains a
 * score (the analysis run, the commands, the dashboard, a host's service) goes through one of
 * these, so that a model is explained the same way everywhere.
 *
 * <p>A calibrated model is explained through the model under its calibration: calibration is
 * monotone, so the order of reasons is the same, and the values stay in the space the explainer
 * reports (log-odds for a linear model, probability for a forest). Implementations are stateless
 * and thread-safe; the explainers they build are immutable and thread-safe.
 */
public interface ExplainerFactory {

  /** A factory that explains nothing, for hosts that leave explanations out. */
  ExplainerFactory NONE = (model, background) -> Optional.empty();

  /**
   * An explainer for a model, when this backend can explain it.
   *
   * @param model the churn model, calibrated or not
   * @param background feature rows in the model's schema, for explainers that need a reference
   *     distribution; may be ignored
   * @return the explainer, or empty when this factory cannot explain the model
   */
  Optional<BatchChurnExplainer> forModel(ChurnModel model, FeatureMatrix background);
}
