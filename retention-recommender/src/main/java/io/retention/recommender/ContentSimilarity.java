package io.retention.recommender;

import java.util.BitSet;

/**
 * The content signal of the blend: the cosine similarity between each title's TF-IDF vector and a
 * customer's profile, the sum of the vectors of the titles they liked, each weighted by its history
 * weight. Immutable and thread-safe.
 */
final class ContentSimilarity {
  private final ContentIndex index;

  /**
   * The content signal over a catalog.
   *
   * @param index the catalog's TF-IDF index
   */
  ContentSimilarity(ContentIndex index) {
    this.index = index;
  }

  /**
   * The similarity of every title to a customer's profile.
   *
   * @param h the customer's history, with at least one liked title
   * @return one cosine per title position
   */
  double[] scores(History h) {
    double[] profile = new double[index.vocabularySize()];
    BitSet touched = new BitSet();
    for (int k = 0; k < h.liked().length; k++) {
      index.addTo(h.liked()[k], h.weights()[k], profile);
      for (int t : index.termsOf(h.liked()[k])) {
        touched.set(t);
      }
    }
    return index.cosines(profile, touched.stream().toArray());
  }

  /**
   * The liked title that brings a title most of its content score: the largest history weight times
   * cosine, the first on ties.
   *
   * @param item the recommended title's position
   * @param h the customer's history, with at least one liked title
   * @param scratch holds a vocabulary-sized vector, made on first need and reused
   * @return the liked title's position
   */
  int closestLiked(int item, History h, double[][] scratch) {
    int because = h.liked()[0];
    double best = -1;
    if (scratch[0] == null) {
      scratch[0] = new double[index.vocabularySize()];
    }
    double[] cosines = index.cosinesTo(item, h.liked(), scratch[0]);
    for (int k = 0; k < h.liked().length; k++) {
      double s = h.weights()[k] * cosines[k];
      if (s > best) {
        best = s;
        because = h.liked()[k];
      }
    }
    return because;
  }
}
