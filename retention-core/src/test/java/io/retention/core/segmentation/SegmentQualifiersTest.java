package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.Segment;
import io.retention.core.segmentation.SegmentStanding.Level;
import io.retention.core.segmentation.SegmentStanding.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentQualifiersTest {
  private static final SegmentFeatureRoles ROLES =
      new SegmentFeatureRoles(
          List.of("fee"), List.of("hours"), List.of(), List.of("months"), List.of());

  /** Standings from {tenure, value, activity, churn} and profiles of the given sizes. */
  private static SegmentQualifiers qualifiers(double[][] axes, long... sizes) {
    List<SegmentStanding> standings = new ArrayList<>();
    List<SegmentProfile> profiles = new ArrayList<>();
    for (int s = 0; s < axes.length; s++) {
      double[] a = axes[s];
      standings.add(
          new SegmentStanding(a[1], a[2], a[0], a[3], Level.ABOVE, Level.ABOVE, Risk.NONE, "rule"));
      profiles.add(
          new SegmentProfile(
              new Segment(s, "s" + s),
              sizes[s],
              1.0 / axes.length,
              0,
              0,
              Map.of("fee", 10.0 + s, "months", a[0], "hours", 1.0),
              Map.of(),
              List.of()));
    }
    return new SegmentQualifiers(standings, profiles, ROLES);
  }

  private static List<String> words(SegmentQualifiers q, Integer... members) {
    return q.qualify("Base", List.of(members)).stream()
        .map(SegmentQualifiers.Qualifier::words)
        .toList();
  }

  @Test
  void twoNamesakesAreContrastedOnTheDimensionThatSetsThemFurthestApart() {
    // Tenure 10 against 50 (of a 0..50 spread) beats spend +10% against +20% (of 0..0.5).
    SegmentQualifiers q =
        qualifiers(
            new double[][] {{10, 0.1, 0, 0.2}, {50, 0.2, 0, 0.2}, {0, 0.5, 0, 0.2}}, 5, 5, 5);

    assertEquals(List.of("newest", "longest tenure"), words(q, 0, 1));
  }

  @Test
  void eachNamesakeTakesTheExtremeItHoldsMostClearly() {
    // 0 has the longest tenure, 1 the highest spend, 2 the lowest churn.
    SegmentQualifiers q =
        qualifiers(
            new double[][] {{40, 0.1, 0.1, 0.3}, {20, 0.6, 0.1, 0.4}, {30, 0.2, 0.1, 0.1}},
            5,
            5,
            5);

    assertEquals(List.of("longest tenure", "highest spend", "lowest churn"), words(q, 0, 1, 2));
  }

  @Test
  void namesakesAlikeOnEveryBehaviourAreRankedBySize() {
    SegmentQualifiers q =
        qualifiers(new double[][] {{1, 1, 1, 0.5}, {1, 1, 1, 0.5}, {1, 1, 1, 0.5}}, 10, 30, 20);

    assertEquals(List.of("3rd-largest", "largest", "2nd-largest"), words(q, 0, 1, 2));
  }

  @Test
  void ordinalsFollowEnglishUsage() {
    assertEquals("1st", SegmentQualifiers.ordinal(1));
    assertEquals("2nd", SegmentQualifiers.ordinal(2));
    assertEquals("3rd", SegmentQualifiers.ordinal(3));
    assertEquals("4th", SegmentQualifiers.ordinal(4));
    assertEquals("11th", SegmentQualifiers.ordinal(11));
    assertEquals("12th", SegmentQualifiers.ordinal(12));
    assertEquals("13th", SegmentQualifiers.ordinal(13));
    assertEquals("21st", SegmentQualifiers.ordinal(21));
    assertEquals("102nd", SegmentQualifiers.ordinal(102));
  }
}
