package io.retention.recommender;

/**
 * How much each catalog field counts in a title's TF-IDF vector. Genres, cast, directors, countries
 * and type count as whole names; description as words. A weight of 0 leaves the field out.
 *
 * @param genres weight of each genre
 * @param description weight of each description word
 * @param cast weight of each cast member
 * @param directors weight of each director
 * @param countries weight of each production country
 * @param type weight of the title's type (movie or TV show)
 */
public record FieldWeights(
    double genres,
    double description,
    double cast,
    double directors,
    double countries,
    double type) {

  /** Genres 3, directors 1.5, description and cast 1, countries and type 0.5. */
  public static final FieldWeights DEFAULTS = new FieldWeights(3.0, 1.0, 1.0, 1.5, 0.5, 0.5);

  /** Genres only: the classic genre-vector content model. */
  public static final FieldWeights GENRES_ONLY = new FieldWeights(1.0, 0.0, 0.0, 0.0, 0.0, 0.0);

  /** Checks that weights are finite, not negative, and not all zero. */
  public FieldWeights {
    double[] all = {genres, description, cast, directors, countries, type};
    double sum = 0;
    for (double w : all) {
      if (!(w >= 0.0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("field weights must be finite and >= 0, got " + w);
      }
      sum += w;
    }
    if (sum == 0.0) {
      throw new IllegalArgumentException("at least one field weight must be positive");
    }
  }
}
