package io.retention.core.port.out;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.Segment;
import java.util.List;

/**
 * A fitted segmentation. Implementations are immutable and safe to share between threads.
 *
 * <p>Segments are found in a <em>clustering space</em> that the implementation learns in fit (for
 * example standardised and projected features); {@link #embed} maps a customer into that space and
 * {@link #centroids()} gives the segment centres there, so that validation measures (inertia,
 * silhouette, Davies–Bouldin) see the same distances as the clustering did.
 */
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

  /**
   * A customer's coordinates in the clustering space.
   *
   * @param features the customer's features
   * @return a fresh array of the clustering-space coordinates
   */
  double[] embed(FeatureVector features);

  /**
   * The segment centres in the clustering space, one row per segment, by index.
   *
   * @return a fresh copy of the centres
   */
  double[][] centroids();

  /**
   * The segment index of every row.
   *
   * @param data the rows
   * @return one segment index per row
   */
  default int[] assignAll(FeatureMatrix data) {
    int[] out = new int[data.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = assign(data.row(i)).index();
    }
    return out;
  }
}
