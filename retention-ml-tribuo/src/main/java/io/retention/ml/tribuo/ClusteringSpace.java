package io.retention.ml.tribuo;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The space k-means works in, learned from the training rows: the chosen columns that vary,
 * standardised with their training mean and (population) standard deviation, then optionally
 * projected on the leading principal components. Immutable.
 */
final class ClusteringSpace {
  private final int[] columns;
  private final double[] means;
  private final double[] sds;

  /** One row per kept component; empty when PCA is off. */
  private final double[][] components;

  private final double keptVariance;

  private ClusteringSpace(
      int[] columns, double[] means, double[] sds, double[][] components, double keptVariance) {
    this.columns = columns;
    this.means = means;
    this.sds = sds;
    this.components = components;
    this.keptVariance = keptVariance;
  }

  /**
   * Learns the space.
   *
   * @param data the training rows
   * @param chosen the columns to use
   * @param pcaShare the share of variance to keep, 1 for no PCA
   */
  static ClusteringSpace fit(FeatureMatrix data, int[] chosen, double pcaShare) {
    int n = data.size();
    List<Integer> kept = new ArrayList<>();
    List<double[]> stats = new ArrayList<>();
    for (int column : chosen) {
      double mean = 0.0;
      for (int i = 0; i < n; i++) {
        mean += data.get(i, column);
      }
      mean /= n;
      double var = 0.0;
      for (int i = 0; i < n; i++) {
        double t = data.get(i, column) - mean;
        var += t * t;
      }
      double sd = Math.sqrt(var / n);
      if (sd > 0.0) {
        kept.add(column);
        stats.add(new double[] {mean, sd});
      }
    }
    int d = kept.size();
    int[] columns = kept.stream().mapToInt(Integer::intValue).toArray();
    double[] means = new double[d];
    double[] sds = new double[d];
    for (int j = 0; j < d; j++) {
      means[j] = stats.get(j)[0];
      sds[j] = stats.get(j)[1];
    }
    ClusteringSpace standardised = new ClusteringSpace(columns, means, sds, new double[0][], 1.0);
    if (pcaShare >= 1.0 || d < 2) {
      return standardised;
    }
    double[][] cov = new double[d][d];
    double[] x = new double[d];
    for (int i = 0; i < n; i++) {
      standardised.standardise(data, i, x);
      for (int a = 0; a < d; a++) {
        for (int b = a; b < d; b++) {
          cov[a][b] += x[a] * x[b];
        }
      }
    }
    for (int a = 0; a < d; a++) {
      for (int b = a; b < d; b++) {
        cov[a][b] /= n;
        cov[b][a] = cov[a][b];
      }
    }
    Pca.Components pcs = Pca.components(cov, pcaShare);
    return new ClusteringSpace(columns, means, sds, pcs.vectors(), pcs.keptShare());
  }

  private void standardise(FeatureMatrix data, int row, double[] out) {
    for (int j = 0; j < columns.length; j++) {
      out[j] = (data.get(row, columns[j]) - means[j]) / sds[j];
    }
  }

  /** A training row's coordinates. */
  double[] embed(FeatureMatrix data, int row) {
    double[] x = new double[columns.length];
    standardise(data, row, x);
    return project(x);
  }

  /** A vector's coordinates. */
  double[] embed(FeatureVector v) {
    double[] x = new double[columns.length];
    for (int j = 0; j < columns.length; j++) {
      x[j] = (v.get(columns[j]) - means[j]) / sds[j];
    }
    return project(x);
  }

  private double[] project(double[] x) {
    if (components.length == 0) {
      return x;
    }
    double[] y = new double[components.length];
    for (int c = 0; c < components.length; c++) {
      double s = 0.0;
      for (int j = 0; j < x.length; j++) {
        s += components[c][j] * x[j];
      }
      y[c] = s;
    }
    return y;
  }

  /** Writes the space, as {@link #read} reads it. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(columns.length);
    for (int j = 0; j < columns.length; j++) {
      out.writeInt(columns[j]);
      out.writeDouble(means[j]);
      out.writeDouble(sds[j]);
    }
    out.writeInt(components.length);
    for (double[] component : components) {
      for (double v : component) {
        out.writeDouble(v);
      }
    }
    out.writeDouble(keptVariance);
  }

  /**
   * Reads a space written by {@link #write}, checking every count against the bytes left.
   *
   * @param in the stream
   * @param schemaSize the number of features the columns index into
   */
  static ClusteringSpace read(DataInputStream in, int schemaSize) throws IOException {
    int d = in.readInt();
    if (d < 1 || d > schemaSize) {
      throw new IOException("bad column count " + d + " for " + schemaSize + " features");
    }
    int[] columns = new int[d];
    double[] means = new double[d];
    double[] sds = new double[d];
    for (int j = 0; j < d; j++) {
      columns[j] = in.readInt();
      if (columns[j] < 0 || columns[j] >= schemaSize) {
        throw new IOException(
            "column " + columns[j] + " is outside the " + schemaSize + " features");
      }
      means[j] = in.readDouble();
      sds[j] = in.readDouble();
      if (!(sds[j] > 0.0) || !Double.isFinite(means[j])) {
        throw new IOException("bad standardisation of column " + columns[j]);
      }
    }
    int c = in.readInt();
    if (c < 0 || c > d || (long) c * d * Double.BYTES > in.available()) {
      throw new IOException("bad component count " + c);
    }
    double[][] components = new double[c][d];
    for (double[] component : components) {
      for (int j = 0; j < d; j++) {
        component[j] = in.readDouble();
      }
    }
    return new ClusteringSpace(columns, means, sds, components, in.readDouble());
  }

  /** The number of coordinates. */
  int dimension() {
    return components.length == 0 ? columns.length : components.length;
  }

  /** The number of standardised columns before projection. */
  int standardisedColumns() {
    return columns.length;
  }

  /** Whether PCA is applied. */
  boolean projected() {
    return components.length > 0;
  }

  /** The share of variance the kept components explain (1 without PCA). */
  double keptVariance() {
    return keptVariance;
  }

  @Override
  public String toString() {
    return "columns " + Arrays.toString(columns) + ", dimension " + dimension();
  }
}
