package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskThresholdsTest {

  @Test
  void defaultsAreMediumFromFortyAndHighFromSeventyFivePercent() {
    assertEquals(0.40, RiskThresholds.DEFAULTS.medium());
    assertEquals(0.75, RiskThresholds.DEFAULTS.high());
  }

  @ParameterizedTest
  @CsvSource({
    "0.0, LOW",
    "0.3999, LOW",
    "0.40, MEDIUM",
    "0.6, MEDIUM",
    "0.7499, MEDIUM",
    "0.75, HIGH",
    "0.9, HIGH",
    "1.0, HIGH"
  })
  void defaultBucketsSplitAtTheThresholds(double probability, RiskBucket expected) {
    assertEquals(expected, RiskThresholds.DEFAULTS.bucketOf(probability));
  }

  @Test
  void aProbabilityExactlyOnAThresholdGoesToTheHigherBucket() {
    RiskThresholds t = new RiskThresholds(0.2, 0.6);

    assertEquals(RiskBucket.LOW, t.bucketOf(Math.nextDown(0.2)));
    assertEquals(RiskBucket.MEDIUM, t.bucketOf(0.2));
    assertEquals(RiskBucket.MEDIUM, t.bucketOf(Math.nextDown(0.6)));
    assertEquals(RiskBucket.HIGH, t.bucketOf(0.6));
  }

  @Test
  void aHighThresholdOfOneMakesOnlyCertaintyHigh() {
    RiskThresholds t = new RiskThresholds(0.5, 1.0);

    assertEquals(RiskBucket.MEDIUM, t.bucketOf(0.999));
    assertEquals(RiskBucket.HIGH, t.bucketOf(1.0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
  void bucketOfRejectsValuesThatAreNotProbabilities(double p) {
    assertThrows(IllegalArgumentException.class, () -> RiskThresholds.DEFAULTS.bucketOf(p));
  }

  @ParameterizedTest
  @CsvSource({"0.0, 0.5", "0.5, 0.5", "0.6, 0.5", "0.4, 1.1", "-0.1, 0.5", "NaN, 0.5"})
  void rejectsThresholdsOutOfOrderOrOutOfRange(double medium, double high) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RiskThresholds(medium, high));
    assertTrue(e.getMessage().contains("threshold"), e.getMessage());
  }
}
