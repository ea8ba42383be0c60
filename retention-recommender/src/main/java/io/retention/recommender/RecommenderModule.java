package io.retention.recommender;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.retention.core.domain.GenreMapping;
import io.retention.core.port.out.RecommenderFactory;
import java.util.Objects;

/**
 * Guice wiring for this module: binds core's {@link RecommenderFactory} port to the {@link
 * HybridRecommenderFactory} with a blend, default field weights and a genre mapping (Netflix's
 * unless given).
 */
public final class RecommenderModule extends AbstractModule {
  private final RecommenderConfig config;
  private final GenreMapping genres;

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
    this(config, GenreMapping.NETFLIX);
  }

  /**
   * Wires the recommender with the default blend and another link from favourite genres to catalog
   * genres (for a catalog whose genres are not Netflix's, or none for no cold-start link).
   *
   * @param genres the genre mapping of cold starts
   */
  public RecommenderModule(GenreMapping genres) {
    this(RecommenderConfig.DEFAULTS, genres);
  }

  /**
   * Wires the recommender with a blend and a genre mapping.
   *
   * @param config the blend
   * @param genres the genre mapping of cold starts
   */
  public RecommenderModule(RecommenderConfig config, GenreMapping genres) {
    this.config = Objects.requireNonNull(config, "config");
    this.genres = Objects.requireNonNull(genres, "genres");
  }

  @Provides
  RecommenderFactory recommenderFactory() {
    return new HybridRecommenderFactory(FieldWeights.DEFAULTS, genres, config);
  }
}
