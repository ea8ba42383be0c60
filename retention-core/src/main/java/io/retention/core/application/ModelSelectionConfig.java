package io.retention.core.application;

import io.retention.core.analysis.RunConfig;
import io.retention.core.evaluation.CalibrationCurve;
import io.retention.core.evaluation.LeakageGuard;
import io.retention.core.evaluation.ThresholdPolicy;
import io.retention.core.training.Calibration;
import java.util.Objects;

/**
 * How {@link SelectChurnModel} compares candidate trainers.
 *
 * @param folds the number of stratified cross-validation folds, at least 2
 * @param seed the seed of the fold assignment
 * @param calibration how the chosen model's probabilities are calibrated on out-of-fold predictions
 * @param threshold how the decision threshold is chosen on the calibrated out-of-fold predictions
 * @param calibrationBins the number of bins of the reliability curves, at least 1
 * @param leakage which single features are reported as suspected leakage
 */
public record ModelSelectionConfig(
    int folds,
    long seed,
    Calibration.Method calibration,
    ThresholdPolicy threshold,
    int calibrationBins,
    LeakageGuard leakage) {

  /** The number of folds in {@link #DEFAULTS}: the library's {@link RunConfig#DEFAULT_FOLDS}. */
  public static final int DEFAULT_FOLDS = RunConfig.DEFAULT_FOLDS;

  /** The seed in {@link #DEFAULTS}: the library's {@link RunConfig#DEFAULT_SEED}. */
  public static final long DEFAULT_SEED = RunConfig.DEFAULT_SEED;

  /**
   * The library's default folds and seed ({@link RunConfig#DEFAULTS}), Platt scaling, the
   * F1-maximising threshold, ten reliability bins, and a leakage warning above a single-feature
   * ROC-AUC of 0.95.
   */
  public static final ModelSelectionConfig DEFAULTS =
      new ModelSelectionConfig(
          DEFAULT_FOLDS,
          DEFAULT_SEED,
          Calibration.Method.PLATT,
          new ThresholdPolicy.MaxF1(),
          CalibrationCurve.DEFAULT_BINS,
          LeakageGuard.DEFAULT);

  /** Checks the fields. */
  public ModelSelectionConfig {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
    }
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(leakage, "leakage");
    if (calibrationBins < 1) {
      throw new IllegalArgumentException("calibrationBins must be >= 1, got " + calibrationBins);
    }
  }

  /**
   * A copy with another calibration method.
   *
   * @param method the method
   * @return the new configuration
   */
  public ModelSelectionConfig withCalibration(Calibration.Method method) {
    return new ModelSelectionConfig(folds, seed, method, threshold, calibrationBins, leakage);
  }

  /**
   * A copy with another number of folds.
   *
   * @param newFolds the number of folds
   * @return the new configuration
   */
  public ModelSelectionConfig withFolds(int newFolds) {
    return new ModelSelectionConfig(
        newFolds, seed, calibration, threshold, calibrationBins, leakage);
  }
}
