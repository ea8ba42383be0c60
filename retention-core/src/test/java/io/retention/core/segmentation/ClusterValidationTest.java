package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.testing.GaussianBlobs;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClusterValidationTest {
  private static final double[][] LINE = {{0}, {1}, {4}, {5}};
  private static final int[] TWO = {0, 0, 1, 1};

  /** scikit-learn 1.2.1 on {@code GaussianBlobs.generate(3000, 6, 6, 2.0, 6.0, 2024)}. */
  private static final double SKLEARN_SILHOUETTE = 0.3486894473747972;

  private static final double SKLEARN_DAVIES_BOULDIN = 1.0648945406475212;

  @Test
  void silhouetteOfTwoPairsOnALineMatchesTheHandComputation() {
    // a = 1 everywhere; b = 4.5, 3.5, 3.5, 4.5: s = 7/9, 5/7, 5/7, 7/9.
    SilhouetteScore s = ClusterValidation.silhouette(LINE, TWO);

    assertEquals(47.0 / 63.0, s.value(), 1e-15);
    assertEquals(4, s.sampleSize());
    assertTrue(s.exact());
  }

  @Test
  void aPointAloneInItsClusterScoresZero() {
    double[][] points = {{0}, {1}, {10}};
    double expected = (0.9 + 8.0 / 9.0 + 0.0) / 3.0;

    assertEquals(
        expected, ClusterValidation.silhouette(points, new int[] {0, 0, 1}).value(), 1e-15);
  }

  @Test
  void oneClusterHasSilhouetteAndDaviesBouldinZero() {
    assertEquals(0.0, ClusterValidation.silhouette(LINE, new int[4]).value());
    assertEquals(0.0, ClusterValidation.daviesBouldin(LINE, new int[4]));
  }

  @Test
  void daviesBouldinOfTwoPairsMatchesTheHandComputation() {
    // scatters 1 and 2 around centres 1 and 12: ((1 + 2) / 11 + (2 + 1) / 11) / 2.
    double[][] points = {{0}, {2}, {10}, {14}};

    assertEquals(3.0 / 11.0, ClusterValidation.daviesBouldin(points, TWO), 1e-15);
  }

  @Test
  void daviesBouldinIgnoresUnusedLabelsAndCoincidentCentres() {
    double[][] points = {{0}, {2}, {10}, {14}};
    assertEquals(
        3.0 / 11.0, ClusterValidation.daviesBouldin(points, new int[] {0, 0, 2, 2}), 1e-15);
    assertEquals(
        0.0, ClusterValidation.daviesBouldin(new double[][] {{0}, {2}, {1}}, new int[] {0, 0, 1}));
  }

  @Test
  void inertiaSumsSquaredDistancesToTheGivenCentres() {
    double[][] points = {{0}, {2}, {10}, {14}};

    assertEquals(10.0, ClusterValidation.inertia(points, TWO, new double[][] {{1}, {12}}), 1e-15);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ClusterValidation.inertia(points, new int[] {0, 0, 1, 2}, new double[][] {{1}, {12}}));
  }

  @Test
  void silhouetteAndDaviesBouldinMatchScikitLearnOnBlobs() {
    GaussianBlobs blobs = GaussianBlobs.generate(3000, 6, 6, 2.0, 6.0, 2024);
    double[][] points = new double[blobs.rows().size()][];
    for (int i = 0; i < points.length; i++) {
      points[i] = blobs.rows().row(i).toArray();
    }

    assertEquals(
        SKLEARN_SILHOUETTE, ClusterValidation.silhouette(points, blobs.membership()).value(), 1e-9);
    assertEquals(
        SKLEARN_DAVIES_BOULDIN, ClusterValidation.daviesBouldin(points, blobs.membership()), 1e-9);
  }

  @Test
  void silhouetteIsExactUpToTheLimitAndSampledBeyondWithTheSampleSizeReported() {
    GaussianBlobs blobs = GaussianBlobs.generate(600, 2, 3, 0.5, 5.0, 8);
    double[][] points = new double[600][];
    for (int i = 0; i < points.length; i++) {
      points[i] = blobs.rows().row(i).toArray();
    }
    SilhouetteScore exact = ClusterValidation.silhouette(points, blobs.membership(), 600, 100, 1);
    SilhouetteScore sampled = ClusterValidation.silhouette(points, blobs.membership(), 599, 200, 1);
    SilhouetteScore again = ClusterValidation.silhouette(points, blobs.membership(), 599, 200, 1);

    assertTrue(exact.exact());
    assertEquals(600, exact.sampleSize());
    assertFalse(sampled.exact());
    assertEquals(200, sampled.sampleSize());
    assertEquals(sampled, again);
    assertEquals(exact.value(), sampled.value(), 0.05);
  }

  @Test
  void silhouetteAndDaviesBouldinIgnoreRelabellingTranslationAndScale() {
    for (long seed = 0; seed < 40; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      int n = 3 + r.nextInt(20);
      int k = 2 + r.nextInt(3);
      double[][] points = new double[n][2];
      double[][] moved = new double[n][2];
      int[] labels = new int[n];
      int[] renamed = new int[n];
      double scale = 0.1 + 10 * r.nextDouble();
      for (int i = 0; i < n; i++) {
        labels[i] = i < k ? i : r.nextInt(k);
        renamed[i] = k - 1 - labels[i];
        for (int j = 0; j < 2; j++) {
          points[i][j] = r.nextDouble() * 10;
          moved[i][j] = points[i][j] * scale + 3.0;
        }
      }
      double s = ClusterValidation.silhouette(points, labels).value();
      double db = ClusterValidation.daviesBouldin(points, labels);

      assertTrue(s >= -1.0 && s <= 1.0, "seed " + seed);
      assertTrue(db >= 0.0, "seed " + seed);
      assertEquals(s, ClusterValidation.silhouette(moved, renamed).value(), 1e-9, "seed " + seed);
      assertEquals(db, ClusterValidation.daviesBouldin(moved, renamed), 1e-9, "seed " + seed);
    }
  }

  @Test
  void adjustedRandIndexIsOneForTheSamePartitionUnderOtherNames() {
    assertEquals(
        1.0, ClusterValidation.adjustedRandIndex(new int[] {0, 0, 1, 2}, new int[] {5, 5, 3, 9}));
    assertEquals(1.0, ClusterValidation.adjustedRandIndex(new int[] {0, 0}, new int[] {1, 1}));
  }

  @Test
  void adjustedRandIndexOfCrossedPairsMatchesTheHandComputation() {
    // No pair agrees: index 0, expected 2 * 2 / 6, maximum 2: (0 - 2/3) / (2 - 2/3).
    assertEquals(-0.5, ClusterValidation.adjustedRandIndex(TWO, new int[] {0, 1, 0, 1}), 1e-15);
  }

  @Test
  void adjustedRandIndexIsSymmetric() {
    SplittableRandom r = new SplittableRandom(4);
    int[] a = new int[50];
    int[] b = new int[50];
    for (int i = 0; i < 50; i++) {
      a[i] = r.nextInt(3);
      b[i] = r.nextInt(4);
    }

    assertEquals(
        ClusterValidation.adjustedRandIndex(a, b),
        ClusterValidation.adjustedRandIndex(b, a),
        1e-15);
    assertThrows(
        IllegalArgumentException.class,
        () -> ClusterValidation.adjustedRandIndex(new int[1], new int[2]));
  }

  @Test
  void elbowIsTheKFurthestBelowTheChord() {
    assertEquals(
        2, ClusterValidation.elbow(new int[] {1, 2, 3, 4, 5}, new double[] {100, 30, 20, 15, 12}));
    assertEquals(
        4, ClusterValidation.elbow(new int[] {2, 3, 4, 5, 6}, new double[] {100, 90, 20, 18, 17}));
  }

  @Test
  void elbowFallsBackToTheFirstKOnShortOrFlatCurves() {
    assertEquals(2, ClusterValidation.elbow(new int[] {2, 3}, new double[] {5, 1}));
    assertEquals(2, ClusterValidation.elbow(new int[] {2, 3, 4}, new double[] {1, 1, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClusterValidation.elbow(new int[] {3, 2, 4}, new double[] {1, 1, 1}));
  }

  @Test
  void rejectsMismatchedOrEmptyInput() {
    assertThrows(
        IllegalArgumentException.class, () -> ClusterValidation.silhouette(LINE, new int[3]));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClusterValidation.silhouette(new double[0][], new int[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClusterValidation.silhouette(LINE, new int[] {0, -1, 0, 0}));
    assertThrows(
        IllegalArgumentException.class, () -> ClusterValidation.silhouette(LINE, TWO, 0, 10, 1));
  }
}
