package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.testing.FarthestFirstSegmenter;
import io.retention.core.testing.GaussianBlobs;
import java.util.List;
import org.junit.jupiter.api.Test;

class KScanResultTest {
  private static final SilhouetteScore S = new SilhouetteScore(0.5, 10, true);
  private static final SegmentationModel MODEL =
      new FarthestFirstSegmenter()
          .fit(GaussianBlobs.generate(20, 2, 2, 0.1, 5, 1).rows(), 2, ProgressListener.NONE);

  @Test
  void givesTheScoresOfTheChosenK() {
    KScore two = new KScore(2, 2, 10, S, 1);
    KScore three = new KScore(3, 3, 5, S, 1);
    KScanResult r =
        new KScanResult(List.of(two, three), SelectionCriterion.SILHOUETTE, 3, 2, MODEL);

    assertEquals(three, r.chosen());
  }

  @Test
  void rejectsAChosenKThatWasNotScored() {
    List<KScore> scores = List.of(new KScore(2, 2, 10, S, 1));

    assertThrows(
        IllegalArgumentException.class,
        () -> new KScanResult(scores, SelectionCriterion.SILHOUETTE, 3, 2, MODEL));
    assertThrows(
        IllegalArgumentException.class,
        () -> new KScanResult(scores, SelectionCriterion.SILHOUETTE, 2, 5, MODEL));
  }
}
