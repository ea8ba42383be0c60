package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentNamingConfigTest {

  private static SegmentNamingConfig words(String loyal, String atRisk, double margin) {
    return new SegmentNamingConfig(
        loyal,
        atRisk,
        "High-Value",
        "Low-Spend",
        "Engaged",
        "Low-Engagement",
        "Customers",
        margin,
        margin,
        margin);
  }

  @Test
  void defaultsUseTheUsualWordsAndAFivePercentMarginOnEveryAxis() {
    assertEquals(
        List.of(
            "Loyal",
            "At-Risk",
            "High-Value",
            "Low-Spend",
            "Engaged",
            "Low-Engagement",
            "Customers"),
        SegmentNamingConfig.DEFAULTS.words());
    assertEquals(0.05, SegmentNamingConfig.DEFAULT_MARGIN);
    assertEquals(SegmentNamingConfig.DEFAULT_MARGIN, SegmentNamingConfig.DEFAULTS.valueMargin());
    assertEquals(SegmentNamingConfig.DEFAULT_MARGIN, SegmentNamingConfig.DEFAULTS.activityMargin());
    assertEquals(SegmentNamingConfig.DEFAULT_MARGIN, SegmentNamingConfig.DEFAULTS.churnMargin());
  }

  @Test
  void rejectsRepeatedBlankOrCommaHoldingWords() {
    assertThrows(IllegalArgumentException.class, () -> words("Engaged", "At-Risk", 0));
    assertThrows(IllegalArgumentException.class, () -> words(" ", "At-Risk", 0));
    assertThrows(IllegalArgumentException.class, () -> words("Loyal, true", "At-Risk", 0));
    assertThrows(NullPointerException.class, () -> words(null, "At-Risk", 0));
  }

  @Test
  void acceptsMarginsFromZeroUpToButExcludingOne() {
    assertEquals(0.0, words("Loyal", "At-Risk", 0.0).churnMargin());
    assertEquals(0.99, words("Loyal", "At-Risk", 0.99).valueMargin());
    assertThrows(IllegalArgumentException.class, () -> words("Loyal", "At-Risk", 1.0));
    assertThrows(IllegalArgumentException.class, () -> words("Loyal", "At-Risk", -0.01));
    assertThrows(IllegalArgumentException.class, () -> words("Loyal", "At-Risk", Double.NaN));
  }
}
