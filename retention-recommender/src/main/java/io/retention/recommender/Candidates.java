package io.retention.recommender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the titles to recommend from per-title scores: the best unseen titles, ties to the smaller
 * content id, re-ranked for diversity when asked. Immutable and thread-safe.
 */
final class Candidates {
  private final ContentIndex index;

  /** Per title position, its rank in content-id order: equal scores go to the smaller id. */
  private final int[] idRank;

  /**
   * Candidates over a catalog.
   *
   * @param index the catalog's TF-IDF index (its cosines measure redundancy)
   */
  Candidates(ContentIndex index) {
    this.index = index;
    Integer[] byId = new Integer[index.size()];
    for (int i = 0; i < byId.length; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, Comparator.comparing((Integer i) -> index.item(i).id()));
    this.idRank = new int[byId.length];
    for (int r = 0; r < byId.length; r++) {
      idRank[byId[r]] = r;
    }
  }

  /**
   * The best n unseen titles, re-ranked for diversity when configured.
   *
   * @param score the score of every title position
   * @param seen the positions never to pick
   * @param n how many titles
   * @param diversity the weight of the score against redundancy with the titles already picked; 1
   *     keeps the score order
   * @return the positions picked, in order
   */
  List<Integer> pick(double[] score, int[] seen, int n, double diversity) {
    int pool = diversity < 1.0 ? 5 * n : n;
    List<Integer> candidates = top(score, seen, pool);
    if (diversity >= 1.0) {
      return candidates;
    }
    double lambda = diversity;
    List<Integer> chosen = new ArrayList<>();
    List<Integer> left = new ArrayList<>(candidates);
    while (chosen.size() < n && !left.isEmpty()) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int c : left) {
        double redundancy = 0.0;
        for (int s : chosen) {
          redundancy = Math.max(redundancy, index.cosine(c, s));
        }
        double value = lambda * score[c] - (1.0 - lambda) * redundancy;
        if (value > bestValue) { // candidates come in rank order, so ties keep the better-ranked
          bestValue = value;
          best = c;
        }
      }
      chosen.add(best);
      left.remove(Integer.valueOf(best));
    }
    return chosen;
  }

  /**
   * The n best unseen titles by score, ties to the smaller id: one pass with an insertion-sorted
   * array of size n, no boxing.
   *
   * @param score the score of every title position
   * @param seen the positions never to pick
   * @param n how many titles at most
   * @return the positions, best first
   */
  List<Integer> top(double[] score, int[] seen, int n) {
    boolean[] skip = new boolean[score.length];
    for (int i : seen) {
      skip[i] = true;
    }
    int[] best = new int[n];
    int size = 0;
    for (int i = 0; i < score.length; i++) {
      if (skip[i] || (size == n && !better(score, i, best[n - 1]))) {
        continue;
      }
      int pos = size < n ? size++ : n - 1;
      while (pos > 0 && better(score, i, best[pos - 1])) {
        best[pos] = best[pos - 1];
        pos--;
      }
      best[pos] = i;
    }
    List<Integer> out = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      out.add(best[k]);
    }
    return out;
  }

  /** Whether title a ranks above title b: a higher score, or an equal score and a smaller id. */
  private boolean better(double[] score, int a, int b) {
    int c = Double.compare(score[a], score[b]);
    return c != 0 ? c > 0 : idRank[a] < idRank[b];
  }
}
