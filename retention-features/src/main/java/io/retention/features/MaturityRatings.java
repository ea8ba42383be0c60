package io.retention.features;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The minimum viewer age each common maturity rating stands for, so ratings can be averaged. US
 * film ratings (G, PG, PG-13, R, NC-17) and US TV ratings (TV-Y … TV-MA); NR and UR (not rated) and
 * unknown ratings have no age.
 */
final class MaturityRatings {
  private static final Map<String, Double> AGES =
      Map.ofEntries(
          Map.entry("G", 0.0),
          Map.entry("TV-Y", 0.0),
          Map.entry("TV-G", 0.0),
          Map.entry("TV-Y7", 7.0),
          Map.entry("TV-Y7-FV", 7.0),
          Map.entry("PG", 10.0),
          Map.entry("TV-PG", 10.0),
          Map.entry("PG-13", 13.0),
          Map.entry("TV-14", 14.0),
          Map.entry("R", 17.0),
          Map.entry("TV-MA", 17.0),
          Map.entry("NC-17", 18.0));

  private MaturityRatings() {}

  static OptionalDouble age(String rating) {
    Double age = AGES.get(rating);
    return age == null ? OptionalDouble.empty() : OptionalDouble.of(age);
  }
}
