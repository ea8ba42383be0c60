package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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

  @Test
  void theOrderOfUsersChangesNoNeighbour() {
    Random r = new Random(3);
    List<int[]> users = new ArrayList<>();
    for (int u = 0; u < 500; u++) {
      users.add(r.ints(0, 60).distinct().limit(1 + r.nextInt(12)).sorted().toArray());
    }
    ItemNeighbours expected = ItemNeighbours.build(60, users, 7);
    Collections.shuffle(users, new Random(4));
    ItemNeighbours shuffled = ItemNeighbours.build(60, users, 7);
    for (int i = 0; i < 60; i++) {
      assertArrayEquals(expected.neighbours(i), shuffled.neighbours(i));
      assertArrayEquals(expected.similarities(i), shuffled.similarities(i), 0.0);
    }
  }
}
