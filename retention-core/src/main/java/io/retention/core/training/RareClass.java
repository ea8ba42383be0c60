package io.retention.core.training;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The rarer class's rows in identifier order, and how many rows it lacks. */
final class RareClass {
  final int[] rows;
  final int deficit;
  private final ChurnLabel label;

  private RareClass(int[] rows, int deficit, ChurnLabel label) {
    this.rows = rows;
    this.deficit = deficit;
    this.label = label;
  }

  static RareClass of(FeatureMatrix training) {
    List<Integer> churned = new ArrayList<>();
    List<Integer> retained = new ArrayList<>();
    for (int i = 0; i < training.size(); i++) {
      ChurnLabel label = training.labels().get(i);
      if (label == ChurnLabel.UNKNOWN) {
        throw new IllegalArgumentException(
            "row " + i + " (customer " + training.ids().get(i) + ") has no churn label");
      }
      (label == ChurnLabel.CHURNED ? churned : retained).add(i);
    }
    if (churned.isEmpty() || retained.isEmpty()) {
      throw new IllegalArgumentException(
          "resampling needs both classes; got "
              + churned.size()
              + " churned of "
              + training.size());
    }
    boolean churnedIsRarer = churned.size() <= retained.size();
    List<Integer> rare = churnedIsRarer ? churned : retained;
    int[] rows =
        rare.stream()
            .sorted(Comparator.comparing(i -> training.ids().get(i)))
            .mapToInt(Integer::intValue)
            .toArray();
    return new RareClass(
        rows,
        Math.abs(churned.size() - retained.size()),
        churnedIsRarer ? ChurnLabel.CHURNED : ChurnLabel.RETAINED);
  }

  FeatureMatrix append(FeatureMatrix training, List<CustomerId> newIds, List<double[]> extra) {
    int n = training.size();
    double[][] rows = new double[n + extra.size()][];
    List<CustomerId> ids = new ArrayList<>(training.ids());
    List<ChurnLabel> labels = new ArrayList<>(training.labels());
    for (int i = 0; i < n; i++) {
      rows[i] = training.row(i).toArray();
    }
    for (int s = 0; s < extra.size(); s++) {
      rows[n + s] = extra.get(s);
    }
    ids.addAll(newIds);
    labels.addAll(java.util.Collections.nCopies(extra.size(), label));
    return new FeatureMatrix(training.schema(), ids, rows, labels);
  }

  @Override
  public String toString() {
    return "RareClass" + Arrays.toString(rows);
  }
}
