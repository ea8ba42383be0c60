package io.retention.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.application.ModelSelectionConfig;
import io.retention.core.segmentation.KScanConfig;
import org.junit.jupiter.api.Test;

class RunConfigTest {

  @Test
  void theDefaultsUseFiveFoldsAFiftyTreeForestAndTwoToSixSegments() {
    assertEquals(5, RunConfig.DEFAULTS.folds());
    assertEquals(50, RunConfig.DEFAULTS.forestTrees());
    assertEquals(2, RunConfig.DEFAULTS.minSegments());
    assertEquals(6, RunConfig.DEFAULTS.maxSegments());
    assertEquals(42L, RunConfig.DEFAULTS.seed());
    assertEquals(0.2, RunConfig.DEFAULTS.testFraction());
    assertEquals(5, RunConfig.DEFAULTS.recommendations());
  }

  @Test
  void theStepConfigurationsOfCoreTakeTheirDefaultsFromTheRunDefaults() {
    assertEquals(RunConfig.DEFAULTS.folds(), ModelSelectionConfig.DEFAULTS.folds());
    assertEquals(RunConfig.DEFAULTS.seed(), ModelSelectionConfig.DEFAULTS.seed());
    assertEquals(RunConfig.DEFAULTS.minSegments(), KScanConfig.DEFAULTS.minK());
    assertEquals(RunConfig.DEFAULTS.maxSegments(), KScanConfig.DEFAULTS.maxK());
    assertEquals(RunConfig.DEFAULTS.seed(), KScanConfig.DEFAULTS.seed());
  }

  @Test
  void theCopiesForTheModelAndTheSegmentsChangeOnlyWhatTheyName() {
    RunConfig c = RunConfig.DEFAULTS.withFolds(3).withForestTrees(10).withSegments(3, 4);
    assertEquals(3, c.folds());
    assertEquals(10, c.forestTrees());
    assertEquals(3, c.minSegments());
    assertEquals(4, c.maxSegments());
    assertEquals(RunConfig.DEFAULTS.seed(), c.seed());
    assertEquals(RunConfig.DEFAULTS.trainingLimit(), c.trainingLimit());
    assertThrows(IllegalArgumentException.class, () -> RunConfig.DEFAULTS.withFolds(1));
    assertThrows(IllegalArgumentException.class, () -> RunConfig.DEFAULTS.withSegments(5, 4));
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
