package io.retention.core.segmentation;

/**
 * A mean silhouette coefficient and how many points it was computed on.
 *
 * @param value the mean silhouette, in [−1, 1]; higher means tighter, better separated segments
 * @param sampleSize how many points it was averaged over
 * @param exact true when every point was used, false when a seeded sample was
 */
public record SilhouetteScore(double value, int sampleSize, boolean exact) {

  /** Checks the range. */
  public SilhouetteScore {
    if (!(value >= -1.0 - 1e-12 && value <= 1.0 + 1e-12)) {
      throw new IllegalArgumentException("silhouette must lie in [-1, 1], got " + value);
    }
    if (sampleSize < 1) {
      throw new IllegalArgumentException("sample size must be >= 1, got " + sampleSize);
    }
  }
}
