package io.retention.core.segmentation;

/** How a scan over the number of segments picks one. */
public enum SelectionCriterion {
  /** The largest mean silhouette (ties: the smaller k). The default. */
  SILHOUETTE,
  /** The smallest Davies–Bouldin index (ties: the smaller k). */
  DAVIES_BOULDIN,
  /** The elbow (knee) of the inertia curve, see {@link ClusterValidation#elbow}. */
  ELBOW
}
