package io.retention.recommender;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Item-item collaborative similarity from co-occurrence in histories: the cosine of two titles'
 * binary user vectors, co(i, j) / sqrt(n_i · n_j), keeping each title's {@code k} most similar
 * titles (ties by position). Built on every core (the result does not depend on it); immutable and
 * thread-safe.
 */
final class ItemNeighbours {
  /** Parallel work units when counting co-occurrences (titles are dealt round-robin to them). */
  private static final int BLOCKS = 16;

  private final int[][] neighbours;
  private final double[][] similarities;

  private ItemNeighbours(int[][] neighbours, double[][] similarities) {
    this.neighbours = neighbours;
    this.similarities = similarities;
  }

  /**
   * Counts co-occurrences.
   *
   * @param items the number of titles
   * @param histories per user, the distinct positions of the titles they interacted with
   * @param k neighbours kept per title
   * @return the neighbour lists
   */
  static ItemNeighbours build(int items, List<int[]> histories, int k) {
    int[] userCount = new int[items];
    int[][] usersOf = new int[items][];
    for (int[] h : histories) {
      for (int i : h) {
        userCount[i]++;
      }
    }
    for (int i = 0; i < items; i++) {
      usersOf[i] = new int[userCount[i]];
    }
    int[] fill = new int[items];
    for (int u = 0; u < histories.size(); u++) {
      for (int i : histories.get(u)) {
        usersOf[i][fill[i]++] = u;
      }
    }
    int[][] neighbours = new int[items][];
    double[][] similarities = new double[items][];
    // titles are independent: blocks of them in parallel, each with its own counters
    int blocks = Math.max(1, Math.min(items, BLOCKS));
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            b -> {
              int[] co = new int[items];
              int[] touched = new int[items];
              for (int i = b; i < items; i += blocks) {
                nearest(i, k, histories, usersOf, userCount, co, touched, neighbours, similarities);
              }
            });
    return new ItemNeighbours(neighbours, similarities);
  }

  /** Keeps title i's k most similar titles; {@code co} is all zeros before and after. */
  private static void nearest(
      int i,
      int k,
      List<int[]> histories,
      int[][] usersOf,
      int[] userCount,
      int[] co,
      int[] touched,
      int[][] neighbours,
      double[][] similarities) {
    int touchedCount = 0;
    for (int u : usersOf[i]) {
      for (int j : histories.get(u)) {
        if (j != i) {
          if (co[j]++ == 0) {
            touched[touchedCount++] = j;
          }
        }
      }
    }
    int[] candidates = Arrays.copyOf(touched, touchedCount);
    double[] sims = new double[touchedCount];
    for (int c = 0; c < touchedCount; c++) {
      int j = candidates[c];
      sims[c] = co[j] / Math.sqrt((double) userCount[i] * userCount[j]);
      co[j] = 0;
    }
    Integer[] order = new Integer[touchedCount];
    Arrays.setAll(order, c -> c);
    Arrays.sort(
        order,
        (a, b) -> {
          int cmp = Double.compare(sims[b], sims[a]);
          return cmp != 0 ? cmp : Integer.compare(candidates[a], candidates[b]);
        });
    int keep = Math.min(k, touchedCount);
    neighbours[i] = new int[keep];
    similarities[i] = new double[keep];
    for (int c = 0; c < keep; c++) {
      neighbours[i][c] = candidates[order[c]];
      similarities[i][c] = sims[order[c]];
    }
  }

  int[] neighbours(int item) {
    return neighbours[item];
  }

  double[] similarities(int item) {
    return similarities[item];
  }
}
