package io.retention.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.testing.TestCustomers;
import org.junit.jupiter.api.Test;

class CalibratedChurnModelTest {

  @Test
  void probabilitiesPassThroughTheCalibration() {
    ChurnModel raw = mock(ChurnModel.class);
    FeatureSchema schema = FeatureSchema.of("x");
    FeatureVector v = FeatureVector.of(schema, 1.0);
    FeatureMatrix rows = TestCustomers.separableRows(3, 1);
    when(raw.schema()).thenReturn(schema);
    when(raw.probability(v)).thenReturn(0.15);
    when(raw.probabilities(rows)).thenReturn(new double[] {0.1, 0.2, 0.9});
    when(raw.description()).thenReturn("raw");
    Calibration iso = new Calibration.Isotonic(new double[] {0.1, 0.2}, new double[] {0.0, 0.5});
    CalibratedChurnModel model = new CalibratedChurnModel(raw, iso);
    assertEquals(0.25, model.probability(v), 1e-12);
    assertArrayEquals(new double[] {0.0, 0.5, 0.5}, model.probabilities(rows), 1e-12);
    assertSame(schema, model.schema());
    assertSame(raw, model.raw());
    assertSame(iso, model.calibration());
    assertTrue(model.description().startsWith("raw, calibrated by isotonic"));
  }
}
