package io.retention.ml.tribuo;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Deterministic Lloyd refinement of k-means centres, with empty-cluster reseeding. Assignment runs
 * in parallel by point; centres are summed in point order, so results do not depend on the number
 * of threads.
 */
final class Lloyd {

  /**
   * The outcome of a refinement.
   *
   * @param centroids the final centres
   * @param labels each point's nearest centre
   * @param inertia the sum of squared distances to the nearest centre
   * @param reseeded how many times an empty cluster was reseeded
   */
  record Result(double[][] centroids, int[] labels, double inertia, int reseeded) {}

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
   * Refines centres until the assignment stops changing. Before each update, every empty cluster
   * takes the point farthest from its own centre among clusters with more than one point (ties: the
   * lower point index) — so no cluster stays empty, including one that collapsed to the zero
   * vector.
   *
   * @param points the points, in a canonical order
   * @param start the starting centres (copied)
   * @param maxIterations the most update steps
   */
  static Result refine(double[][] points, double[][] start, int maxIterations) {
    int k = start.length;
    int d = points[0].length;
    double[][] centroids = new double[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = start[c].clone();
    }
    int[] labels = assign(points, centroids);
    int reseeded = 0;
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      reseeded += reseedEmpty(points, centroids, labels);
      centroids = means(points, labels, k, d);
      int[] next = assign(points, centroids);
      if (Arrays.equals(next, labels)) {
        break;
      }
      labels = next;
    }
    double inertia = 0.0;
    for (int i = 0; i < points.length; i++) {
      inertia += squared(points[i], centroids[labels[i]]);
    }
    return new Result(centroids, labels, inertia, reseeded);
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
