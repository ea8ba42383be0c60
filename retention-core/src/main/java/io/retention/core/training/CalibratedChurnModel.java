package io.retention.core.training;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnModel;
import java.util.Objects;

/**
 * A churn model whose probabilities pass through a fitted {@link Calibration}. Immutable and safe
 * to share between threads when the wrapped model is, as the port requires.
 */
public final class CalibratedChurnModel implements ChurnModel {
  private final ChurnModel raw;
  private final Calibration calibration;

  /**
   * Wraps a model.
   *
   * @param raw the uncalibrated model
   * @param calibration the map applied to its probabilities
   */
  public CalibratedChurnModel(ChurnModel raw, Calibration calibration) {
    this.raw = Objects.requireNonNull(raw, "raw");
    this.calibration = Objects.requireNonNull(calibration, "calibration");
  }

  /**
   * The model under a calibration, or the model itself when it is not calibrated: what SHAP
   * explainers explain (calibration is monotone, so the order of reasons is the same).
   *
   * @param model a churn model
   * @return its uncalibrated form
   */
  public static ChurnModel uncalibrated(ChurnModel model) {
    return model instanceof CalibratedChurnModel c ? c.raw() : model;
  }

  /**
   * The uncalibrated model.
   *
   * @return the wrapped model
   */
  public ChurnModel raw() {
    return raw;
  }

  /**
   * The calibration.
   *
   * @return the fitted map
   */
  public Calibration calibration() {
    return calibration;
  }

  @Override
  public FeatureSchema schema() {
    return raw.schema();
  }

  @Override
  public double probability(FeatureVector features) {
    return calibration.apply(raw.probability(features));
  }

  @Override
  public double[] probabilities(FeatureMatrix rows) {
    double[] p = raw.probabilities(rows);
    for (int i = 0; i < p.length; i++) {
      p[i] = calibration.apply(p[i]);
    }
    return p;
  }

  @Override
  public String description() {
    return raw.description() + ", calibrated by " + calibration.describe();
  }
}
