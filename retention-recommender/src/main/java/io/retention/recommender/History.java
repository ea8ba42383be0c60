package io.retention.recommender;

import java.util.Arrays;

/**
 * A customer's interactions: every title seen, and the liked ones with their weights.
 *
 * @param seen the positions of every title seen, ascending
 * @param liked the liked positions, ascending
 * @param weights the weight of each liked title, aligned with {@code liked}
 */
record History(int[] seen, int[] liked, double[] weights) {
  private static final double SECONDS_PER_DAY = 86_400.0;
  private static final double[] NO_WEIGHTS = new double[0];

  /** No title. */
  static final int[] NONE = new int[0];

  /**
   * One customer's history from their kept interactions: the latest interaction sets the age of
   * every other, a title's weight is the largest of like · 0.5^(age in days / half-life) over its
   * interactions, and titles whose weight is not positive are seen but not liked.
   *
   * @param list the interactions, pairs of longs: epoch second, then (title position &lt;&lt; 32 |
   *     like index)
   * @param size how many longs of the list are used
   * @param likes the liking of each like index
   * @param halfLifeDays the half-life of a liking, in days
   * @return the history
   */
  static History of(long[] list, int size, LikeValues likes, double halfLifeDays) {
    long mask = HybridRecommender.Builder.ITEM_MASK;
    int count = size / 2;
    long latest = Long.MIN_VALUE;
    long[] byItem = new long[count]; // (position << 32 | pair number), sorted by position
    for (int k = 0; k < count; k++) {
      latest = Math.max(latest, list[2 * k]);
      byItem[k] = (list[2 * k + 1] & ~mask) | k;
    }
    Arrays.sort(byItem);
    int[] seenItems = new int[count];
    int[] likedItems = new int[count];
    double[] likedWeights = new double[count];
    int distinct = 0;
    int likedCount = 0;
    for (int from = 0; from < count; ) {
      int item = (int) (byItem[from] >>> 32);
      double best = 0.0;
      int to = from;
      while (to < count && (int) (byItem[to] >>> 32) == item) {
        int k = (int) (byItem[to] & mask);
        double like = likes.value((int) (list[2 * k + 1] & mask));
        double ageDays = (latest - list[2 * k]) / SECONDS_PER_DAY;
        double weight = like * Math.pow(0.5, ageDays / halfLifeDays);
        if (weight > 0) {
          best = Math.max(best, weight);
        }
        to++;
      }
      seenItems[distinct++] = item;
      if (best > 0) {
        likedItems[likedCount] = item;
        likedWeights[likedCount++] = best;
      }
      from = to;
    }
    int[] s = distinct == count ? seenItems : Arrays.copyOf(seenItems, distinct);
    if (likedCount == 0) {
      return new History(s, NONE, NO_WEIGHTS);
    }
    int[] l = likedCount == distinct ? s : Arrays.copyOf(likedItems, likedCount);
    double[] w = likedCount == count ? likedWeights : Arrays.copyOf(likedWeights, likedCount);
    return new History(s, l, w);
  }
}
