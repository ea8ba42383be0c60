package io.retention.core.application;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.persistence.DataFingerprint;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.ProgressListener;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Use case: train a churn model on labelled customers.
 *
 * <p>The feature pipeline is fitted on the training customers only, then the trainer learns from
 * their features; the result scores raw customers.
 */
public final class TrainChurnModel {
  /** The metadata key of the training rows' {@link DataFingerprint}. */
  public static final String FINGERPRINT_KEY = "training.fingerprint";

  private final FeaturePipeline pipeline;
  private final ChurnTrainer trainer;

  /**
   * Creates the use case.
   *
   * @param pipeline learns the features
   * @param trainer learns the model
   */
  @Inject
  public TrainChurnModel(FeaturePipeline pipeline, ChurnTrainer trainer) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.trainer = Objects.requireNonNull(trainer, "trainer");
  }

  /**
   * Trains on labelled customers.
   *
   * @param training customers with known labels, both classes present
   * @param progress told how training advances
   * @return the fitted features and model
   * @throws IllegalArgumentException if a customer is unlabelled or a class is missing
   */
  public ChurnModelBundle train(List<Customer> training, ProgressListener progress) {
    Objects.requireNonNull(progress, "progress");
    long churned = 0;
    for (Customer c : training) {
      if (!c.isLabelled()) {
        throw new IllegalArgumentException(
            "customer " + c.id() + " has no churn label and cannot be trained on");
      }
      if (c.churned()) {
        churned++;
      }
    }
    if (churned == 0 || churned == training.size()) {
      throw new IllegalArgumentException(
          "training needs churned and retained customers; got "
              + churned
              + " churned of "
              + training.size());
    }
    FittedFeatures features = pipeline.fit(training);
    FeatureMatrix matrix = features.transformAll(training);
    ChurnModel model = trainer.train(matrix, progress);
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("trainer", trainer.name());
    metadata.put("model", model.description());
    metadata.put("training.customers", Integer.toString(training.size()));
    metadata.put("training.churned", Long.toString(churned));
    metadata.put("features", Integer.toString(features.schema().size()));
    metadata.put(FINGERPRINT_KEY, DataFingerprint.of(matrix));
    return new ChurnModelBundle(features, model, metadata);
  }
}
