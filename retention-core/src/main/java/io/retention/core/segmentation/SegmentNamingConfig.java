package io.retention.core.segmentation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The four segment names and the thresholds of the naming rule of {@link SegmentNamer}.
 *
 * @param loyalHighValue the name for high value and high activity
 * @param highValueAtRisk the name for high value and low activity
 * @param engagedLowSpend the name for low value and high activity
 * @param lowEngagementBudget the name for low value and low activity
 * @param valueThreshold the value score (standard deviations of spend above the mean) that splits
 *     high from low value
 * @param activityThreshold the activity score (engagement minus recency, in standard deviations)
 *     that splits high from low activity
 */
public record SegmentNamingConfig(
    String loyalHighValue,
    String highValueAtRisk,
    String engagedLowSpend,
    String lowEngagementBudget,
    double valueThreshold,
    double activityThreshold) {

  /** The four usual names, both thresholds at the population mean (0). */
  public static final SegmentNamingConfig DEFAULTS =
      new SegmentNamingConfig(
          "Loyal High-Value",
          "High-Value At-Risk",
          "Engaged Low-Spend",
          "Low Engagement / Budget",
          0.0,
          0.0);

  /** Checks that the names are distinct and not blank and the thresholds finite. */
  public SegmentNamingConfig {
    List<String> names =
        List.of(
            Objects.requireNonNull(loyalHighValue, "loyalHighValue"),
            Objects.requireNonNull(highValueAtRisk, "highValueAtRisk"),
            Objects.requireNonNull(engagedLowSpend, "engagedLowSpend"),
            Objects.requireNonNull(lowEngagementBudget, "lowEngagementBudget"));
    if (names.stream().anyMatch(String::isBlank) || new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("segment names must be distinct and not blank: " + names);
    }
    if (!Double.isFinite(valueThreshold) || !Double.isFinite(activityThreshold)) {
      throw new IllegalArgumentException(
          "thresholds must be finite, got " + valueThreshold + ", " + activityThreshold);
    }
  }

  /**
   * The names in rule order: (high value, high activity), (high, low), (low, high), (low, low).
   *
   * @return the four names
   */
  public List<String> names() {
    return List.of(loyalHighValue, highValueAtRisk, engagedLowSpend, lowEngagementBudget);
  }
}
