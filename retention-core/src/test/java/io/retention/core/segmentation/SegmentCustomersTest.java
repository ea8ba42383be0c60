package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.FarthestFirstSegmenter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    assertEquals(4, report.scan().chosenK());
    assertEquals(
        Set4.of(
            "Loyal High-Value",
            "High-Value At-Risk",
            "Engaged Low-Spend",
            "Low Engagement / Budget"),
        new HashSet<>(report.model().segments().stream().map(Segment::name).toList()));
    assertEquals("Loyal High-Value", report.model().assign(rows.row(0)).name());
    assertEquals("Low Engagement / Budget", report.model().assign(rows.row(100)).name());
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
        () -> new SegmentationReport(report.scan(), report.model(), List.of()));
  }

  /** Set.of for four strings, kept readable in the assertion above. */
  private static final class Set4 {
    static java.util.Set<String> of(String a, String b, String c, String d) {
      return java.util.Set.of(a, b, c, d);
    }
  }
}
