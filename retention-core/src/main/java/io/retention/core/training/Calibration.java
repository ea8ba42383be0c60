package io.retention.core.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A fitted map from a model's raw probability to a calibrated one. Immutable and thread-safe.
 *
 * <p>Fit on out-of-fold predictions (scores the model gave rows it was not trained on), never on
 * training-set predictions, which are over-confident.
 */
public sealed interface Calibration
    permits Calibration.Identity, Calibration.Platt, Calibration.Isotonic {

  /**
   * Maps a raw probability.
   *
   * @param raw the model's probability in [0, 1]
   * @return the calibrated probability in [0, 1]
   */
  double apply(double raw);

  /**
   * What the calibration is, for reports.
   *
   * @return a one-line description
   */
  String describe();

  /** How to fit a calibration. */
  enum Method {
    /** No calibration. */
    NONE,
    /** Platt scaling: a logistic function of the logit of the raw probability. */
    PLATT,
    /** Isotonic regression: the best non-decreasing step function, joined linearly. */
    ISOTONIC;

    /**
     * Fits a calibration of this kind.
     *
     * @param raw raw probabilities, one per example
     * @param positive whether each example is positive
     * @return the fitted calibration
     * @throws IllegalArgumentException if lengths differ, there are no examples, or a value is not
     *     a probability
     */
    public Calibration fit(double[] raw, boolean[] positive) {
      checkInputs(raw, positive);
      return switch (this) {
        case NONE -> new Identity();
        case PLATT -> Platt.fit(raw, positive);
        case ISOTONIC -> Isotonic.fit(raw, positive);
      };
    }
  }

  /** Returns the raw probability unchanged. */
  record Identity() implements Calibration {
    @Override
    public double apply(double raw) {
      return raw;
    }

    @Override
    public String describe() {
      return "none";
    }
  }

  /**
   * Platt scaling: {@code p = 1 / (1 + exp(a·z + b))} where {@code z} is the logit of the raw
   * probability (clipped to [1e-12, 1 − 1e-12]).
   *
   * @param a the slope (negative when higher raw probability means higher churn)
   * @param b the intercept
   */
  record Platt(double a, double b) implements Calibration {
    private static final double CLIP = 1e-12;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-12;

    /** Checks the parameters. */
    public Platt {
      if (!Double.isFinite(a) || !Double.isFinite(b)) {
        throw new IllegalArgumentException("Platt parameters must be finite: " + a + ", " + b);
      }
    }

    static double logit(double p) {
      double q = Math.min(1.0 - CLIP, Math.max(CLIP, p));
      return Math.log(q / (1.0 - q));
    }

    @Override
    public double apply(double raw) {
      double f = a * logit(raw) + b;
      double p = f >= 0 ? Math.exp(-f) / (1.0 + Math.exp(-f)) : 1.0 / (1.0 + Math.exp(f));
      return Math.min(1.0, Math.max(0.0, p));
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "Platt scaling (a=%.6g, b=%.6g)", a, b);
    }

    /**
     * Fits by Newton's method with a backtracking line search on Platt's smoothed targets {@code
     * (n₊ + 1)/(n₊ + 2)} and {@code 1/(n₋ + 2)} (Platt 1999; Lin, Lin and Weng 2007).
     */
    static Platt fit(double[] raw, boolean[] positive) {
      int n = raw.length;
      double[] z = new double[n];
      double[] t = new double[n];
      long pos = 0;
      for (boolean p : positive) {
        pos += p ? 1 : 0;
      }
      double hi = (pos + 1.0) / (pos + 2.0);
      double lo = 1.0 / (n - pos + 2.0);
      for (int i = 0; i < n; i++) {
        z[i] = logit(raw[i]);
        t[i] = positive[i] ? hi : lo;
      }
      double a = 0.0;
      double b = Math.log((n - pos + 1.0) / (pos + 1.0));
      double f = objective(z, t, a, b);
      for (int it = 0; it < MAX_ITERATIONS; it++) {
        double h11 = 1e-12;
        double h22 = 1e-12;
        double h21 = 0;
        double g1 = 0;
        double g2 = 0;
        for (int i = 0; i < n; i++) {
          double fa = a * z[i] + b;
          double p = fa >= 0 ? Math.exp(-fa) / (1 + Math.exp(-fa)) : 1 / (1 + Math.exp(fa));
          double q = 1 - p;
          double d2 = p * q;
          h11 += z[i] * z[i] * d2;
          h22 += d2;
          h21 += z[i] * d2;
          double d1 = t[i] - p;
          g1 += z[i] * d1;
          g2 += d1;
        }
        if (Math.abs(g1) < TOLERANCE && Math.abs(g2) < TOLERANCE) {
          break;
        }
        double det = h11 * h22 - h21 * h21;
        double da = -(h22 * g1 - h21 * g2) / det;
        double db = -(-h21 * g1 + h11 * g2) / det;
        double gd = g1 * da + g2 * db;
        double step = 1.0;
        boolean improved = false;
        while (step >= 1e-10) {
          double na = a + step * da;
          double nb = b + step * db;
          double nf = objective(z, t, na, nb);
          if (nf < f + 1e-4 * step * gd) {
            a = na;
            b = nb;
            f = nf;
            improved = true;
            break;
          }
          step /= 2.0;
        }
        if (!improved) {
          break;
        }
      }
      return new Platt(a, b);
    }

    private static double objective(double[] z, double[] t, double a, double b) {
      double f = 0;
      for (int i = 0; i < z.length; i++) {
        double fa = a * z[i] + b;
        f +=
            fa >= 0
                ? t[i] * fa + Math.log1p(Math.exp(-fa))
                : (t[i] - 1) * fa + Math.log1p(Math.exp(fa));
      }
      return f;
    }
  }

  /**
   * Isotonic regression: the non-decreasing function of the raw probability closest to the labels
   * in squared error (pool-adjacent-violators), interpolated linearly between its knots and held
   * constant beyond them.
   *
   * @param knots the raw probabilities of the knots, increasing
   * @param values the calibrated probabilities at the knots, non-decreasing
   */
  record Isotonic(double[] knots, double[] values) implements Calibration {
    /** Checks and copies the knots. */
    public Isotonic {
      knots = knots.clone();
      values = values.clone();
      if (knots.length == 0 || knots.length != values.length) {
        throw new IllegalArgumentException(
            "isotonic calibration needs as many values as knots, at least one: "
                + knots.length
                + " and "
                + values.length);
      }
      for (int i = 0; i < knots.length; i++) {
        if (!(values[i] >= 0.0 && values[i] <= 1.0) || !Double.isFinite(knots[i])) {
          throw new IllegalArgumentException("bad knot " + knots[i] + " -> " + values[i]);
        }
        if (i > 0 && (knots[i] <= knots[i - 1] || values[i] < values[i - 1])) {
          throw new IllegalArgumentException(
              "knots must increase and values must not decrease at " + i);
        }
      }
    }

    @Override
    public double[] knots() {
      return knots.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public double apply(double raw) {
      if (raw <= knots[0]) {
        return values[0];
      }
      int last = knots.length - 1;
      if (raw >= knots[last]) {
        return values[last];
      }
      int k = Arrays.binarySearch(knots, raw);
      if (k >= 0) {
        return values[k];
      }
      int hi = -k - 1;
      int lo = hi - 1;
      double w = (raw - knots[lo]) / (knots[hi] - knots[lo]);
      return values[lo] + w * (values[hi] - values[lo]);
    }

    @Override
    public String describe() {
      return "isotonic regression (" + knots.length + " knots)";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Isotonic other
          && Arrays.equals(knots, other.knots)
          && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(knots) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "Isotonic[knots="
          + Arrays.toString(knots)
          + ", values="
          + Arrays.toString(values)
          + "]";
    }

    static Isotonic fit(double[] raw, boolean[] positive) {
      Integer[] order =
          IntStream.range(0, raw.length)
              .boxed()
              .sorted(Comparator.<Integer>comparingDouble(i -> raw[i]))
              .toArray(Integer[]::new);
      // Equal raw values form one starting block, so the fit does not depend on input order.
      List<double[]> blocks = new ArrayList<>(); // {sum of labels, count, min x, max x}
      int start = 0;
      while (start < order.length) {
        int end = start;
        double sum = 0;
        while (end < order.length && raw[order[end]] == raw[order[start]]) {
          sum += positive[order[end]] ? 1 : 0;
          end++;
        }
        double x = raw[order[start]];
        blocks.add(new double[] {sum, end - start, x, x});
        while (blocks.size() > 1) {
          double[] b = blocks.get(blocks.size() - 1);
          double[] a = blocks.get(blocks.size() - 2);
          if (a[0] / a[1] <= b[0] / b[1]) {
            break;
          }
          blocks.remove(blocks.size() - 1);
          blocks.set(blocks.size() - 1, new double[] {a[0] + b[0], a[1] + b[1], a[2], b[3]});
        }
        start = end;
      }
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (double[] b : blocks) {
        double y = b[0] / b[1];
        xs.add(b[2]);
        ys.add(y);
        if (b[3] > b[2]) {
          xs.add(b[3]);
          ys.add(y);
        }
      }
      return new Isotonic(
          xs.stream().mapToDouble(Double::doubleValue).toArray(),
          ys.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  private static void checkInputs(double[] raw, boolean[] positive) {
    if (raw.length != positive.length) {
      throw new IllegalArgumentException(
          "probabilities and labels differ in length: " + raw.length + " vs " + positive.length);
    }
    if (raw.length == 0) {
      throw new IllegalArgumentException("no examples to calibrate on");
    }
    for (int i = 0; i < raw.length; i++) {
      if (!(raw[i] >= 0.0 && raw[i] <= 1.0)) {
        throw new IllegalArgumentException("value " + i + " is not a probability: " + raw[i]);
      }
    }
  }
}
