package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.Segment;
import org.junit.jupiter.api.Test;

class SegmentNamingTest {

  @Test
  void keepsTheSegmentAndItsRule() {
    SegmentNaming n = new SegmentNaming(new Segment(2, "Loyal High-Value"), "Loyal: churn 1%");

    assertEquals("Loyal High-Value", n.segment().name());
    assertEquals("Loyal: churn 1%", n.rule());
  }

  @Test
  void refusesAMissingOrBlankRule() {
    Segment s = new Segment(0, "Customers");

    assertThrows(IllegalArgumentException.class, () -> new SegmentNaming(s, " "));
    assertThrows(NullPointerException.class, () -> new SegmentNaming(s, null));
    assertThrows(NullPointerException.class, () -> new SegmentNaming(null, "rule"));
  }
}
