package io.retention.core.port.out;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.CustomerSchema;
import java.util.List;

/**
 * Builds a {@link Recommender} from a catalog and a stream of activity events, without keeping the
 * events: the analysis run streams every viewing event once into a {@link Builder}.
 */
public interface RecommenderFactory {

  /** No recommender: for hosts that run the analysis without a catalog. */
  RecommenderFactory NONE =
      (catalog, schema) -> {
        throw new UnsupportedOperationException("no recommender is configured");
      };

  /**
   * Starts a recommender over a catalog.
   *
   * @param catalog the titles that can be recommended, at least one
   * @param schema the customers' layout (a favourite-genre role serves cold starts)
   * @return an empty builder
   */
  Builder builder(List<ContentItem> catalog, CustomerSchema schema);

  /** Collects events, in any order, then builds the recommender. Not thread-safe. */
  interface Builder {

    /**
     * Adds one event.
     *
     * @param event a watch, rating or other interaction
     */
    void add(ActivityEvent event);

    /**
     * Builds the recommender from the events added so far.
     *
     * @return an immutable, thread-safe recommender
     */
    Recommender build();
  }
}
