package io.retention.core.segmentation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Validation measures of a clustering, computed on points in the space the clustering used.
 * Distances are Euclidean. Pure functions; results do not depend on the number of threads (work is
 * split by point and summed in point order).
 */
public final class ClusterValidation {

  private ClusterValidation() {}

  /**
   * The within-cluster sum of squared distances to the cluster centres (k-means' objective).
   *
   * @param points one row per point
   * @param labels the cluster index of each point
   * @param centroids one centre per cluster index
   * @return the inertia, 0 or more
   */
  public static double inertia(double[][] points, int[] labels, double[][] centroids) {
    checkShape(points, labels);
    double total = 0.0;
    for (int i = 0; i < points.length; i++) {
      int c = labels[i];
      if (c < 0 || c >= centroids.length) {
        throw new IllegalArgumentException(
            "label " + c + " of point " + i + " has no centroid (" + centroids.length + ")");
      }
      total += squaredDistance(points[i], centroids[c]);
    }
    return total;
  }

  /**
   * The mean silhouette coefficient over every point. A point alone in its cluster scores 0, and so
   * does a clustering with fewer than two clusters.
   *
   * @param points one row per point
   * @param labels the cluster index of each point, 0 or more
   * @return the exact mean silhouette
   */
  public static SilhouetteScore silhouette(double[][] points, int[] labels) {
    checkShape(points, labels);
    int[] all = IntStream.range(0, points.length).toArray();
    return new SilhouetteScore(meanSilhouette(points, labels, all), points.length, true);
  }

  /**
   * The mean silhouette, exact up to {@code exactLimit} points and otherwise computed within a
   * seeded uniform sample of {@code sampleSize} points drawn without replacement (distances only
   * between sampled points, as scikit-learn's {@code sample_size} does).
   *
   * @param points one row per point
   * @param labels the cluster index of each point, 0 or more
   * @param exactLimit the largest number of points scored exactly
   * @param sampleSize the sample size beyond that, at least 2
   * @param seed the seed of the sample
   * @return the silhouette with the number of points used
   */
  public static SilhouetteScore silhouette(
      double[][] points, int[] labels, int exactLimit, int sampleSize, long seed) {
    checkShape(points, labels);
    if (exactLimit < 1 || sampleSize < 2) {
      throw new IllegalArgumentException(
          "exact limit must be >= 1 and sample size >= 2, got " + exactLimit + ", " + sampleSize);
    }
    if (points.length <= exactLimit || points.length <= sampleSize) {
      return silhouette(points, labels);
    }
    int[] sample = sample(points.length, sampleSize, seed);
    return new SilhouetteScore(meanSilhouette(points, labels, sample), sample.length, false);
  }

  /**
   * The Davies–Bouldin index: the mean over clusters of the largest ratio of summed within-cluster
   * scatter to centre distance. Lower is better; 0 for a single cluster. Centres are the means of
   * the points; cluster indices with no point are ignored, and two clusters with the same centre
   * contribute 0 (as in scikit-learn).
   *
   * @param points one row per point
   * @param labels the cluster index of each point, 0 or more
   * @return the index, 0 or more
   */
  public static double daviesBouldin(double[][] points, int[] labels) {
    checkShape(points, labels);
    int k = Arrays.stream(labels).max().orElse(-1) + 1;
    int d = points.length == 0 ? 0 : points[0].length;
    double[][] centres = new double[k][d];
    long[] counts = new long[k];
    for (int i = 0; i < points.length; i++) {
      counts[labels[i]]++;
      for (int j = 0; j < d; j++) {
        centres[labels[i]][j] += points[i][j];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d && counts[c] > 0; j++) {
        centres[c][j] /= counts[c];
      }
    }
    double[] scatter = new double[k];
    for (int i = 0; i < points.length; i++) {
      scatter[labels[i]] += Math.sqrt(squaredDistance(points[i], centres[labels[i]]));
    }
    for (int c = 0; c < k; c++) {
      scatter[c] = counts[c] == 0 ? 0.0 : scatter[c] / counts[c];
    }
    int present = 0;
    double total = 0.0;
    for (int a = 0; a < k; a++) {
      if (counts[a] == 0) {
        continue;
      }
      present++;
      double worst = 0.0;
      for (int b = 0; b < k; b++) {
        double separation = Math.sqrt(squaredDistance(centres[a], centres[b]));
        if (b != a && counts[b] > 0 && separation > 0.0) {
          worst = Math.max(worst, (scatter[a] + scatter[b]) / separation);
        }
      }
      total += worst;
    }
    return present < 2 ? 0.0 : total / present;
  }

  /**
   * The adjusted Rand index of two partitions of the same points: 1 for identical partitions (up to
   * renaming), about 0 for independent ones.
   *
   * @param a the first partition's cluster of each point
   * @param b the second partition's cluster of each point
   * @return the index, at most 1
   */
  public static double adjustedRandIndex(int[] a, int[] b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "partitions differ in length: " + a.length + " and " + b.length);
    }
    Map<Long, Long> cells = new HashMap<>();
    Map<Integer, Long> rows = new HashMap<>();
    Map<Integer, Long> cols = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      cells.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1L, Long::sum);
      rows.merge(a[i], 1L, Long::sum);
      cols.merge(b[i], 1L, Long::sum);
    }
    double index = cells.values().stream().mapToDouble(ClusterValidation::pairs).sum();
    double sumRows = rows.values().stream().mapToDouble(ClusterValidation::pairs).sum();
    double sumCols = cols.values().stream().mapToDouble(ClusterValidation::pairs).sum();
    double all = pairs(a.length);
    double expected = all == 0.0 ? 0.0 : sumRows * sumCols / all;
    double max = (sumRows + sumCols) / 2.0;
    if (max == expected) {
      return 1.0;
    }
    return (index - expected) / (max - expected);
  }

  /**
   * The elbow (knee) of an inertia curve by the largest distance below the chord: both axes are
   * scaled to [0, 1] and the chosen k is the one whose scaled inertia lies furthest below the
   * straight line from the first to the last point (the Kneedle rule). Ties go to the smaller k;
   * with fewer than three points, or a flat curve, the first k is chosen.
   *
   * @param ks the numbers of clusters, strictly increasing
   * @param inertias the inertia at each k
   * @return the chosen k
   */
  public static int elbow(int[] ks, double[] inertias) {
    if (ks.length == 0 || ks.length != inertias.length) {
      throw new IllegalArgumentException(
          "need as many inertias as ks, at least one: " + ks.length + ", " + inertias.length);
    }
    for (int i = 1; i < ks.length; i++) {
      if (ks[i] <= ks[i - 1]) {
        throw new IllegalArgumentException("ks must increase strictly: " + Arrays.toString(ks));
      }
    }
    double max = Arrays.stream(inertias).max().orElseThrow();
    double min = Arrays.stream(inertias).min().orElseThrow();
    if (ks.length < 3 || max == min) {
      return ks[0];
    }
    double span = ks[ks.length - 1] - ks[0];
    double y0 = (inertias[0] - min) / (max - min);
    double y1 = (inertias[inertias.length - 1] - min) / (max - min);
    int best = 0;
    double bestGap = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < ks.length; i++) {
      double x = (ks[i] - ks[0]) / span;
      double y = (inertias[i] - min) / (max - min);
      double chord = y0 + x * (y1 - y0);
      double gap = chord - y;
      if (gap > bestGap) {
        bestGap = gap;
        best = i;
      }
    }
    return ks[best];
  }

  /** Squared Euclidean distance. */
  static double squaredDistance(double[] x, double[] y) {
    double s = 0.0;
    for (int j = 0; j < x.length; j++) {
      double t = x[j] - y[j];
      s += t * t;
    }
    return s;
  }

  /** A seeded sample of {@code size} distinct indices in [0, n), in increasing order. */
  static int[] sample(int n, int size, long seed) {
    int[] idx = IntStream.range(0, n).toArray();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(n - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    int[] out = Arrays.copyOf(idx, size);
    Arrays.sort(out);
    return out;
  }

  private static double meanSilhouette(double[][] points, int[] labels, int[] subset) {
    int k = 0;
    for (int i : subset) {
      if (labels[i] < 0) {
        throw new IllegalArgumentException("label of point " + i + " is negative: " + labels[i]);
      }
      k = Math.max(k, labels[i] + 1);
    }
    long[] sizes = new long[k];
    for (int i : subset) {
      sizes[labels[i]]++;
    }
    long nonEmpty = Arrays.stream(sizes).filter(s -> s > 0).count();
    if (nonEmpty < 2) {
      return 0.0;
    }
    int clusters = k;
    double[] scores =
        IntStream.range(0, subset.length)
            .parallel()
            .mapToDouble(
                p -> {
                  int i = subset[p];
                  double[] sums = new double[clusters];
                  for (int j : subset) {
                    sums[labels[j]] += Math.sqrt(squaredDistance(points[i], points[j]));
                  }
                  int own = labels[i];
                  if (sizes[own] < 2) {
                    return 0.0;
                  }
                  double a = sums[own] / (sizes[own] - 1);
                  double b = Double.POSITIVE_INFINITY;
                  for (int c = 0; c < clusters; c++) {
                    if (c != own && sizes[c] > 0) {
                      b = Math.min(b, sums[c] / sizes[c]);
                    }
                  }
                  double scale = Math.max(a, b);
                  return scale == 0.0 ? 0.0 : (b - a) / scale;
                })
            .toArray();
    double total = 0.0;
    for (double s : scores) {
      total += s;
    }
    return total / subset.length;
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }

  private static void checkShape(double[][] points, int[] labels) {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(labels, "labels");
    if (points.length != labels.length) {
      throw new IllegalArgumentException(
          "points and labels differ in length: " + points.length + ", " + labels.length);
    }
    if (points.length == 0) {
      throw new IllegalArgumentException("no points");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0) {
        throw new IllegalArgumentException("label of point " + i + " is negative: " + labels[i]);
      }
    }
  }
}
