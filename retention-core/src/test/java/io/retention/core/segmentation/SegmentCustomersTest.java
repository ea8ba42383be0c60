package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.FarthestFirstSegmenter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentCustomersTest {
  private static final double[][] GROUPS = {{40, 40, 0}, {40, 0, 40}, {0, 40, 0}, {0, 0, 40}};

  private static SegmentCustomers service() {
    return new SegmentCustomers(
        new KScan(new FarthestFirstSegmenter(), KScanConfig.DEFAULTS.withRange(2, 6)),
        new SegmentProfiler(SegmentFixtures.ROLES, SegmentProfiler.DEFAULT_TOP_GENRES),
        new SegmentNamer(SegmentNamingConfig.DEFAULTS, SegmentFixtures.ROLES));
  }

  @Test
  void findsTheFourGroupsAndNamesThemAfterTheirBehaviour() {
    FeatureMatrix rows = SegmentFixtures.rows(GROUPS, 30);
    SegmentationReport report = service().segment(rows, Map.of(), ProgressListener.NONE);

    // Every group has the same churn rate (1 of 30), so no name makes a risk claim.
    assertEquals(4, report.scan().chosenK());
    assertEquals(
        Set.of(
            "Engaged High-Value",
            "Low-Engagement High-Value",
            "Engaged Low-Spend",
            "Low-Engagement Low-Spend"),
        new HashSet<>(report.model().segments().stream().map(Segment::name).toList()));
    assertEquals("Engaged High-Value", report.model().assign(rows.row(0)).name());
    assertEquals("Low-Engagement Low-Spend", report.model().assign(rows.row(100)).name());
  }

  @Test
  void keepsTheRuleOfEveryName() {
    FeatureMatrix rows = SegmentFixtures.rows(GROUPS, 30);
    SegmentationReport report = service().segment(rows, Map.of(), ProgressListener.NONE);

    for (int s = 0; s < report.namings().size(); s++) {
      assertEquals(report.model().segments().get(s), report.namings().get(s).segment());
      assertTrue(report.rule(s).contains("churn about average"), report.rule(s));
    }
  }

  @Test
  void profilesAddUpAndCarryTheNames() {
    FeatureMatrix rows = SegmentFixtures.rows(GROUPS, 30);
    SegmentationReport report = service().segment(rows, Map.of(), ProgressListener.NONE);

    assertEquals(120, report.profiles().stream().mapToLong(SegmentProfile::size).sum());
    assertEquals(1.0, report.profiles().stream().mapToDouble(SegmentProfile::share).sum(), 1e-12);
    for (int s = 0; s < report.profiles().size(); s++) {
      assertEquals(report.model().segments().get(s), report.profiles().get(s).segment());
    }
  }

  @Test
  void reportNeedsOneProfilePerSegment() {
    FeatureMatrix rows = SegmentFixtures.rows(GROUPS, 30);
    SegmentationReport report = service().segment(rows, Map.of(), ProgressListener.NONE);

    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentationReport(report.scan(), report.model(), List.of(), report.namings()));
  }
}
