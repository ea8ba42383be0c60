package io.retention.recommender;

import java.util.Arrays;

/** The popularity signal of the blend: log(1 + viewers) / log(1 + most viewers) per title. */
final class Popularity {
  private Popularity() {}

  /**
   * The popularity of every title from the customers' histories.
   *
   * @param titles the number of titles
   * @param seen per customer, the positions of the titles they have seen
   * @return one popularity per title position, in [0, 1]; all 0 when nobody has seen anything
   */
  static double[] of(int titles, int[][] seen) {
    int[] viewers = new int[titles];
    for (int[] s : seen) {
      for (int i : s) {
        viewers[i]++;
      }
    }
    double max = Arrays.stream(viewers).max().orElse(0);
    double[] popularity = new double[viewers.length];
    for (int i = 0; i < viewers.length; i++) {
      popularity[i] = max == 0 ? 0.0 : Math.log1p(viewers[i]) / Math.log1p(max);
    }
    return popularity;
  }
}
