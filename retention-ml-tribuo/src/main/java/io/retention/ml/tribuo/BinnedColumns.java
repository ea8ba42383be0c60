package io.retention.ml.tribuo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Feature columns binned once for histogram tree learning: each column's values are cut into at
 * most {@code maxBins} bins at quantiles of the rows (every distinct value its own bin when there
 * are few enough), and every row's value is replaced by its bin code.
 *
 * <p>Bin {@code b} of a column holds the values {@code v} with {@code threshold(b - 1) < v <=
 * threshold(b)}; the thresholds lie strictly between the largest row value of one bin and the
 * smallest of the next (at their midpoint where the arithmetic allows), so the split "bin {@code <=
 * b}" sends exactly the same training rows left as Tribuo's test {@code value <= threshold(b)}, and
 * a new value goes the way the nearer side of the gap suggests.
 *
 * <p>Immutable and safe to share between threads once built.
 */
final class BinnedColumns {
  /** The most bins a column can have: codes are stored in one unsigned byte. */
  static final int MAX_BINS = 255;

  private static final int BYTE_MASK = 0xFF;

  private final byte[][] codes;
  private final double[][] thresholds;
  private final int rows;

  private BinnedColumns(byte[][] codes, double[][] thresholds, int rows) {
    this.codes = codes;
    this.thresholds = thresholds;
    this.rows = rows;
  }

  /**
   * Bins columns.
   *
   * @param columns the values of each column, one array per column, all of the same length, finite
   * @param maxBins the most bins per column, in [2, {@link #MAX_BINS}]
   * @return the binned columns
   * @throws IllegalArgumentException if the columns are empty or ragged, a value is not finite, or
   *     {@code maxBins} is out of range
   */
  static BinnedColumns of(double[][] columns, int maxBins) {
    Objects.requireNonNull(columns, "columns");
    if (maxBins < 2 || maxBins > MAX_BINS) {
      throw new IllegalArgumentException(
          "maxBins must lie in [2, " + MAX_BINS + "], got " + maxBins);
    }
    if (columns.length == 0) {
      throw new IllegalArgumentException("no columns to bin");
    }
    int n = columns[0].length;
    if (n == 0) {
      throw new IllegalArgumentException("no rows to bin");
    }
    byte[][] codes = new byte[columns.length][];
    double[][] thresholds = new double[columns.length][];
    for (int f = 0; f < columns.length; f++) {
      double[] values = columns[f];
      if (values.length != n) {
        throw new IllegalArgumentException(
            "column " + f + " has " + values.length + " rows, column 0 has " + n);
      }
      thresholds[f] = cutPoints(values, maxBins, f);
      codes[f] = encode(values, thresholds[f]);
    }
    return new BinnedColumns(codes, thresholds, n);
  }

  /** The upper boundaries of every bin but the last, increasing. */
  private static double[] cutPoints(double[] values, int maxBins, int column) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    if (!Double.isFinite(sorted[0]) || !Double.isFinite(sorted[sorted.length - 1])) {
      throw new IllegalArgumentException("column " + column + " holds a value that is not finite");
    }
    // Distinct values (−0.0 and 0.0 are one value, as for "<=") and how many rows hold each.
    double[] distinct = new double[sorted.length];
    int[] counts = new int[sorted.length];
    int m = 0;
    for (double v : sorted) {
      if (m > 0 && v == distinct[m - 1]) {
        counts[m - 1]++;
      } else {
        distinct[m] = v;
        counts[m++] = 1;
      }
    }
    double[] cuts = new double[Math.min(m, maxBins) - 1];
    int k = 0;
    if (m <= maxBins) {
      for (int i = 0; i + 1 < m; i++) {
        cuts[k++] = between(distinct[i], distinct[i + 1]);
      }
      return cuts;
    }
    // Close a bin after the distinct value at which the running count first reaches the next of
    // the maxBins - 1 evenly spaced quantile positions; a value heavier than one share fills
    // several positions at once, so there can be fewer bins than maxBins.
    long n = sorted.length;
    long cumulative = 0;
    int next = 1;
    for (int i = 0; i + 1 < m && next < maxBins; i++) {
      cumulative += counts[i];
      if (cumulative * maxBins >= next * n) {
        cuts[k++] = between(distinct[i], distinct[i + 1]);
        while (next < maxBins && cumulative * maxBins >= next * n) {
          next++;
        }
      }
    }
    return Arrays.copyOf(cuts, k);
  }

  /** A value {@code t} with {@code a <= t < b}, the midpoint when it is representable so. */
  static double between(double a, double b) {
    double mid = a / 2.0 + b / 2.0;
    return mid >= a && mid < b ? mid : a;
  }

  private static byte[] encode(double[] values, double[] cuts) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) bin(cuts, values[i]);
    }
    return out;
  }

  /** The first bin whose upper boundary is at or above {@code v}; the last bin otherwise. */
  private static int bin(double[] cuts, double v) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (v <= cuts[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The number of columns. */
  int columns() {
    return codes.length;
  }

  /** The number of rows. */
  int rows() {
    return rows;
  }

  /** The number of bins of a column. */
  int bins(int column) {
    return thresholds[column].length + 1;
  }

  /** The largest number of bins of any column. */
  int maxBins() {
    int most = 1;
    for (double[] t : thresholds) {
      most = Math.max(most, t.length + 1);
    }
    return most;
  }

  /** The bin of a row's value in a column. */
  int code(int column, int row) {
    return codes[column][row] & BYTE_MASK;
  }

  /**
   * The bin codes of a column, one unsigned byte per row; read-only by convention (not copied, for
   * speed, and never handed outside this package).
   */
  byte[] codes(int column) {
    return codes[column];
  }

  /**
   * The upper boundary of a bin: row values at or below it fall in this bin or an earlier one.
   *
   * @param column the column
   * @param bin a bin other than the column's last
   * @return the threshold
   */
  double threshold(int column, int bin) {
    return thresholds[column][bin];
  }
}
