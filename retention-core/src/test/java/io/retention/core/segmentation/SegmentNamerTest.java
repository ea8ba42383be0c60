package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.Segment;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentNamerTest {
  private static final double[] LOYAL = {18, 60, 2};
  private static final double[] AT_RISK = {18, 5, 40};
  private static final double[] ENGAGED = {9, 60, 2};
  private static final double[] BUDGET = {9, 5, 40};
  private static final SegmentNamer NAMER =
      new SegmentNamer(SegmentNamingConfig.DEFAULTS, SegmentFixtures.ROLES);

  private static List<String> names(SegmentNamer namer, double[]... groups) {
    FeatureMatrix rows = SegmentFixtures.rows(groups, 6);
    List<Segment> segments = new java.util.ArrayList<>();
    for (int g = 0; g < groups.length; g++) {
      segments.add(new Segment(g, "Segment " + (g + 1)));
    }
    List<SegmentProfile> profiles =
        new SegmentProfiler(SegmentFixtures.ROLES, 3)
            .profile(rows, SegmentFixtures.groupsOf(groups.length, 6), segments, Map.of());
    return namer.name(rows, profiles).stream().map(Segment::name).toList();
  }

  @Test
  void namesTheFourQuadrantsAfterSpendAndActivity() {
    assertEquals(
        List.of(
            "High-Value At-Risk",
            "Low Engagement / Budget",
            "Loyal High-Value",
            "Engaged Low-Spend"),
        names(NAMER, AT_RISK, BUDGET, LOYAL, ENGAGED));
  }

  @Test
  void givesEverySegmentADifferentNameWhenThereAreAtMostFour() {
    // Both are high value; the less active one is the one at risk.
    assertEquals(
        List.of("Loyal High-Value", "High-Value At-Risk"),
        names(NAMER, LOYAL, new double[] {18, 40, 10}));
    assertEquals(
        List.of("Low Engagement / Budget", "Loyal High-Value"), names(NAMER, BUDGET, LOYAL));
  }

  @Test
  void qualifiesNamesSharedByMoreSegmentsThanThereAreNames() {
    List<String> names =
        names(
            NAMER,
            LOYAL,
            AT_RISK,
            ENGAGED,
            BUDGET,
            new double[] {17, 50, 4},
            new double[] {10, 6, 35});

    assertEquals(6, new HashSet<>(names).size());
    assertEquals("Loyal High-Value (1)", names.get(0));
    assertEquals("Loyal High-Value (2)", names.get(4));
    assertEquals("High-Value At-Risk", names.get(1));
    assertEquals("Low Engagement / Budget (1)", names.get(3));
    assertEquals("Low Engagement / Budget (2)", names.get(5));
  }

  @Test
  void thresholdsMoveTheQuadrantBoundaries() {
    SegmentNamer generous =
        new SegmentNamer(
            new SegmentNamingConfig("Gold", "Watch", "Fans", "Rest", -1.0, -1.0),
            SegmentFixtures.ROLES);
    SegmentNamer strict =
        new SegmentNamer(
            new SegmentNamingConfig("Gold", "Watch", "Fans", "Rest", 1.0, 1.0),
            SegmentFixtures.ROLES);

    assertEquals(List.of("Gold"), names(generous, ENGAGED));
    assertEquals(List.of("Rest"), names(strict, ENGAGED));
  }

  @Test
  void withoutRoleFeaturesEveryScoreIsZeroAndNamesStayDistinct() {
    SegmentNamer blind =
        new SegmentNamer(
            SegmentNamingConfig.DEFAULTS,
            new SegmentFeatureRoles(List.of(), List.of(), List.of(), List.of()));

    List<String> names = names(blind, LOYAL, BUDGET, ENGAGED);
    assertEquals(3, new HashSet<>(names).size());
    assertEquals(List.of("Loyal High-Value", "High-Value At-Risk", "Engaged Low-Spend"), names);
  }
}
