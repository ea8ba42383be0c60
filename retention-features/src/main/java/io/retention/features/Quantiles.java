package io.retention.features;

import java.util.Arrays;

/**
 * Quantiles of a training sample, learned once: cut points by linear interpolation between order
 * statistics (the usual "type 7" definition, as in NumPy's default), and an empirical distribution
 * function read from a grid of 101 percentiles. Both depend only on the multiset of values, never
 * on their order. Immutable.
 */
final class Quantiles {
  private static final int GRID = 100;

  private final double[] percentiles;

  private Quantiles(double[] percentiles) {
    this.percentiles = percentiles;
  }

  /**
   * Restores quantiles from a grid written by {@link #grid()}.
   *
   * @param grid the 101 percentiles, ascending
   * @return the quantiles
   */
  static Quantiles fromGrid(double[] grid) {
    if (grid.length != GRID + 1) {
      throw new IllegalArgumentException(
          "expected " + (GRID + 1) + " percentiles, got " + grid.length);
    }
    for (int i = 1; i < grid.length; i++) {
      if (!(grid[i] >= grid[i - 1])) {
        throw new IllegalArgumentException("percentiles must ascend");
      }
    }
    return new Quantiles(grid.clone());
  }

  /**
   * Learns the percentile grid of a sample.
   *
   * @param values at least one finite value; not modified
   * @return the quantiles
   */
  static Quantiles of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("quantiles need at least one value");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] grid = new double[GRID + 1];
    for (int i = 0; i <= GRID; i++) {
      grid[i] = quantileOfSorted(sorted, i / (double) GRID);
    }
    return new Quantiles(grid);
  }

  /** The type-7 quantile of a sorted array. */
  static double quantileOfSorted(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The value below which a share {@code p} of the sample lies.
   *
   * @param p a share in [0, 1], a multiple of 0.01
   * @return the quantile
   */
  double at(double p) {
    return percentiles[(int) Math.round(p * GRID)];
  }

  /**
   * The empirical distribution function: about the share of training values at or below {@code v},
   * interpolated linearly within the percentile grid; 0 below the minimum, 1 at or above the
   * maximum.
   *
   * @param v a value
   * @return a share in [0, 1]
   */
  double cdf(double v) {
    if (v < percentiles[0]) {
      return 0.0;
    }
    if (v >= percentiles[GRID]) {
      return 1.0;
    }
    // The last grid point at or below v, so that ties count as "at or below".
    int i = upperBound(v) - 1;
    double lo = percentiles[i];
    double hi = percentiles[i + 1];
    double within = hi > lo ? (v - lo) / (hi - lo) : 1.0;
    return (i + within) / GRID;
  }

  private int upperBound(double v) {
    int lo = 0;
    int hi = percentiles.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (percentiles[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The percentile grid, for reports and persistence.
   *
   * @return a copy of the 101 percentiles
   */
  double[] grid() {
    return percentiles.clone();
  }
}
