package io.retention.recommender;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.retention.core.domain.GenreMapping;
import io.retention.core.port.out.RecommenderFactory;
import java.util.Objects;

/**
 * Guice wiring for this module: binds core's {@link RecommenderFactory} port to the {@link
 * HybridRecommenderFactory} with a blend, default field weights and the Netflix genre mapping.
 */
public final class RecommenderModule extends AbstractModule {
  private final RecommenderConfig config;

  /** Wires the recommender with {@link RecommenderConfig#DEFAULTS}. */
  public RecommenderModule() {
    this(RecommenderConfig.DEFAULTS);
  }

  /**
   * Wires the recommender with a blend.
   *
   * @param config the blend
   */
  public RecommenderModule(RecommenderConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Provides
  RecommenderFactory recommenderFactory() {
    return new HybridRecommenderFactory(FieldWeights.DEFAULTS, GenreMapping.NETFLIX, config);
  }
}
