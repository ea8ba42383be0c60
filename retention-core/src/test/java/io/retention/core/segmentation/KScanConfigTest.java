package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KScanConfigTest {

  @Test
  void defaultsScanTheRunsRangeOfTwoToSixBySilhouetteExactUpToTenThousand() {
    assertEquals(2, KScanConfig.DEFAULTS.minK());
    assertEquals(6, KScanConfig.DEFAULTS.maxK());
    assertEquals(SelectionCriterion.SILHOUETTE, KScanConfig.DEFAULTS.criterion());
    assertEquals(10_000, KScanConfig.DEFAULTS.exactSilhouetteLimit());
  }

  @Test
  void copiesChangeOneThing() {
    KScanConfig c = KScanConfig.DEFAULTS.withRange(3, 5).withCriterion(SelectionCriterion.ELBOW);

    assertEquals(3, c.minK());
    assertEquals(5, c.maxK());
    assertEquals(SelectionCriterion.ELBOW, c.criterion());
    assertEquals(KScanConfig.DEFAULTS.seed(), c.seed());
  }

  @Test
  void rejectsBadRanges() {
    assertThrows(IllegalArgumentException.class, () -> KScanConfig.DEFAULTS.withRange(1, 4));
    assertThrows(IllegalArgumentException.class, () -> KScanConfig.DEFAULTS.withRange(5, 4));
    assertThrows(
        IllegalArgumentException.class,
        () -> new KScanConfig(2, 3, SelectionCriterion.SILHOUETTE, 0, 10, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new KScanConfig(2, 3, SelectionCriterion.SILHOUETTE, 10, 1, 1));
    assertThrows(NullPointerException.class, () -> new KScanConfig(2, 3, null, 10, 10, 1));
  }
}
