package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.Segment;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.testing.FarthestFirstSegmenter;
import io.retention.core.testing.GaussianBlobs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentationReportTest {
  private static final SegmentationModel MODEL =
      new FarthestFirstSegmenter()
          .fit(GaussianBlobs.generate(20, 2, 2, 0.1, 5, 1).rows(), 2, ProgressListener.NONE);
  private static final NamedSegmentationModel NAMED =
      new NamedSegmentationModel(MODEL, List.of(new Segment(0, "A"), new Segment(1, "B")));
  private static final KScanResult SCAN =
      new KScanResult(
          List.of(new KScore(2, 2, 1.0, new SilhouetteScore(0.9, 20, true), 0.1)),
          SelectionCriterion.SILHOUETTE,
          2,
          2,
          MODEL);

  private static final List<SegmentNaming> NAMINGS =
      List.of(
          new SegmentNaming(NAMED.segments().get(0), "rule of A"),
          new SegmentNaming(NAMED.segments().get(1), "rule of B"));

  private static SegmentProfile profile(Segment s) {
    return new SegmentProfile(s, 10, 0.5, 0, 0, Map.of(), Map.of(), List.of());
  }

  private static List<SegmentProfile> profiles() {
    return List.of(profile(NAMED.segments().get(0)), profile(NAMED.segments().get(1)));
  }

  @Test
  void keepsOneProfileAndOneNamingRulePerSegment() {
    SegmentationReport report = new SegmentationReport(SCAN, NAMED, profiles(), NAMINGS);

    assertEquals(2, report.profiles().size());
    assertEquals("B", report.profiles().get(1).segment().name());
    assertEquals("rule of B", report.rule(1));
  }

  @Test
  void rejectsAMissingProfileOrNaming() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SegmentationReport(
                SCAN, NAMED, List.of(profile(NAMED.segments().get(0))), NAMINGS));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentationReport(SCAN, NAMED, profiles(), NAMINGS.subList(0, 1)));
  }

  @Test
  void rejectsANamingOfAnotherSegment() {
    List<SegmentNaming> swapped = List.of(NAMINGS.get(1), NAMINGS.get(0));

    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentationReport(SCAN, NAMED, profiles(), swapped));
  }
}
