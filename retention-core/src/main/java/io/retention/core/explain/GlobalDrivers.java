package io.retention.core.explain;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.Explanation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks features by their mean absolute SHAP value over a sample of explanations: the model's
 * global drivers.
 *
 * <p>The direction of a driver is the sign of the Pearson correlation, over the sample, between the
 * feature's value and its contribution: positive means that customers with higher values get pushed
 * towards churn. For a one-hot column (values 0 and 1) it says whether having that level raises
 * risk. A feature whose value or contribution is constant over the sample has no direction.
 */
public final class GlobalDrivers {
  private GlobalDrivers() {}

  /**
   * Ranks the features of a sample.
   *
   * @param sample at least one explanation, all of the same features in the same order
   * @return one driver per feature, by decreasing mean |contribution|, ties by feature name
   */
  public static List<GlobalDriver> rank(List<Explanation> sample) {
    if (sample.isEmpty()) {
      throw new IllegalArgumentException("the sample needs at least one explanation");
    }
    List<Contribution> first = sample.get(0).contributions();
    int m = first.size();
    int n = sample.size();
    double[][] value = new double[m][n];
    double[][] contribution = new double[m][n];
    for (int r = 0; r < n; r++) {
      List<Contribution> cs = sample.get(r).contributions();
      if (cs.size() != m) {
        throw new IllegalArgumentException(
            "explanation " + r + " has " + cs.size() + " contributions, expected " + m);
      }
      for (int i = 0; i < m; i++) {
        Contribution c = cs.get(i);
        if (!c.feature().equals(first.get(i).feature())) {
          throw new IllegalArgumentException(
              "explanation "
                  + r
                  + " explains '"
                  + c.feature()
                  + "' at position "
                  + i
                  + ", expected '"
                  + first.get(i).feature()
                  + "'");
        }
        value[i][r] = c.value();
        contribution[i][r] = c.contribution();
      }
    }
    List<GlobalDriver> out = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      double abs = 0.0;
      for (double c : contribution[i]) {
        abs += Math.abs(c);
      }
      double rho = correlation(value[i], contribution[i]);
      GlobalDriver.Direction d =
          rho > 0
              ? GlobalDriver.Direction.RAISES_RISK_WHEN_HIGHER
              : rho < 0
                  ? GlobalDriver.Direction.LOWERS_RISK_WHEN_HIGHER
                  : GlobalDriver.Direction.NONE;
      out.add(new GlobalDriver(first.get(i).feature(), abs / n, rho, d));
    }
    out.sort(
        Comparator.comparingDouble((GlobalDriver g) -> -g.meanAbsContribution())
            .thenComparing(GlobalDriver::feature));
    return List.copyOf(out);
  }

  /** Pearson correlation, 0 when either series is constant; clamped to [-1, 1] against rounding. */
  static double correlation(double[] a, double[] b) {
    if (isConstant(a) || isConstant(b)) {
      return 0.0;
    }
    int n = a.length;
    double ma = 0.0;
    double mb = 0.0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0.0;
    double saa = 0.0;
    double sbb = 0.0;
    for (int i = 0; i < n; i++) {
      double da = a[i] - ma;
      double db = b[i] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    return Math.max(-1.0, Math.min(1.0, sab / Math.sqrt(saa * sbb)));
  }

  private static boolean isConstant(double[] a) {
    for (double v : a) {
      if (v != a[0]) {
        return false;
      }
    }
    return true;
  }
}
