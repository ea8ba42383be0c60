package io.retention.ml.tribuo;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Deterministic Lloyd refinement of k-means centres, with empty-cluster reseeding. Assignment runs
 * in parallel by point; centres are summed in point order, so results do not depend on the number
 * of threads.
 */
final class Lloyd {

  /** The outcome of a refinement: final centres, labels, inertia and how often it reseeded. */
  static final class Result {
    private final double[][] centroids;
    private final int[] labels;
    private final double inertia;
    private final int reseeded;

    Result(double[][] centroids, int[] labels, double inertia, int reseeded) {
      this.centroids = centroids;
      this.labels = labels;
      this.inertia = inertia;
      this.reseeded = reseeded;
    }

    /** The final centres. */
    double[][] centroids() {
      return centroids;
    }

    /** Each point's nearest centre. */
    int[] labels() {
      return labels;
    }

    /** The sum of squared distances to the nearest centre. */
    double inertia() {
      return inertia;
    }

    /** How many times an empty cluster was reseeded. */
    int reseeded() {
      return reseeded;
    }
  }

  private Lloyd() {}

  /** The index of the nearest centre (ties: the lower index). */
  static int nearest(double[] x, double[][] centroids) {
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double s = 0.0;
      double[] centre = centroids[c];
      for (int j = 0; j < x.length; j++) {
        double t = x[j] - centre[j];
        s += t * t;
      }
      if (s < bestDistance) {
        bestDistance = s;
        best = c;
      }
    }
    return best;
  }

  /**
   * Refines centres until the assignment stops changing or the centres move less than a tolerance.
   * Before each update, every empty cluster takes the point farthest from its own centre among
   * clusters with more than one point (ties: the lower point index), so no cluster stays empty,
   * including one that collapsed to the zero vector.
   *
   * @param points the points, in a canonical order
   * @param start the starting centres (copied)
   * @param maxIterations the most update steps
   * @param tolerance stop when the summed squared centre shift is at most this times the mean
   *     per-coordinate variance of the points (scikit-learn's rule); 0 waits for a stable
   *     assignment
   */
  static Result refine(double[][] points, double[][] start, int maxIterations, double tolerance) {
    int k = start.length;
    int d = points[0].length;
    double[][] centroids = new double[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = start[c].clone();
    }
    double threshold = tolerance * meanVariance(points);
    int[] labels = assign(points, centroids);
    int reseeded = 0;
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      reseeded += reseedEmpty(points, centroids, labels);
      double[][] next = means(points, labels, k, d);
      double shift = 0.0;
      for (int c = 0; c < k; c++) {
        shift += squared(next[c], centroids[c]);
      }
      centroids = next;
      int[] nextLabels = assign(points, centroids);
      boolean stable = Arrays.equals(nextLabels, labels);
      labels = nextLabels;
      if ((stable || shift <= threshold) && noneEmpty(labels, k)) {
        break;
      }
    }
    double inertia = 0.0;
    for (int i = 0; i < points.length; i++) {
      inertia += squared(points[i], centroids[labels[i]]);
    }
    return new Result(centroids, labels, inertia, reseeded);
  }

  private static boolean noneEmpty(int[] labels, int k) {
    boolean[] seen = new boolean[k];
    int count = 0;
    for (int label : labels) {
      if (!seen[label]) {
        seen[label] = true;
        count++;
      }
    }
    return count == k;
  }

  private static double meanVariance(double[][] points) {
    int d = points[0].length;
    if (d == 0) {
      return 0.0;
    }
    double total = 0.0;
    for (int j = 0; j < d; j++) {
      double mean = 0.0;
      for (double[] p : points) {
        mean += p[j];
      }
      mean /= points.length;
      double var = 0.0;
      for (double[] p : points) {
        var += (p[j] - mean) * (p[j] - mean);
      }
      total += var / points.length;
    }
    return total / d;
  }

  private static int[] assign(double[][] points, double[][] centroids) {
    return IntStream.range(0, points.length)
        .parallel()
        .map(i -> nearest(points[i], centroids))
        .toArray();
  }

  private static int reseedEmpty(double[][] points, double[][] centroids, int[] labels) {
    int k = centroids.length;
    int[] counts = new int[k];
    for (int label : labels) {
      counts[label]++;
    }
    int reseeded = 0;
    for (int c = 0; c < k; c++) {
      if (counts[c] > 0) {
        continue;
      }
      int farthest = -1;
      double farthestDistance = -1.0;
      for (int i = 0; i < points.length; i++) {
        if (counts[labels[i]] > 1) {
          double dist = squared(points[i], centroids[labels[i]]);
          if (dist > farthestDistance) {
            farthestDistance = dist;
            farthest = i;
          }
        }
      }
      if (farthest < 0) {
        break;
      }
      counts[labels[farthest]]--;
      labels[farthest] = c;
      counts[c] = 1;
      centroids[c] = points[farthest].clone();
      reseeded++;
    }
    return reseeded;
  }

  private static double[][] means(double[][] points, int[] labels, int k, int d) {
    double[][] sums = new double[k][d];
    int[] counts = new int[k];
    for (int i = 0; i < points.length; i++) {
      double[] s = sums[labels[i]];
      for (int j = 0; j < d; j++) {
        s[j] += points[i][j];
      }
      counts[labels[i]]++;
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d && counts[c] > 0; j++) {
        sums[c][j] /= counts[c];
      }
    }
    return sums;
  }

  static double squared(double[] x, double[] y) {
    double s = 0.0;
    for (int j = 0; j < x.length; j++) {
      double t = x[j] - y[j];
      s += t * t;
    }
    return s;
  }
}
