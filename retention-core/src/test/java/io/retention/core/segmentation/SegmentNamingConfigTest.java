package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentNamingConfigTest {

  @Test
  void defaultsUseTheFourUsualNamesInRuleOrder() {
    assertEquals(
        List.of(
            "Loyal High-Value",
            "High-Value At-Risk",
            "Engaged Low-Spend",
            "Low Engagement / Budget"),
        SegmentNamingConfig.DEFAULTS.names());
  }

  @Test
  void rejectsRepeatedOrBlankNamesAndInfiniteThresholds() {
    assertThrows(
        IllegalArgumentException.class, () -> new SegmentNamingConfig("A", "A", "B", "C", 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new SegmentNamingConfig("A", " ", "B", "C", 0, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentNamingConfig("A", "B", "C", "D", Double.NaN, 0));
    assertThrows(
        NullPointerException.class, () -> new SegmentNamingConfig(null, "B", "C", "D", 0, 0));
  }
}
