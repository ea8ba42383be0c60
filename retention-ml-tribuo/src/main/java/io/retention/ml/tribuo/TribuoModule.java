package io.retention.ml.tribuo;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.Segmenter;
import java.util.Objects;

/**
 * Guice wiring for this module: binds core's {@link ChurnTrainer} and {@link Segmenter} ports to
 * Tribuo.
 */
public final class TribuoModule extends AbstractModule {
  private final LogisticRegressionConfig logisticRegression;

  /** Wires logistic regression with {@link LogisticRegressionConfig#DEFAULTS}. */
  public TribuoModule() {
    this(LogisticRegressionConfig.DEFAULTS);
  }

  /**
   * Wires logistic regression with a configuration.
   *
   * @param logisticRegression the hyperparameters
   */
  public TribuoModule(LogisticRegressionConfig logisticRegression) {
    this.logisticRegression = Objects.requireNonNull(logisticRegression, "logisticRegression");
  }

  @Provides
  ChurnTrainer churnTrainer() {
    return new TribuoLogisticRegressionTrainer(logisticRegression);
  }

  @Provides
  Segmenter segmenter() {
    return new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS);
  }
}
