package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFingerprintTest {
  private static FeatureMatrix rows(double first, boolean reversed, ChurnLabel label) {
    List<CustomerId> ids = List.of(CustomerId.of("a"), CustomerId.of("b"));
    double[][] values = {{first, 2.0}, {3.0, 4.0}};
    List<ChurnLabel> labels = List.of(label, ChurnLabel.RETAINED);
    if (reversed) {
      return new FeatureMatrix(
          FeatureSchema.of("x", "y"),
          List.of(ids.get(1), ids.get(0)),
          new double[][] {values[1], values[0]},
          List.of(labels.get(1), labels.get(0)));
    }
    return new FeatureMatrix(FeatureSchema.of("x", "y"), ids, values, labels);
  }

  @Test
  void isSixtyFourHexDigitsAndIgnoresRowOrder() {
    String a = DataFingerprint.of(rows(1.0, false, ChurnLabel.CHURNED));
    assertEquals(64, a.length());
    assertEquals(a, DataFingerprint.of(rows(1.0, true, ChurnLabel.CHURNED)));
  }

  @Test
  void changesWithAValueOrALabel() {
    String a = DataFingerprint.of(rows(1.0, false, ChurnLabel.CHURNED));
    assertNotEquals(a, DataFingerprint.of(rows(1.5, false, ChurnLabel.CHURNED)));
    assertNotEquals(a, DataFingerprint.of(rows(1.0, false, ChurnLabel.RETAINED)));
  }
}
