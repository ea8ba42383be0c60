package io.retention.core.testing;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded Gaussian blobs with known membership, for segmentation tests: {@code centres} centres
 * drawn uniformly in [−box, box]^d, and each point drawn from one centre (in turn, so blob sizes
 * differ by at most one) with independent normal noise of standard deviation {@code spread}.
 *
 * @param rows the points as a feature matrix (features {@code x0..}, ids {@code b00000..}, labels
 *     unknown)
 * @param membership the blob of each row
 * @param centres the blob centres
 */
public record GaussianBlobs(FeatureMatrix rows, int[] membership, double[][] centres) {

  /**
   * Generates blobs.
   *
   * @param n how many points
   * @param dimension how many features
   * @param centreCount how many blobs
   * @param spread the noise standard deviation
   * @param box the half-width of the box centres are drawn in
   * @param seed the seed
   * @return the blobs
   */
  public static GaussianBlobs generate(
      int n, int dimension, int centreCount, double spread, double box, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] centres = new double[centreCount][dimension];
    for (double[] c : centres) {
      for (int j = 0; j < dimension; j++) {
        c[j] = (2.0 * random.nextDouble() - 1.0) * box;
      }
    }
    return around(centres, n, spread, random);
  }

  /**
   * Generates blobs around given centres.
   *
   * @param centres the blob centres, all of one dimension
   * @param n how many points
   * @param spread the noise standard deviation
   * @param seed the seed
   * @return the blobs
   */
  public static GaussianBlobs around(double[][] centres, int n, double spread, long seed) {
    return around(centres, n, spread, new SplittableRandom(seed));
  }

  private static GaussianBlobs around(
      double[][] centres, int n, double spread, SplittableRandom random) {
    int centreCount = centres.length;
    int dimension = centres[0].length;
    double[][] points = new double[n][dimension];
    int[] membership = new int[n];
    for (int i = 0; i < n; i++) {
      membership[i] = i % centreCount;
      for (int j = 0; j < dimension; j++) {
        points[i][j] = centres[membership[i]][j] + spread * gaussian(random);
      }
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < dimension; j++) {
      names.add("x" + j);
    }
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(CustomerId.of(String.format(Locale.ROOT, "b%05d", i)));
    }
    FeatureMatrix rows =
        new FeatureMatrix(
            new FeatureSchema(names), ids, points, Collections.nCopies(n, ChurnLabel.UNKNOWN));
    return new GaussianBlobs(rows, membership, centres.clone());
  }

  /**
   * The rows in CSV, one line per point, for computing reference figures outside Java.
   *
   * @return comma-separated values with 17 significant digits, no header
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < rows.schema().size(); j++) {
        sb.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.17g", rows.get(i, j)));
      }
      sb.append(',').append(membership[i]).append('\n');
    }
    return sb.toString();
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }
}
