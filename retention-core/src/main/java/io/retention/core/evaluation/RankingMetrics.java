package io.retention.core.evaluation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Top-k ranking metrics with binary relevance, for recommenders: each takes one user's ranked list
 * and the set of items relevant to that user (for example, what the user went on to watch), and
 * looks at the first {@code k} items. Average them over users for a system-level figure.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  private static void checkK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
  }

  private static int hits(List<?> ranked, Set<?> relevant, int k) {
    int hits = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * The share of the first k recommendations that are relevant (a short list still divides by k).
   *
   * @param ranked the ranked items, best first
   * @param relevant the relevant items
   * @param k the cut-off, at least 1
   * @param <T> the item type
   * @return precision@k in [0, 1]
   */
  public static <T> double precisionAtK(List<T> ranked, Set<T> relevant, int k) {
    checkK(k);
    return hits(ranked, relevant, k) / (double) k;
  }

  /**
   * The share of relevant items found in the first k.
   *
   * @param ranked the ranked items, best first
   * @param relevant the relevant items, at least one
   * @param k the cut-off, at least 1
   * @param <T> the item type
   * @return recall@k in [0, 1]
   */
  public static <T> double recallAtK(List<T> ranked, Set<T> relevant, int k) {
    checkK(k);
    requireRelevant(relevant);
    return hits(ranked, relevant, k) / (double) relevant.size();
  }

  /**
   * Whether any of the first k items is relevant.
   *
   * @param ranked the ranked items, best first
   * @param relevant the relevant items
   * @param k the cut-off, at least 1
   * @param <T> the item type
   * @return 1 for a hit, else 0
   */
  public static <T> double hitRateAtK(List<T> ranked, Set<T> relevant, int k) {
    checkK(k);
    return hits(ranked, relevant, k) > 0 ? 1.0 : 0.0;
  }

  /**
   * Normalised discounted cumulative gain: Σ 1/log2(i + 1) over relevant items at positions i =
   * 1…k, divided by the same sum for an ideal ranking of min(|relevant|, k) relevant items.
   *
   * @param ranked the ranked items, best first
   * @param relevant the relevant items, at least one
   * @param k the cut-off, at least 1
   * @param <T> the item type
   * @return NDCG@k in [0, 1]
   */
  public static <T> double ndcgAtK(List<T> ranked, Set<T> relevant, int k) {
    checkK(k);
    requireRelevant(relevant);
    double dcg = 0.0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += 1.0 / log2(i + 2);
      }
    }
    double ideal = 0.0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += 1.0 / log2(i + 2);
    }
    return dcg / ideal;
  }

  /**
   * Average precision at k: the mean of precision@i over the positions i ≤ k that hold a relevant
   * item, divided by min(|relevant|, k) so a perfect top-k scores 1. MAP@k is its mean over users.
   *
   * @param ranked the ranked items, best first
   * @param relevant the relevant items, at least one
   * @param k the cut-off, at least 1
   * @param <T> the item type
   * @return AP@k in [0, 1]
   */
  public static <T> double averagePrecisionAtK(List<T> ranked, Set<T> relevant, int k) {
    checkK(k);
    requireRelevant(relevant);
    double sum = 0.0;
    int hits = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
        sum += hits / (double) (i + 1);
      }
    }
    return sum / Math.min(relevant.size(), k);
  }

  /**
   * The share of the catalog that appears in at least one list's first k items.
   *
   * @param lists every user's ranked list
   * @param catalogSize the number of items that could be recommended, at least 1
   * @param k the cut-off, at least 1
   * @param <T> the item type
   * @return coverage in [0, 1]
   */
  public static <T> double catalogCoverage(Collection<List<T>> lists, int catalogSize, int k) {
    checkK(k);
    if (catalogSize < 1) {
      throw new IllegalArgumentException("catalogSize must be >= 1, got " + catalogSize);
    }
    Set<T> seen = new HashSet<>();
    for (List<T> list : lists) {
      seen.addAll(list.subList(0, Math.min(k, list.size())));
    }
    return Math.min(1.0, seen.size() / (double) catalogSize);
  }

  private static void requireRelevant(Set<?> relevant) {
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("the metric needs at least one relevant item");
    }
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2.0);
  }
}
