package io.retention.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RunConfigTest {

  @Test
  void theDefaultsUseThreeFoldsAndAModestForest() {
    assertEquals(3, RunConfig.DEFAULTS.folds());
    assertEquals(30, RunConfig.DEFAULTS.forestTrees());
    assertEquals(42L, RunConfig.DEFAULTS.seed());
    assertEquals(0.2, RunConfig.DEFAULTS.testFraction());
  }

  @Test
  void copiesChangeOnlyWhatTheyName() {
    RunConfig c = RunConfig.DEFAULTS.withSeed(7).withTestFraction(0.3);
    assertEquals(7L, c.seed());
    assertEquals(0.3, c.testFraction());
    assertEquals(RunConfig.DEFAULTS.folds(), c.folds());
    assertEquals(RunConfig.DEFAULTS.trainingLimit(), c.trainingLimit());
    assertEquals(RunConfig.DEFAULTS.chunk(), c.chunk());
  }

  @Test
  void outOfRangeSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> RunConfig.DEFAULTS.withTestFraction(0.0));
    assertThrows(IllegalArgumentException.class, () -> RunConfig.DEFAULTS.withTestFraction(1.0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RunConfig(1, 0.2, 1, 30, 100, 100, 2, 6, 10, 10, 5, 10, 100));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RunConfig(1, 0.2, 3, 30, 100, 100, 4, 3, 10, 10, 5, 10, 100));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RunConfig(1, 0.2, 3, 0, 100, 100, 2, 6, 10, 10, 5, 10, 100));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RunConfig(1, 0.2, 3, 30, 100, 100, 2, 6, 10, 10, -1, 10, 100));
  }
}
