package io.retention.ml.tribuo;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.training.CalibratedChurnModel;
import java.util.Objects;
import java.util.Optional;

/**
 * Explains the models of this module through {@link TribuoExplainers#forModel}: exact linear SHAP
 * for logistic regression, path-dependent TreeSHAP for a forest that carries its node covers. A
 * calibrated model is explained through its uncalibrated form. Stateless and thread-safe.
 */
public final class TribuoExplainerFactory implements ExplainerFactory {

  /** Creates the factory. */
  public TribuoExplainerFactory() {}

  @Override
  public Optional<BatchChurnExplainer> forModel(ChurnModel model, FeatureMatrix background) {
    Objects.requireNonNull(background, "background");
    ChurnModel raw = CalibratedChurnModel.uncalibrated(Objects.requireNonNull(model, "model"));
    if (!TribuoExplainers.canExplain(raw)) {
      return Optional.empty();
    }
    return Optional.of(TribuoExplainers.forModel(raw, background));
  }
}
