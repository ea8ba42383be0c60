package io.retention.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakageGuardTest {

  private static FeatureMatrix rows(List<ChurnLabel> labels) {
    List<CustomerId> ids = new ArrayList<>();
    double[][] rows = new double[labels.size()][];
    for (int i = 0; i < rows.length; i++) {
      ids.add(CustomerId.of("c" + i));
      boolean churned = labels.get(i) == ChurnLabel.CHURNED;
      // days_to_cancel: a perfect (leaky) inverse signal; tenure: a noisy one; flat: constant.
      rows[i] = new double[] {churned ? 1.0 : 30.0 + i, (i % 7) + (churned ? 2.0 : 0.0), 1.0};
    }
    return new FeatureMatrix(
        FeatureSchema.of("days_to_cancel", "tenure", "flat"), ids, rows, labels);
  }

  private static List<ChurnLabel> labels(int n) {
    List<ChurnLabel> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(ChurnLabel.of(i % 3 == 0));
    }
    return out;
  }

  @Test
  void namesOnlyTheFeatureThatAloneSeparatesTheClasses() {
    List<String> warnings = LeakageGuard.DEFAULT.warnings(rows(labels(60)));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("'days_to_cancel'"), warnings.get(0));
    assertTrue(warnings.get(0).contains("1.0000"), warnings.get(0));
  }

  @Test
  void aLooserLimitStillCatchesAPerfectFeatureButNotANoisyOne() {
    assertEquals(1, new LeakageGuard(0.99).warnings(rows(labels(60))).size());
  }

  @Test
  void rejectsLimitsOutsideTheOpenIntervalAndUnlabelledRows() {
    assertThrows(IllegalArgumentException.class, () -> new LeakageGuard(0.5));
    assertThrows(IllegalArgumentException.class, () -> new LeakageGuard(1.0));
    List<ChurnLabel> l = labels(10);
    l.set(0, ChurnLabel.UNKNOWN);
    assertThrows(IllegalArgumentException.class, () -> LeakageGuard.DEFAULT.warnings(rows(l)));
  }
}
