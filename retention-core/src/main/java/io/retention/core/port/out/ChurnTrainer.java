package io.retention.core.port.out;

import io.retention.core.domain.FeatureMatrix;

/** Trains a churn model from labelled feature rows. Implementations are backend adapters. */
public interface ChurnTrainer {

  /**
   * A short name for reports, such as "logistic-regression".
   *
   * @return the name
   */
  String name();

  /**
   * Trains a model.
   *
   * @param training labelled rows with both classes present
   * @param progress told how training advances
   * @return the fitted model
   * @throws IllegalArgumentException if a row is unlabelled or only one class is present
   */
  ChurnModel train(FeatureMatrix training, ProgressListener progress);

  /**
   * Trains a model without reporting progress.
   *
   * @param training labelled rows with both classes present
   * @return the fitted model
   */
  default ChurnModel train(FeatureMatrix training) {
    return train(training, ProgressListener.NONE);
  }
}
