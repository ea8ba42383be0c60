package io.retention.ml.tribuo;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import io.retention.core.port.out.ChurnModelCodec;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.SegmentationModelCodec;
import io.retention.core.port.out.Segmenter;
import io.retention.core.port.out.SegmenterFactory;
import java.util.List;
import java.util.Objects;

/**
 * Guice wiring for this module: binds core's {@link ChurnTrainer} port to logistic regression, the
 * model-selection candidates ({@code List<ChurnTrainer>}: logistic regression and the random
 * forest), the {@link Segmenter} port and the analysis's {@link SegmenterFactory} (seeded by the
 * run) to k-means, the {@link ExplainerFactory} to this module's SHAP explainers, and adds to the
 * bundle file's codec sets the {@link ChurnModelCodec} of its models and the {@link
 * SegmentationModelCodec} of its segmentations.
 */
public final class TribuoModule extends AbstractModule {
  private final LogisticRegressionConfig logisticRegression;
  private final RandomForestConfig randomForest;

  /** Wires the trainers with their default configurations. */
  public TribuoModule() {
    this(LogisticRegressionConfig.DEFAULTS);
  }

  /**
   * Wires logistic regression with a configuration and the forest with its defaults.
   *
   * @param logisticRegression the hyperparameters
   */
  public TribuoModule(LogisticRegressionConfig logisticRegression) {
    this(logisticRegression, RandomForestConfig.DEFAULTS);
  }

  /**
   * Wires both trainers with configurations.
   *
   * @param logisticRegression the logistic-regression hyperparameters
   * @param randomForest the random-forest hyperparameters
   */
  public TribuoModule(
      LogisticRegressionConfig logisticRegression, RandomForestConfig randomForest) {
    this.logisticRegression = Objects.requireNonNull(logisticRegression, "logisticRegression");
    this.randomForest = Objects.requireNonNull(randomForest, "randomForest");
  }

  @Provides
  ChurnTrainer churnTrainer() {
    return new TribuoLogisticRegressionTrainer(logisticRegression);
  }

  @Provides
  Segmenter segmenter() {
    return new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS);
  }

  @Provides
  List<ChurnTrainer> churnCandidates() {
    return List.of(
        new TribuoLogisticRegressionTrainer(logisticRegression),
        new TribuoRandomForestTrainer(randomForest));
  }

  @Provides
  ChurnModelCodec churnModelCodec() {
    return new TribuoChurnModelCodec();
  }

  @Provides
  SegmenterFactory segmenterFactory() {
    return new TribuoSegmenterFactory(KMeansConfig.DEFAULTS);
  }

  @Provides
  ExplainerFactory explainerFactory() {
    return new TribuoExplainerFactory();
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ChurnModelCodec.class)
        .addBinding()
        .toInstance(new TribuoChurnModelCodec());
    Multibinder.newSetBinder(binder(), SegmentationModelCodec.class)
        .addBinding()
        .toInstance(new KMeansSegmentationCodec());
  }
}
