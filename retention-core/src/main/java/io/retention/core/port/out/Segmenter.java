package io.retention.core.port.out;

import io.retention.core.domain.FeatureMatrix;

/** Learns customer segments from feature rows. */
public interface Segmenter {

  /**
   * Fits a segmentation.
   *
   * @param data the customers' features
   * @param progress told how fitting advances
   * @return the fitted segmentation
   */
  SegmentationModel fit(FeatureMatrix data, ProgressListener progress);
}
