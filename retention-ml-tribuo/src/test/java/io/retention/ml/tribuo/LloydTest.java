package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LloydTest {
  private static final double[][] POINTS = {
    {1, 1}, {1.2, 0.8}, {5, 5}, {5.2, 4.8}, {9, 1}, {9.2, 1}
  };

  @Test
  void reseedsAClusterThatCollapsedToTheZeroVector() {
    // Tribuo leaves an empty cluster at the origin, which no point here is nearest to.
    double[][] start = {{5, 3}, {9, 1}, {-50, -50}};
    Lloyd.Result result = Lloyd.refine(POINTS, start, 100, 0.0);

    assertTrue(result.reseeded() >= 1);
    long[] sizes = new long[3];
    for (int label : result.labels()) {
      sizes[label]++;
    }
    for (long size : sizes) {
      assertEquals(2, size);
    }
    assertEquals(0.04 + 0.04 + 0.02, result.inertia(), 1e-9);
  }

  @Test
  void convergesToTheMeansOfItsClusters() {
    Lloyd.Result result = Lloyd.refine(POINTS, new double[][] {{0, 0}, {6, 6}, {10, 0}}, 100, 1e-4);

    assertArrayEquals(new double[] {1.1, 0.9}, result.centroids()[0], 1e-12);
    assertArrayEquals(new double[] {5.1, 4.9}, result.centroids()[1], 1e-12);
    assertArrayEquals(new double[] {9.1, 1}, result.centroids()[2], 1e-12);
    assertEquals(0, result.reseeded());
  }

  @Test
  void stopsEarlyWhenTheCentresBarelyMove() {
    Lloyd.Result loose = Lloyd.refine(POINTS, new double[][] {{0, 0}, {6, 6}, {10, 0}}, 1, 1e9);

    assertEquals(3, loose.centroids().length);
  }

  @Test
  void nearestBreaksTiesTowardsTheLowerIndex() {
    assertEquals(0, Lloyd.nearest(new double[] {0}, new double[][] {{-1}, {1}}));
  }
}
