package io.retention.core.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * One customer's feature values, in the order of a {@link FeatureSchema}. Values are finite.
 *
 * <p>Immutable (the array is copied in and out) and safe to share between threads.
 */
public final class FeatureVector {
  private final FeatureSchema schema;
  private final double[] values;

  private FeatureVector(FeatureSchema schema, double[] values) {
    this.schema = schema;
    this.values = values;
  }

  /** Copies values after checking that they fit the schema and are finite. */
  static double[] checkedCopy(FeatureSchema schema, double[] values) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(values, "values");
    if (values.length != schema.size()) {
      throw new IllegalArgumentException(
          "expected " + schema.size() + " values for " + schema.names() + ", got " + values.length);
    }
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      Checks.finite(copy[i], "feature '" + schema.names().get(i) + "'");
    }
    return copy;
  }

  /**
   * Creates a vector.
   *
   * @param schema the feature names
   * @param values one finite value per feature, copied
   * @return the vector
   */
  public static FeatureVector of(FeatureSchema schema, double... values) {
    return new FeatureVector(schema, checkedCopy(schema, values));
  }

  /** For code in this package that owns a fresh, already checked array. */
  static FeatureVector wrap(FeatureSchema schema, double[] values) {
    return new FeatureVector(schema, values);
  }

  /**
   * The feature names.
   *
   * @return the schema
   */
  public FeatureSchema schema() {
    return schema;
  }

  /**
   * A value by position.
   *
   * @param index the position
   * @return the value
   */
  public double get(int index) {
    return values[index];
  }

  /**
   * A value by name.
   *
   * @param name the feature name
   * @return the value
   */
  public double get(String name) {
    return values[schema.indexOf(name)];
  }

  /**
   * The number of features.
   *
   * @return the dimension
   */
  public int size() {
    return values.length;
  }

  /**
   * The values.
   *
   * @return a copy of the values
   */
  public double[] toArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVector v
        && schema.equals(v.schema)
        && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * schema.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FeatureVector{");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(schema.names().get(i)).append('=').append(values[i]);
    }
    return sb.append('}').toString();
  }
}
