package io.retention.core.segmentation;

import java.util.Objects;

/**
 * The validation scores of one segmentation in a scan.
 *
 * @param k the number of segments asked for
 * @param segments the number the model has (fewer when the rows have fewer distinct points)
 * @param inertia the within-segment sum of squared distances in the clustering space
 * @param silhouette the mean silhouette, with the number of rows it was computed on
 * @param daviesBouldin the Davies–Bouldin index
 */
public record KScore(
    int k, int segments, double inertia, SilhouetteScore silhouette, double daviesBouldin) {

  /** Checks the fields. */
  public KScore {
    if (k < 1 || segments < 1 || segments > k) {
      throw new IllegalArgumentException(
          "need 1 <= segments <= k, got k " + k + ", segments " + segments);
    }
    if (!(inertia >= 0.0) || !(daviesBouldin >= 0.0)) {
      throw new IllegalArgumentException(
          "inertia and Davies-Bouldin must be >= 0, got " + inertia + ", " + daviesBouldin);
    }
    Objects.requireNonNull(silhouette, "silhouette");
  }
}
