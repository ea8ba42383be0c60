package io.retention.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A reliability curve: predicted probabilities grouped into equal-width bins, with the mean
 * prediction and the observed positive rate of each bin. A well-calibrated model has both close in
 * every bin.
 *
 * <p>Bins follow scikit-learn's {@code calibration_curve(strategy="uniform")}: bin {@code b} of
 * {@code n} holds the probabilities in {@code (b/n, (b+1)/n]}, the first bin also holds 0, and
 * empty bins are left out.
 *
 * @param binCount the number of equal-width bins the interval [0, 1] was cut into
 * @param bins the non-empty bins, in increasing order of probability
 */
public record CalibrationCurve(int binCount, List<Bin> bins) {

  /** The default number of bins. */
  public static final int DEFAULT_BINS = 10;

  /**
   * One bin of the curve.
   *
   * @param index the bin's position in [0, binCount)
   * @param meanPredicted the mean predicted probability of the examples in the bin
   * @param observedRate the share of positive examples in the bin
   * @param count how many examples fell in the bin, at least 1
   */
  public record Bin(int index, double meanPredicted, double observedRate, long count) {
    /** Checks the fields. */
    public Bin {
      if (index < 0 || count < 1) {
        throw new IllegalArgumentException("bad bin: index " + index + ", count " + count);
      }
      if (!(meanPredicted >= 0.0 && meanPredicted <= 1.0)
          || !(observedRate >= 0.0 && observedRate <= 1.0)) {
        throw new IllegalArgumentException(
            "bin rates must be probabilities: " + meanPredicted + ", " + observedRate);
      }
    }
  }

  /** Checks the fields. */
  public CalibrationCurve {
    if (binCount < 1) {
      throw new IllegalArgumentException("binCount must be >= 1, got " + binCount);
    }
    bins = List.copyOf(bins);
  }

  /**
   * Computes the curve.
   *
   * @param probabilities one probability per example
   * @param positive whether each example is positive
   * @param binCount how many equal-width bins, at least 1
   * @return the curve
   * @throws IllegalArgumentException if lengths differ, there are no examples, or a value is not a
   *     probability
   */
  public static CalibrationCurve of(double[] probabilities, boolean[] positive, int binCount) {
    if (binCount < 1) {
      throw new IllegalArgumentException("binCount must be >= 1, got " + binCount);
    }
    BinaryMetrics.checkProbabilities(probabilities, positive);
    // Edges as numpy's linspace computes them (k × (1/n)), so that bins match scikit-learn's.
    double step = 1.0 / binCount;
    double[] sum = new double[binCount];
    long[] positives = new long[binCount];
    long[] counts = new long[binCount];
    for (int i = 0; i < probabilities.length; i++) {
      double p = probabilities[i];
      int b = 0;
      while (b < binCount - 1 && (b + 1) * step < p) {
        b++;
      }
      sum[b] += p;
      counts[b]++;
      if (positive[i]) {
        positives[b]++;
      }
    }
    List<Bin> bins = new ArrayList<>();
    for (int b = 0; b < binCount; b++) {
      if (counts[b] > 0) {
        bins.add(new Bin(b, sum[b] / counts[b], (double) positives[b] / counts[b], counts[b]));
      }
    }
    return new CalibrationCurve(binCount, bins);
  }

  /**
   * The expected calibration error: the count-weighted mean of {@code |meanPredicted −
   * observedRate|} over the bins.
   *
   * @return the error in [0, 1]
   */
  public double expectedCalibrationError() {
    long n = 0;
    double sum = 0.0;
    for (Bin bin : bins) {
      n += bin.count();
      sum += bin.count() * Math.abs(bin.meanPredicted() - bin.observedRate());
    }
    return n == 0 ? 0.0 : sum / n;
  }
}
