package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.Segment;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentProfilerTest {
  private static final double[][] GROUPS = {{18, 60, 2}, {9, 5, 40}};
  private static final FeatureMatrix ROWS = SegmentFixtures.rows(GROUPS, 6);
  private static final List<Segment> SEGMENTS =
      List.of(new Segment(0, "Segment 1"), new Segment(1, "Segment 2"));
  private static final SegmentProfiler PROFILER =
      new SegmentProfiler(SegmentFixtures.ROLES, SegmentProfiler.DEFAULT_TOP_GENRES);

  @Test
  void sizesAddUpToTheRowsAndSharesToOne() {
    List<SegmentProfile> profiles =
        PROFILER.profile(ROWS, SegmentFixtures.groupsOf(2, 6), SEGMENTS, Map.of());

    assertEquals(12, profiles.stream().mapToLong(SegmentProfile::size).sum());
    assertEquals(1.0, profiles.stream().mapToDouble(SegmentProfile::share).sum(), 1e-12);
  }

  @Test
  void meansAreInOriginalUnits() {
    SegmentProfile first =
        PROFILER.profile(ROWS, SegmentFixtures.groupsOf(2, 6), SEGMENTS, Map.of()).get(0);

    assertEquals(18.0, first.mean("monthly_fee"), 1e-12);
    assertEquals(60.5, first.mean("watch_hours"), 1e-12);
    assertEquals(2.0, first.mean("last_login_days"), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> first.mean("nope"));
  }

  @Test
  void churnRateCountsOnlyLabelledCustomers() {
    SegmentProfile first =
        PROFILER.profile(ROWS, SegmentFixtures.groupsOf(2, 6), SEGMENTS, Map.of()).get(0);

    assertEquals(6, first.labelled());
    assertEquals(1.0 / 6.0, first.churnRate().orElseThrow(), 1e-12);
  }

  @Test
  void hasNoChurnRateWithoutLabels() {
    FeatureMatrix unlabelled =
        new FeatureMatrix(
            ROWS.schema(),
            ROWS.ids(),
            rowsOf(ROWS),
            Collections.nCopies(ROWS.size(), ChurnLabel.UNKNOWN));

    assertTrue(
        PROFILER
            .profile(unlabelled, SegmentFixtures.groupsOf(2, 6), SEGMENTS, Map.of())
            .get(1)
            .churnRate()
            .isEmpty());
  }

  @Test
  void countsRfmLabelsMostFrequentFirst() {
    Map<CustomerId, RfmScore> rfm =
        Map.of(
            CustomerId.of("g0-0"), new RfmScore(5, 5, 5, "Champions"),
            CustomerId.of("g0-1"), new RfmScore(1, 1, 1, "Lost"),
            CustomerId.of("g0-2"), new RfmScore(5, 4, 5, "Champions"));
    SegmentProfile first =
        PROFILER.profile(ROWS, SegmentFixtures.groupsOf(2, 6), SEGMENTS, rfm).get(0);

    assertEquals(List.of("Champions", "Lost"), List.copyOf(first.rfmLabels().keySet()));
    assertEquals(2L, first.rfmLabels().get("Champions"));
  }

  @Test
  void listsTopGenresFromTheGenreIndicators() {
    SegmentProfile first =
        PROFILER.profile(ROWS, SegmentFixtures.groupsOf(2, 6), SEGMENTS, Map.of()).get(0);
    SegmentProfile capped =
        new SegmentProfiler(SegmentFixtures.ROLES, 1)
            .profile(ROWS, SegmentFixtures.groupsOf(2, 6), SEGMENTS, Map.of())
            .get(0);

    assertEquals(List.of("Action", "Drama"), first.topGenres());
    assertEquals(List.of("Action"), capped.topGenres());
  }

  @Test
  void rejectsMismatchedAssignments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PROFILER.profile(ROWS, new int[3], SEGMENTS, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> PROFILER.profile(ROWS, SegmentFixtures.groupsOf(3, 4), SEGMENTS, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PROFILER.profile(
                ROWS, SegmentFixtures.groupsOf(2, 6), List.of(new Segment(1, "x")), Map.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new SegmentProfiler(SegmentFixtures.ROLES, -1));
  }

  private static double[][] rowsOf(FeatureMatrix m) {
    double[][] out = new double[m.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.row(i).toArray();
    }
    return out;
  }
}
