package io.retention.core.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Splits examples into a training part and a test part with the same class balance.
 *
 * <p>Each example is placed by a seeded hash of its key, not by its position, so the split depends
 * only on the keys, the classes, the fraction and the seed: shuffling the input gives the same two
 * sets. Within each class, the {@code round(n × testFraction)} examples with the smallest hashes go
 * to the test part.
 *
 * @param testFraction the share of each class that goes to the test part, in (0, 1)
 * @param seed the seed of the hash
 */
public record StratifiedSplit(double testFraction, long seed) {

  /** Checks the fraction. */
  public StratifiedSplit {
    if (!(testFraction > 0.0 && testFraction < 1.0)) {
      throw new IllegalArgumentException("test fraction must lie in (0, 1), got " + testFraction);
    }
  }

  /**
   * A training part and a test part.
   *
   * @param train the training examples, in input order
   * @param test the test examples, in input order
   * @param <T> the example type
   */
  public record Parts<T>(List<T> train, List<T> test) {
    /** Copies the lists. */
    public Parts {
      train = List.copyOf(train);
      test = List.copyOf(test);
    }
  }

  /**
   * Splits examples.
   *
   * @param examples the examples
   * @param key a stable identifier of each example
   * @param positive the class of each example
   * @param <T> the example type
   * @return the two parts, each in input order
   * @throws IllegalArgumentException if two examples share a key
   */
  public <T> Parts<T> split(List<T> examples, Function<T, String> key, Predicate<T> positive) {
    boolean[] inTest = new boolean[examples.size()];
    for (List<Integer> cls : classesInHashOrder(examples, key, positive, seed, "a split")) {
      long take = Math.round(cls.size() * testFraction);
      for (int k = 0; k < take; k++) {
        inTest[cls.get(k)] = true;
      }
    }
    List<T> train = new ArrayList<>();
    List<T> test = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      (inTest[i] ? test : train).add(examples.get(i));
    }
    return new Parts<>(train, test);
  }

  /**
   * The positions of the positive and of the negative examples, each ordered by the seeded hash of
   * their keys (ties by key), so that any stratified scheme built on this order depends only on the
   * keys, the classes and the seed, never on input order.
   *
   * @param what the scheme's name, for the error message
   * @return the positive positions, then the negative ones
   * @throws IllegalArgumentException if two examples share a key
   */
  static <T> List<List<Integer>> classesInHashOrder(
      List<T> examples, Function<T, String> key, Predicate<T> positive, long seed, String what) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(positive, "positive");
    List<Integer> pos = new ArrayList<>();
    List<Integer> neg = new ArrayList<>();
    long[] hashes = new long[examples.size()];
    String[] keys = new String[examples.size()];
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < examples.size(); i++) {
      keys[i] = key.apply(examples.get(i));
      if (!distinct.add(keys[i])) {
        throw new IllegalArgumentException(
            "key '" + keys[i] + "' appears twice; keys must be distinct for " + what);
      }
      hashes[i] = hash(keys[i], seed);
      (positive.test(examples.get(i)) ? pos : neg).add(i);
    }
    Comparator<Integer> order =
        Comparator.<Integer>comparingLong(i -> hashes[i]).thenComparing(i -> keys[i]);
    pos.sort(order);
    neg.sort(order);
    return List.of(pos, neg);
  }

  /** A 64-bit FNV-1a hash of the key's UTF-8 bytes, seeded and finished with a SplitMix64 mix. */
  static long hash(String key, long seed) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h += 0x9e3779b97f4a7c15L;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
