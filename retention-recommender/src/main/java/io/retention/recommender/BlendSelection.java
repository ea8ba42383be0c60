package io.retention.recommender;

import io.retention.core.domain.ContentId;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Recommendation;
import io.retention.core.evaluation.RankingMetrics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses the blend weights of a {@link HybridRecommender} on a validation split: every candidate
 * blend is scored by mean NDCG@k over the validation customers (what each went on to watch after
 * the training history), and the best one wins, ties going to the earlier candidate.
 */
public final class BlendSelection {
  private BlendSelection() {}

  /**
   * The outcome: the chosen configuration and every candidate's score.
   *
   * @param best the configuration with the highest mean NDCG@k
   * @param scores mean NDCG@k by candidate, in candidate order
   */
  public record Result(RecommenderConfig best, Map<RecommenderConfig, Double> scores) {}

  /**
   * Scores candidate blends.
   *
   * @param recommender built on the training part of the histories
   * @param validation per customer, the titles they interacted with after the training part
   * @param candidates the blends to try, at least one
   * @param k the cut-off of NDCG@k
   * @return the best blend and every score
   */
  public static Result choose(
      HybridRecommender recommender,
      Map<CustomerId, Set<ContentId>> validation,
      List<RecommenderConfig> candidates,
      int k) {
    if (candidates.isEmpty() || validation.isEmpty()) {
      throw new IllegalArgumentException("need at least one candidate and one validation customer");
    }
    Map<RecommenderConfig, Double> scores = new java.util.LinkedHashMap<>();
    RecommenderConfig best = candidates.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    Map<CustomerId, Set<ContentId>> ordered = new TreeMap<>(validation);
    for (RecommenderConfig config : candidates) {
      HybridRecommender r = recommender.withConfig(config);
      double sum =
          ordered.entrySet().parallelStream()
              .mapToDouble(
                  e ->
                      RankingMetrics.ndcgAtK(
                          r.recommend(Customer.builder(e.getKey().value()).build(), k).stream()
                              .map(Recommendation::content)
                              .toList(),
                          e.getValue(),
                          k))
              .sum();
      double mean = sum / ordered.size();
      scores.put(config, mean);
      if (mean > bestScore) {
        bestScore = mean;
        best = config;
      }
    }
    return new Result(best, scores);
  }

  /**
   * A grid of blends: every (content, collaborative, popularity) with weights from {@code steps}
   * that sum to 1.
   *
   * @param base the configuration whose other settings the blends keep
   * @param steps the number of steps per unit, at least 1 (4 gives weights 0, 0.25, …, 1)
   * @return the candidates
   */
  public static List<RecommenderConfig> grid(RecommenderConfig base, int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be >= 1, got " + steps);
    }
    List<RecommenderConfig> out = new java.util.ArrayList<>();
    for (int c = 0; c <= steps; c++) {
      for (int cf = 0; c + cf <= steps; cf++) {
        out.add(
            base.withBlend(
                c / (double) steps, cf / (double) steps, (steps - c - cf) / (double) steps));
      }
    }
    return out;
  }
}
