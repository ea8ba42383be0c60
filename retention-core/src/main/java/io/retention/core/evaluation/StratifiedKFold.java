package io.retention.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Splits examples into {@code k} folds with the same class balance, for cross-validation.
 *
 * <p>Like {@link StratifiedSplit}, each example is placed by a seeded hash of its key, not by its
 * position: within each class, examples are ordered by hash and dealt to the folds in turn, so the
 * folds depend only on the keys, the classes, {@code k} and the seed. Shuffling the input gives the
 * same folds. Fold sizes within a class differ by at most one.
 *
 * @param k the number of folds, at least 2
 * @param seed the seed of the hash
 */
public record StratifiedKFold(int k, long seed) {

  /** Checks {@code k}. */
  public StratifiedKFold {
    if (k < 2) {
      throw new IllegalArgumentException("k-fold cross-validation needs k >= 2, got " + k);
    }
  }

  /**
   * The fold of every example.
   *
   * @param examples the examples
   * @param key a stable, distinct identifier of each example
   * @param positive the class of each example
   * @param <T> the example type
   * @return the fold index in [0, k) of each example, in input order
   * @throws IllegalArgumentException if two examples share a key, or a class has fewer than {@code
   *     k} examples
   */
  public <T> int[] assign(List<T> examples, Function<T, String> key, Predicate<T> positive) {
    int[] fold = new int[examples.size()];
    for (List<Integer> cls :
        StratifiedSplit.classesInHashOrder(examples, key, positive, seed, "stratified folds")) {
      if (cls.size() < k) {
        throw new IllegalArgumentException(
            "each class needs at least k = "
                + k
                + " examples for stratified folds; one class has "
                + cls.size());
      }
      for (int p = 0; p < cls.size(); p++) {
        fold[cls.get(p)] = p % k;
      }
    }
    return fold;
  }

  /**
   * The {@code k} train/test splits: split {@code f} tests on fold {@code f} and trains on the
   * rest.
   *
   * @param examples the examples
   * @param key a stable, distinct identifier of each example
   * @param positive the class of each example
   * @param <T> the example type
   * @return {@code k} splits, each part in input order
   */
  public <T> List<StratifiedSplit.Parts<T>> split(
      List<T> examples, Function<T, String> key, Predicate<T> positive) {
    int[] fold = assign(examples, key, positive);
    List<StratifiedSplit.Parts<T>> out = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      List<T> train = new ArrayList<>();
      List<T> test = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        (fold[i] == f ? test : train).add(examples.get(i));
      }
      out.add(new StratifiedSplit.Parts<>(train, test));
    }
    return out;
  }
}
