package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.Segment;
import io.retention.core.segmentation.SegmentStanding.Level;
import io.retention.core.segmentation.SegmentStanding.Risk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentStandingTest {
  private static final List<String> FEATURES = List.of("fee", "hours", "days");
  private static final SegmentFeatureRoles ROLES =
      new SegmentFeatureRoles(
          List.of("fee"), List.of("hours"), List.of("days"), List.of(), List.of());

  private static List<SegmentStanding> standings(double[][] groups, int... churned) {
    FeatureMatrix rows = SegmentFixtures.table(FEATURES, groups, 4, churned);
    List<SegmentProfile> profiles =
        new SegmentProfiler(ROLES, 0)
            .profile(
                rows,
                SegmentFixtures.groupsOf(groups.length, 4),
                List.of(new Segment(0, "a"), new Segment(1, "b")),
                Map.of());
    SegmentStanding.Population population =
        new SegmentStanding.Population(SegmentNamingConfig.DEFAULTS, ROLES, rows, profiles);
    return profiles.stream().map(population::measure).toList();
  }

  @Test
  void measuresEachAxisAsARelativeDifferenceFromThePopulationMean() {
    List<SegmentStanding> s = standings(new double[][] {{15, 30, 5}, {5, 10, 15}}, 0, 2);

    // Means: fee 10, hours 20, days 10; churn 2 of 8.
    assertEquals(0.5, s.get(0).value(), 1e-12);
    assertEquals((0.5 + 0.5) / 2, s.get(0).activity(), 1e-12);
    assertEquals(0.0, s.get(0).churn(), 1e-12);
    assertEquals(Level.ABOVE, s.get(0).valueLevel());
    assertEquals(Level.ABOVE, s.get(0).activityLevel());
    assertEquals(Risk.LOYAL, s.get(0).risk());
    assertEquals(Level.BELOW, s.get(1).valueLevel());
    assertEquals(Risk.AT_RISK, s.get(1).risk());
    assertTrue(Double.isNaN(s.get(0).tenure()), "no tenure feature");
  }

  @Test
  void oneFeatureFarAboveItsMeanCountsAtMostOneHundredPercent() {
    // Hours 190 against a mean of 10 would give +1800% uncapped; it counts +100%, days +50%
    // against.
    List<SegmentStanding> s = standings(new double[][] {{10, 190, 15}, {10, -170, 5}}, 0, 0);

    assertEquals((1.0 - 0.5) / 2, s.get(0).activity(), 1e-12);
    assertTrue(
        s.get(0).rule().contains("activity +25% (each feature counting at most ±100%) from hours"),
        s.get(0).rule());
  }

  @Test
  void theBaseNamePutsTheWordsInTheirPlaces() {
    SegmentNamingConfig w = SegmentNamingConfig.DEFAULTS;

    assertEquals(
        "Loyal Engaged High-Value",
        new SegmentStanding(1, 1, 0, 0, Level.ABOVE, Level.ABOVE, Risk.LOYAL, "r").baseName(w));
    assertEquals(
        "Low-Engagement Customers At-Risk",
        new SegmentStanding(0, -1, 0, 1, Level.ABOUT, Level.BELOW, Risk.AT_RISK, "r").baseName(w));
    assertEquals(
        "Low-Spend",
        new SegmentStanding(-1, 0, 0, 0, Level.BELOW, Level.NONE, Risk.NONE, "r").baseName(w));
    assertEquals(
        "Customers",
        new SegmentStanding(0, 0, 0, 0, Level.NONE, Level.ABOUT, Risk.NONE, "r").baseName(w));
  }

  @Test
  void formatsNumbersForReading() {
    assertEquals(0.0, SegmentStanding.relative(5, 0));
    assertEquals(0.5, SegmentStanding.relative(-5, -10), "-5 lies above -10");
    assertEquals("8.99", SegmentStanding.number(8.99));
    assertEquals("64.8", SegmentStanding.number(64.76));
    assertEquals("2282", SegmentStanding.number(2281.9));
    assertEquals("+17%", SegmentStanding.percent(0.1688));
    assertEquals("-46%", SegmentStanding.percent(-0.46));
    assertEquals("+0%", SegmentStanding.percent(-0.001));
    assertEquals("49.2%", SegmentStanding.rate(0.492));
  }
}
