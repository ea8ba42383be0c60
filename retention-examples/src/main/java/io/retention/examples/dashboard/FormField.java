package io.retention.examples.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * One field of the prediction form: a customer attribute with what the form accepts for it.
 *
 * @param name the attribute
 * @param kind "numeric" or "categorical"
 * @param min the smallest value accepted (numeric), NaN for no bound
 * @param max the largest value accepted (numeric), NaN for no bound
 * @param example a typical value (the median for numbers, the first level for categories)
 * @param levels the accepted levels (categorical), empty for numbers
 */
public record FormField(
    String name, String kind, double min, double max, String example, List<String> levels) {
  /** A numeric field. */
  public static final String NUMERIC = "numeric";

  /** A categorical field. */
  public static final String CATEGORICAL = "categorical";

  /** Checks the texts and copies the levels. */
  public FormField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(example, "example");
    levels = List.copyOf(levels);
  }
}
