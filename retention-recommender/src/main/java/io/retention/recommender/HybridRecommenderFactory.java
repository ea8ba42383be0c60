package io.retention.recommender;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.GenreMapping;
import io.retention.core.port.out.Recommender;
import io.retention.core.port.out.RecommenderFactory;
import java.util.List;
import java.util.Objects;

/**
 * Builds {@link HybridRecommender}s: a TF-IDF {@link ContentIndex} of the catalog with the given
 * field weights, the events streamed into {@link HybridRecommender#builder}, with a genre mapping
 * for cold starts and a blend. Immutable and thread-safe; each builder it returns is not.
 */
public final class HybridRecommenderFactory implements RecommenderFactory {
  private final FieldWeights fields;
  private final GenreMapping genres;
  private final RecommenderConfig config;

  /**
   * Creates the factory.
   *
   * @param fields the weights of the catalog's text fields in the content index
   * @param genres the link from favourite genres to catalog genres
   * @param config the blend
   */
  public HybridRecommenderFactory(
      FieldWeights fields, GenreMapping genres, RecommenderConfig config) {
    this.fields = Objects.requireNonNull(fields, "fields");
    this.genres = Objects.requireNonNull(genres, "genres");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Creates the factory with default field weights, the Netflix genre mapping and blend. */
  public HybridRecommenderFactory() {
    this(FieldWeights.DEFAULTS, GenreMapping.NETFLIX, RecommenderConfig.DEFAULTS);
  }

  @Override
  public RecommenderFactory.Builder builder(List<ContentItem> catalog, CustomerSchema schema) {
    HybridRecommender.Builder builder =
        HybridRecommender.builder(ContentIndex.build(catalog, fields), schema, genres, config);
    return new RecommenderFactory.Builder() {
      @Override
      public void add(ActivityEvent event) {
        builder.add(event);
      }

      @Override
      public Recommender build() {
        return builder.build();
      }
    };
  }
}
