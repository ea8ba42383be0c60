package io.retention.ml.tribuo;

import io.retention.core.port.out.Segmenter;
import io.retention.core.port.out.SegmenterFactory;
import java.util.List;
import java.util.Objects;

/**
 * Builds {@link TribuoKMeansSegmenter}s from a base configuration, with the features and seed the
 * analysis run asks for. Immutable and thread-safe.
 */
public final class TribuoSegmenterFactory implements SegmenterFactory {
  private final KMeansConfig base;

  /**
   * Creates the factory.
   *
   * @param base the k-means configuration whose features and seed each segmenter replaces
   */
  public TribuoSegmenterFactory(KMeansConfig base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  @Override
  public Segmenter create(List<String> features, long seed) {
    if (features.isEmpty()) {
      throw new IllegalArgumentException("the segments need at least one feature");
    }
    return new TribuoKMeansSegmenter(base.withFeatures(features).withSeed(seed));
  }
}
