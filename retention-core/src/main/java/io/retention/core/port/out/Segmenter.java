package io.retention.core.port.out;

import io.retention.core.domain.FeatureMatrix;

/** Learns customer segments from feature rows. */
public interface Segmenter {

  /**
   * Fits a segmentation with the number of segments the implementation is configured with.
   *
   * @param data the customers' features
   * @param progress told how fitting advances
   * @return the fitted segmentation
   */
  SegmentationModel fit(FeatureMatrix data, ProgressListener progress);

  /**
   * Fits a segmentation with a given number of segments. When the rows hold fewer than {@code k}
   * distinct points, the model has one segment per distinct point.
   *
   * @param data the customers' features, at least one row
   * @param k the number of segments wanted, at least 1
   * @param progress told how fitting advances
   * @return the fitted segmentation
   * @throws IllegalArgumentException if {@code k < 1} or {@code data} is empty
   */
  SegmentationModel fit(FeatureMatrix data, int k, ProgressListener progress);
}
