package io.retention.core.evaluation;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags features that alone separate churners from stayers almost perfectly: usually a sign that
 * the feature was computed from the outcome (label leakage) rather than a real signal.
 *
 * @param maxSingleFeatureAuc the highest single-feature ROC-AUC (folded to at least 0.5) that is
 *     not suspicious, in (0.5, 1)
 */
public record LeakageGuard(double maxSingleFeatureAuc) {

  /** The default limit of 0.95. */
  public static final LeakageGuard DEFAULT = new LeakageGuard(0.95);

  /** Checks the limit. */
  public LeakageGuard {
    if (!(maxSingleFeatureAuc > 0.5 && maxSingleFeatureAuc < 1.0)) {
      throw new IllegalArgumentException(
          "the single-feature AUC limit must lie in (0.5, 1), got " + maxSingleFeatureAuc);
    }
  }

  /**
   * Warnings, one per suspicious feature, in schema order.
   *
   * @param labelled labelled rows with both classes
   * @return one readable warning per feature whose own ROC-AUC exceeds the limit
   * @throws IllegalArgumentException if a row is unlabelled or a class is missing
   */
  public List<String> warnings(FeatureMatrix labelled) {
    boolean[] churned = new boolean[labelled.size()];
    for (int i = 0; i < churned.length; i++) {
      ChurnLabel label = labelled.labels().get(i);
      if (label == ChurnLabel.UNKNOWN) {
        throw new IllegalArgumentException("row " + i + " has no churn label");
      }
      churned[i] = label == ChurnLabel.CHURNED;
    }
    List<String> out = new ArrayList<>();
    for (int j = 0; j < labelled.schema().size(); j++) {
      double auc = BinaryMetrics.separation(labelled.column(j), churned);
      if (auc > maxSingleFeatureAuc) {
        out.add(
            String.format(
                Locale.ROOT,
                "feature '%s' alone separates churned from retained customers with ROC-AUC %.4f"
                    + " (above %.2f): suspected label leakage",
                labelled.schema().names().get(j),
                auc,
                maxSingleFeatureAuc));
      }
    }
    return List.copyOf(out);
  }
}
