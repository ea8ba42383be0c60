package io.retention.core.port.out;

import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.Segment;
import java.util.List;

/** A fitted segmentation. Implementations are immutable and safe to share between threads. */
public interface SegmentationModel {

  /**
   * Every segment, by index.
   *
   * @return the segments
   */
  List<Segment> segments();

  /**
   * The segment a customer belongs to.
   *
   * @param features the customer's features
   * @return the nearest segment
   */
  Segment assign(FeatureVector features);
}
