package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SilhouetteScoreTest {

  @Test
  void keepsValueAndSampleSize() {
    SilhouetteScore s = new SilhouetteScore(-0.25, 10_000, false);

    assertEquals(-0.25, s.value());
    assertEquals(10_000, s.sampleSize());
  }

  @Test
  void rejectsValuesOutsideMinusOneToOneAndEmptySamples() {
    assertThrows(IllegalArgumentException.class, () -> new SilhouetteScore(1.5, 3, true));
    assertThrows(IllegalArgumentException.class, () -> new SilhouetteScore(Double.NaN, 3, true));
    assertThrows(IllegalArgumentException.class, () -> new SilhouetteScore(0.5, 0, true));
  }
}
