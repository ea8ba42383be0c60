package io.retention.core.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a model's features, in a stable order: position {@code i} of every {@link
 * FeatureVector} with this schema holds feature {@code names().get(i)}.
 *
 * @param names the feature names, unique and not blank
 */
public record FeatureSchema(List<String> names) {

  /** Checks that names are unique and not blank. */
  public FeatureSchema {
    names = List.copyOf(names);
    Map<String, Integer> seen = new HashMap<>();
    for (String name : names) {
      Checks.notBlank(name, "feature name");
      if (seen.put(name, seen.size()) != null) {
        throw new IllegalArgumentException("feature '" + name + "' is listed twice");
      }
    }
  }

  /**
   * Creates a schema.
   *
   * @param names the feature names
   * @return the schema
   */
  public static FeatureSchema of(String... names) {
    return new FeatureSchema(List.of(names));
  }

  /**
   * The number of features.
   *
   * @return the dimension
   */
  public int size() {
    return names.size();
  }

  /**
   * The position of a feature.
   *
   * @param name the feature name
   * @return its index
   * @throws IllegalArgumentException if the schema has no such feature
   */
  public int indexOf(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no feature '" + name + "' in " + names);
    }
    return i;
  }
}
