package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemNeighboursTest {

  @Test
  void similarityIsTheCosineOfBinaryUserVectorsBestFirst() {
    // users: {0,1}, {0,1}, {0,2}, {3}
    ItemNeighbours n =
        ItemNeighbours.build(
            4, List.of(new int[] {0, 1}, new int[] {0, 1}, new int[] {0, 2}, new int[] {3}), 10);
    assertArrayEquals(new int[] {1, 2}, n.neighbours(0));
    assertArrayEquals(
        new double[] {2 / Math.sqrt(3 * 2), 1 / Math.sqrt(3)}, n.similarities(0), 1e-12);
    assertArrayEquals(new int[] {}, n.neighbours(3));
  }

  @Test
  void onlyTheKBestNeighboursAreKept() {
    ItemNeighbours n =
        ItemNeighbours.build(3, List.of(new int[] {0, 1}, new int[] {0, 1}, new int[] {0, 2}), 1);
    assertArrayEquals(new int[] {1}, n.neighbours(0));
  }
}
