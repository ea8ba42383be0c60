package io.retention.ml.tribuo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Principal components of a symmetric covariance matrix by the cyclic Jacobi eigenvalue method,
 * deterministic: components in decreasing order of variance (ties: by column), each with its
 * largest-magnitude coordinate made positive.
 */
final class Pca {
  private static final int MAX_SWEEPS = 100;
  private static final double TOLERANCE = 1e-14;

  private Pca() {}

  /**
   * Kept components (unit row vectors), the variance along each, and the share of variance kept.
   */
  static final class Components {
    private final double[][] vectors;
    private final double[] variances;
    private final double keptShare;

    Components(double[][] vectors, double[] variances, double keptShare) {
      this.vectors = vectors;
      this.variances = variances;
      this.keptShare = keptShare;
    }

    /** One unit row vector per kept component. */
    double[][] vectors() {
      return vectors;
    }

    /** The variance along each kept component. */
    double[] variances() {
      return variances;
    }

    /** The share of the total variance kept. */
    double keptShare() {
      return keptShare;
    }
  }

  /**
   * The fewest leading components whose variance reaches a share of the total.
   *
   * @param cov a symmetric covariance matrix
   * @param share the share of variance to keep, in (0, 1]
   */
  static Components components(double[][] cov, double share) {
    int d = cov.length;
    double[][] a = new double[d][];
    for (int i = 0; i < d; i++) {
      a[i] = cov[i].clone();
    }
    double[][] v = new double[d][d];
    for (int i = 0; i < d; i++) {
      v[i][i] = 1.0;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > TOLERANCE * trace(a); sweep++) {
      for (int p = 0; p < d - 1; p++) {
        for (int q = p + 1; q < d; q++) {
          if (a[p][q] != 0.0) {
            rotate(a, v, p, q);
          }
        }
      }
    }
    double[] values = new double[d];
    for (int i = 0; i < d; i++) {
      values[i] = Math.max(0.0, a[i][i]);
    }
    Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]).thenComparing(i -> i));
    double total = Arrays.stream(values).sum();
    int kept = 0;
    double cumulative = 0.0;
    while (kept < d && (kept == 0 || cumulative < share * total)) {
      cumulative += values[order[kept]];
      kept++;
    }
    double[][] vectors = new double[kept][d];
    double[] variances = new double[kept];
    for (int c = 0; c < kept; c++) {
      int col = order[c];
      int biggest = 0;
      for (int j = 0; j < d; j++) {
        vectors[c][j] = v[j][col];
        if (Math.abs(vectors[c][j]) > Math.abs(vectors[c][biggest])) {
          biggest = j;
        }
      }
      if (vectors[c][biggest] < 0.0) {
        for (int j = 0; j < d; j++) {
          vectors[c][j] = -vectors[c][j];
        }
      }
      variances[c] = values[col];
    }
    return new Components(vectors, variances, total == 0.0 ? 1.0 : cumulative / total);
  }

  private static void rotate(double[][] a, double[][] v, int p, int q) {
    int d = a.length;
    double theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1.0));
    if (theta == 0.0) {
      t = 1.0;
    }
    double c = 1.0 / Math.sqrt(t * t + 1.0);
    double s = t * c;
    for (int k = 0; k < d; k++) {
      double akp = a[k][p];
      double akq = a[k][q];
      a[k][p] = c * akp - s * akq;
      a[k][q] = s * akp + c * akq;
    }
    for (int k = 0; k < d; k++) {
      double apk = a[p][k];
      double aqk = a[q][k];
      a[p][k] = c * apk - s * aqk;
      a[q][k] = s * apk + c * aqk;
    }
    for (int k = 0; k < d; k++) {
      double vkp = v[k][p];
      double vkq = v[k][q];
      v[k][p] = c * vkp - s * vkq;
      v[k][q] = s * vkp + c * vkq;
    }
  }

  private static double offDiagonal(double[][] a) {
    double s = 0.0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        if (i != j) {
          s += a[i][j] * a[i][j];
        }
      }
    }
    return Math.sqrt(s);
  }

  private static double trace(double[][] a) {
    double s = 0.0;
    for (int i = 0; i < a.length; i++) {
      s += Math.abs(a[i][i]);
    }
    return Math.max(s, Double.MIN_NORMAL);
  }
}
