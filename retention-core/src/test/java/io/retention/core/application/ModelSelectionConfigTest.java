package io.retention.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.evaluation.LeakageGuard;
import io.retention.core.evaluation.ThresholdPolicy;
import io.retention.core.training.Calibration;
import org.junit.jupiter.api.Test;

class ModelSelectionConfigTest {

  @Test
  void theDefaultsAreFiveFoldsSeed42PlattAndMaximumF1() {
    ModelSelectionConfig d = ModelSelectionConfig.DEFAULTS;
    assertEquals(5, d.folds());
    assertEquals(42L, d.seed());
    assertEquals(Calibration.Method.PLATT, d.calibration());
    assertEquals(new ThresholdPolicy.MaxF1(), d.threshold());
    assertEquals(LeakageGuard.DEFAULT, d.leakage());
  }

  @Test
  void copiesChangeOneFieldOnly() {
    ModelSelectionConfig c =
        ModelSelectionConfig.DEFAULTS.withFolds(3).withCalibration(Calibration.Method.ISOTONIC);
    assertEquals(3, c.folds());
    assertEquals(Calibration.Method.ISOTONIC, c.calibration());
    assertEquals(ModelSelectionConfig.DEFAULTS.seed(), c.seed());
  }

  @Test
  void rejectsNonsense() {
    ModelSelectionConfig d = ModelSelectionConfig.DEFAULTS;
    assertThrows(IllegalArgumentException.class, () -> d.withFolds(1));
    assertThrows(
        NullPointerException.class,
        () -> new ModelSelectionConfig(5, 1, null, d.threshold(), 10, d.leakage()));
  }
}
