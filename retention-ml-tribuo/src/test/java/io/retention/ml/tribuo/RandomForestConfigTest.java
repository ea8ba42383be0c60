package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.analysis.RunConfig;
import org.junit.jupiter.api.Test;

class RandomForestConfigTest {

  @Test
  void theDefaultForestIsTheSizeAndSeedOfTheLibrarysRunDefaults() {
    assertEquals(RunConfig.DEFAULTS.forestTrees(), RandomForestConfig.DEFAULTS.trees());
    assertEquals(RunConfig.DEFAULTS.seed(), RandomForestConfig.DEFAULTS.seed());
    assertEquals(RunConfig.DEFAULTS.seed(), LogisticRegressionConfig.DEFAULTS.seed());
    assertEquals(RunConfig.DEFAULTS.seed(), KMeansConfig.DEFAULTS.seed());
  }

  @Test
  void copiesChangeOnlyWhatTheyName() {
    RandomForestConfig c = RandomForestConfig.DEFAULTS.withTrees(7).withSeed(3).withMaxBins(16);
    assertEquals(7, c.trees());
    assertEquals(3L, c.seed());
    assertEquals(16, c.maxBins());
    assertEquals(RandomForestConfig.DEFAULTS.maxDepth(), c.maxDepth());
    assertThrows(IllegalArgumentException.class, () -> RandomForestConfig.DEFAULTS.withTrees(0));
    assertThrows(IllegalArgumentException.class, () -> RandomForestConfig.DEFAULTS.withMaxBins(1));
  }
}
