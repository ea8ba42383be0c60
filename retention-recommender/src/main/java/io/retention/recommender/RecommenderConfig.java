package io.retention.recommender;

/**
 * How {@link HybridRecommender} scores titles: score = content · cosine(profile, title) +
 * collaborative · item-item score + popularity · popularity prior, then optional diversity
 * re-ranking.
 *
 * @param content weight of content similarity to the customer's history
 * @param collaborative weight of item-item co-occurrence similarity to the history
 * @param popularity weight of the popularity prior log(1 + n) / log(1 + max n)
 * @param neighbours item-item neighbours kept per title
 * @param halfLifeDays an interaction this many days older than the customer's latest counts half
 * @param minRating ratings below this do not count as liking a title (watches always count)
 * @param maxRating the top of the rating scale; a rating r counts r / maxRating
 * @param diversity maximal-marginal-relevance trade-off λ in (0, 1]: each pick maximises λ·score −
 *     (1 − λ)·(highest content similarity to the titles already picked); 1 turns re-ranking off
 */
public record RecommenderConfig(
    double content,
    double collaborative,
    double popularity,
    int neighbours,
    double halfLifeDays,
    double minRating,
    double maxRating,
    double diversity) {

  /** Content 0.3, collaborative 0.6, popularity 0.1, 100 neighbours, half-life 365 days. */
  public static final RecommenderConfig DEFAULTS =
      new RecommenderConfig(0.3, 0.6, 0.1, 100, 365.0, 3.0, 5.0, 1.0);

  /** Checks the ranges. */
  public RecommenderConfig {
    for (double w : new double[] {content, collaborative, popularity}) {
      if (!(w >= 0.0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("blend weights must be finite and >= 0, got " + w);
      }
    }
    if (content + collaborative + popularity == 0.0) {
      throw new IllegalArgumentException("at least one blend weight must be positive");
    }
    if (neighbours < 1) {
      throw new IllegalArgumentException("neighbours must be >= 1, got " + neighbours);
    }
    if (!(halfLifeDays > 0.0)) {
      throw new IllegalArgumentException("halfLifeDays must be positive, got " + halfLifeDays);
    }
    if (!(maxRating > 0.0) || !(minRating <= maxRating)) {
      throw new IllegalArgumentException(
          "ratings need 0 < maxRating and minRating <= maxRating, got "
              + minRating
              + ", "
              + maxRating);
    }
    if (!(diversity > 0.0 && diversity <= 1.0)) {
      throw new IllegalArgumentException("diversity must lie in (0, 1], got " + diversity);
    }
  }

  /**
   * A copy with other blend weights.
   *
   * @param contentWeight the content weight
   * @param collaborativeWeight the collaborative weight
   * @param popularityWeight the popularity weight
   * @return the new configuration
   */
  public RecommenderConfig withBlend(
      double contentWeight, double collaborativeWeight, double popularityWeight) {
    return new RecommenderConfig(
        contentWeight,
        collaborativeWeight,
        popularityWeight,
        neighbours,
        halfLifeDays,
        minRating,
        maxRating,
        diversity);
  }

  /**
   * A copy with another diversity trade-off.
   *
   * @param lambda λ in (0, 1]
   * @return the new configuration
   */
  public RecommenderConfig withDiversity(double lambda) {
    return new RecommenderConfig(
        content, collaborative, popularity, neighbours, halfLifeDays, minRating, maxRating, lambda);
  }
}
