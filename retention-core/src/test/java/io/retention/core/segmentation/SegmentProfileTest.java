package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Segment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentProfileTest {
  private static final Segment S = new Segment(0, "Segment 1");

  @Test
  void churnRateIsChurnedOverLabelled() {
    SegmentProfile p = new SegmentProfile(S, 10, 0.5, 8, 2, Map.of("x", 1.0), Map.of(), List.of());

    assertEquals(0.25, p.churnRate().orElseThrow());
    assertTrue(
        new SegmentProfile(S, 10, 0.5, 0, 0, Map.of(), Map.of(), List.of()).churnRate().isEmpty());
  }

  @Test
  void keepsEverythingButTheSegmentWhenRenamed() {
    SegmentProfile p =
        new SegmentProfile(S, 10, 0.5, 8, 2, Map.of("x", 1.0), Map.of(), List.of("A"));
    SegmentProfile renamed = p.withSegment(new Segment(0, "Loyal High-Value"));

    assertEquals("Loyal High-Value", renamed.segment().name());
    assertEquals(p.featureMeans(), renamed.featureMeans());
    assertEquals(List.of("A"), renamed.topGenres());
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentProfile(S, 10, 0.5, 11, 2, Map.of(), Map.of(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentProfile(S, 10, 0.5, 5, 6, Map.of(), Map.of(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentProfile(S, 10, 1.5, 5, 1, Map.of(), Map.of(), List.of()));
  }
}
