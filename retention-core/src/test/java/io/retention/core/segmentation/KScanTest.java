package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.FarthestFirstSegmenter;
import io.retention.core.testing.GaussianBlobs;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KScanTest {
  private static final GaussianBlobs FOUR =
      GaussianBlobs.around(new double[][] {{0, 0}, {10, 0}, {0, 10}, {10, 10}}, 800, 0.8, 3);

  @Test
  void choosesTheTrueNumberOfWellSeparatedBlobsBySilhouette() {
    KScanResult result =
        new KScan(new FarthestFirstSegmenter(), KScanConfig.DEFAULTS.withRange(2, 7))
            .scan(FOUR.rows(), ProgressListener.NONE);

    assertEquals(4, result.chosenK());
    assertEquals(SelectionCriterion.SILHOUETTE, result.criterion());
    assertEquals(4, result.model().segments().size());
    assertEquals(4, result.chosen().k());
  }

  @Test
  void reportsEveryScoreForEveryK() {
    KScanResult result =
        new KScan(new FarthestFirstSegmenter(), KScanConfig.DEFAULTS.withRange(2, 6))
            .scan(FOUR.rows(), ProgressListener.NONE);

    assertEquals(List.of(2, 3, 4, 5, 6), result.scores().stream().map(KScore::k).toList());
    for (KScore s : result.scores()) {
      assertTrue(s.silhouette().exact());
      assertEquals(800, s.silhouette().sampleSize());
      assertTrue(s.inertia() > 0.0);
      assertTrue(s.daviesBouldin() > 0.0);
    }
    assertTrue(result.scores().get(0).inertia() > result.scores().get(4).inertia());
  }

  @Test
  void theElbowAndDaviesBouldinAgreeOnClearBlobs() {
    KScan byDb =
        new KScan(
            new FarthestFirstSegmenter(),
            KScanConfig.DEFAULTS.withRange(2, 7).withCriterion(SelectionCriterion.DAVIES_BOULDIN));
    KScan byElbow =
        new KScan(
            new FarthestFirstSegmenter(),
            KScanConfig.DEFAULTS.withRange(2, 7).withCriterion(SelectionCriterion.ELBOW));

    assertEquals(4, byDb.scan(FOUR.rows(), ProgressListener.NONE).chosenK());
    KScanResult elbow = byElbow.scan(FOUR.rows(), ProgressListener.NONE);
    assertEquals(elbow.elbowK(), elbow.chosenK());
    assertEquals(4, elbow.chosenK());
  }

  @Test
  void samplesTheSilhouetteBeyondTheExactLimit() {
    KScanConfig config = new KScanConfig(3, 4, SelectionCriterion.SILHOUETTE, 500, 300, 9);
    KScanResult result =
        new KScan(new FarthestFirstSegmenter(), config).scan(FOUR.rows(), ProgressListener.NONE);

    for (KScore s : result.scores()) {
      assertFalse(s.silhouette().exact());
      assertEquals(300, s.silhouette().sampleSize());
    }
  }

  @Test
  void reportsProgressOncePerK() {
    AtomicLong last = new AtomicLong();
    AtomicLong total = new AtomicLong();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void started(String task, long totalSteps) {
            total.set(totalSteps);
          }

          @Override
          public void advanced(long stepsDone) {
            last.set(stepsDone);
          }

          @Override
          public void finished() {}
        };
    new KScan(new FarthestFirstSegmenter(), KScanConfig.DEFAULTS.withRange(2, 4))
        .scan(FOUR.rows(), listener);

    assertEquals(3, total.get());
    assertEquals(3, last.get());
  }

  @Test
  void rejectsEmptyRows() {
    FeatureMatrix empty =
        new FeatureMatrix(FeatureSchema.of("x"), List.of(), new double[0][], List.<ChurnLabel>of());

    assertThrows(
        IllegalArgumentException.class,
        () ->
            new KScan(new FarthestFirstSegmenter(), KScanConfig.DEFAULTS)
                .scan(empty, ProgressListener.NONE));
  }
}
