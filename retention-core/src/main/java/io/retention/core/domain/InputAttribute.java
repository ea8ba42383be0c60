package io.retention.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A customer attribute that a fitted feature pipeline reads: its name, whether it was read as a
 * number or a category, whether a customer may lack it (training saw it missing and learned what to
 * do), and the category levels the pipeline knows.
 *
 * @param name the attribute name
 * @param kind numeric or categorical
 * @param optional true when a missing value is imputed as in training; false when every training
 *     customer had it
 * @param levels the known levels of a categorical attribute, sorted; empty when any level is
 *     accepted (or for a numeric attribute)
 */
public record InputAttribute(String name, Kind kind, boolean optional, List<String> levels) {
  /** How an attribute is read. */
  public enum Kind {
    /** A number. */
    NUMERIC,
    /** A category, as text. */
    CATEGORICAL;

    /**
     * The word for messages.
     *
     * @return "numeric" or "categorical"
     */
    public String word() {
      return this == NUMERIC ? "numeric" : "categorical";
    }
  }

  /** Checks the fields and sorts the levels. */
  public InputAttribute {
    Checks.notBlank(name, "attribute name");
    Objects.requireNonNull(kind, "kind");
    levels = List.copyOf(new TreeSet<>(levels));
    if (kind == Kind.NUMERIC && !levels.isEmpty()) {
      throw new IllegalArgumentException("numeric attribute '" + name + "' has no levels");
    }
  }

  /**
   * A numeric input.
   *
   * @param name the attribute
   * @param optional whether a missing value is imputed
   * @return the input
   */
  public static InputAttribute numeric(String name, boolean optional) {
    return new InputAttribute(name, Kind.NUMERIC, optional, List.of());
  }

  /**
   * A categorical input.
   *
   * @param name the attribute
   * @param optional whether a missing value is accepted
   * @param levels the known levels, empty for any
   * @return the input
   */
  public static InputAttribute categorical(String name, boolean optional, List<String> levels) {
    return new InputAttribute(name, Kind.CATEGORICAL, optional, levels);
  }

  /**
   * The input that two parts of a pipeline reading the same attribute need together: required if
   * either requires it, and the levels of the parts that check levels.
   *
   * @param other the other part's input for the same attribute
   * @return the combined input
   * @throws IllegalArgumentException if the parts read it as different kinds
   */
  public InputAttribute and(InputAttribute other) {
    if (!other.name.equals(name) || other.kind != kind) {
      throw new IllegalArgumentException(
          "attribute '" + name + "' is read as both " + kind.word() + " and " + other.kind.word());
    }
    List<String> both = new java.util.ArrayList<>(levels);
    both.addAll(other.levels);
    return new InputAttribute(name, kind, optional && other.optional, both);
  }
}
