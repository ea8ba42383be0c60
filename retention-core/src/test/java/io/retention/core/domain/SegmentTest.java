package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SegmentTest {

  @Test
  void keepsIndexAndName() {
    Segment s = new Segment(0, "Loyal High-Value");

    assertEquals(0, s.index());
    assertEquals("Loyal High-Value", s.name());
  }

  @Test
  void rejectsANegativeIndex() {
    assertThrows(IllegalArgumentException.class, () -> new Segment(-1, "x"));
  }

  @Test
  void rejectsABlankName() {
    assertThrows(IllegalArgumentException.class, () -> new Segment(1, " "));
    assertThrows(NullPointerException.class, () -> new Segment(1, null));
  }
}
