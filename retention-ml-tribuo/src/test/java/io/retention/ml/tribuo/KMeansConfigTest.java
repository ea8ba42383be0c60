package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class KMeansConfigTest {

  @Test
  void defaultsUseEveryCoreAndNoPca() {
    assertEquals(Runtime.getRuntime().availableProcessors(), KMeansConfig.DEFAULTS.threads());
    assertEquals(1.0, KMeansConfig.DEFAULTS.pcaVarianceShare());
    assertEquals(List.of(), KMeansConfig.DEFAULTS.features());
  }

  @Test
  void copiesChangeOneSetting() {
    KMeansConfig c =
        KMeansConfig.DEFAULTS.withK(6).withInitialisations(2).withPca(0.9).withThreads(1);

    assertEquals(6, c.k());
    assertEquals(2, c.initialisations());
    assertEquals(0.9, c.pcaVarianceShare());
    assertEquals(1, c.threads());
    assertEquals(KMeansConfig.DEFAULTS.seed(), c.seed());
  }

  @Test
  void rejectsKBelowOneWithAClearMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KMeansConfig.DEFAULTS.withK(0));
    assertEquals("k must be >= 1, got 0", e.getMessage());
  }

  @Test
  void rejectsOtherBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> KMeansConfig.DEFAULTS.withThreads(0));
    assertThrows(
        IllegalArgumentException.class, () -> KMeansConfig.DEFAULTS.withInitialisations(0));
    assertThrows(IllegalArgumentException.class, () -> KMeansConfig.DEFAULTS.withPca(0.0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new KMeansConfig(2, 10, -1.0, 1, 1L, 1, 1.0, java.util.List.of()));
    assertThrows(IllegalArgumentException.class, () -> KMeansConfig.DEFAULTS.withPca(1.5));
  }
}
