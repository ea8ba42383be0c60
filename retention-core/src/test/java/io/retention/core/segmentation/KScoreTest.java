package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KScoreTest {
  private static final SilhouetteScore S = new SilhouetteScore(0.5, 10, true);

  @Test
  void keepsTheScores() {
    KScore score = new KScore(4, 3, 12.5, S, 0.7);

    assertEquals(3, score.segments());
    assertEquals(12.5, score.inertia());
  }

  @Test
  void rejectsMoreSegmentsThanAskedOrNegativeScores() {
    assertThrows(IllegalArgumentException.class, () -> new KScore(2, 3, 1, S, 1));
    assertThrows(IllegalArgumentException.class, () -> new KScore(2, 2, -1, S, 1));
    assertThrows(IllegalArgumentException.class, () -> new KScore(2, 2, 1, S, Double.NaN));
    assertThrows(NullPointerException.class, () -> new KScore(2, 2, 1, null, 1));
  }
}
