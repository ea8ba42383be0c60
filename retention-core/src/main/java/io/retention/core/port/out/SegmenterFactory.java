package io.retention.core.port.out;

import java.util.List;

/**
 * Builds the segmenter that the analysis run scans over k with: the features to cluster on are
 * known only once the feature pipeline is fitted, and the seed is the run's.
 */
public interface SegmenterFactory {

  /**
   * A segmenter over some features.
   *
   * @param features the names of the features to cluster on, at least one
   * @param seed the seed of every random choice the segmenter makes
   * @return the segmenter
   */
  Segmenter create(List<String> features, long seed);
}
