package io.retention.core.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Feature values for many customers: one row per customer, one column per feature of a {@link
 * FeatureSchema}, with optional churn labels.
 *
 * <p>Immutable (arrays are copied in and out) and safe to share between threads.
 */
public final class FeatureMatrix {
  private final FeatureSchema schema;
  private final List<CustomerId> ids;
  private final double[][] rows;
  private final List<ChurnLabel> labels;

  /**
   * Creates a matrix.
   *
   * @param schema the feature names
   * @param ids one distinct identifier per row
   * @param rows the values, {@code ids.size()} rows of {@code schema.size()} finite values
   * @param labels one label per row ({@link ChurnLabel#UNKNOWN} where not known)
   */
  public FeatureMatrix(
      FeatureSchema schema, List<CustomerId> ids, double[][] rows, List<ChurnLabel> labels) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.ids = List.copyOf(ids);
    this.labels = List.copyOf(labels);
    Objects.requireNonNull(rows, "rows");
    if (rows.length != this.ids.size() || this.labels.size() != this.ids.size()) {
      throw new IllegalArgumentException(
          "ids, rows and labels differ in length: "
              + this.ids.size()
              + ", "
              + rows.length
              + ", "
              + this.labels.size());
    }
    Set<CustomerId> distinct = new HashSet<>();
    this.rows = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      if (!distinct.add(this.ids.get(r))) {
        throw new IllegalArgumentException("customer " + this.ids.get(r) + " appears twice");
      }
      this.rows[r] = FeatureVector.checkedCopy(schema, rows[r]);
    }
  }

  /**
   * Assembles a matrix from vectors.
   *
   * @param schema the feature names every vector must have
   * @param ids one distinct identifier per vector
   * @param vectors the rows
   * @param labels one label per row
   * @return the matrix
   */
  public static FeatureMatrix of(
      FeatureSchema schema,
      List<CustomerId> ids,
      List<FeatureVector> vectors,
      List<ChurnLabel> labels) {
    double[][] rows = new double[vectors.size()][];
    for (int r = 0; r < rows.length; r++) {
      FeatureVector v = vectors.get(r);
      if (!v.schema().equals(schema)) {
        throw new IllegalArgumentException(
            "row " + r + " has features " + v.schema().names() + ", expected " + schema.names());
      }
      rows[r] = v.toArray();
    }
    return new FeatureMatrix(schema, ids, rows, labels);
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
   * The number of rows.
   *
   * @return the row count
   */
  public int size() {
    return rows.length;
  }

  /**
   * The row identifiers.
   *
   * @return one identifier per row
   */
  public List<CustomerId> ids() {
    return ids;
  }

  /**
   * The churn labels.
   *
   * @return one label per row
   */
  public List<ChurnLabel> labels() {
    return labels;
  }

  /**
   * Whether every row has a known label.
   *
   * @return true when no label is {@link ChurnLabel#UNKNOWN}
   */
  public boolean isFullyLabelled() {
    return !labels.contains(ChurnLabel.UNKNOWN);
  }

  /**
   * One row.
   *
   * @param row the row index
   * @return the row's features
   */
  public FeatureVector row(int row) {
    return FeatureVector.wrap(schema, rows[row].clone());
  }

  /**
   * One value.
   *
   * @param row the row index
   * @param column the feature index
   * @return the value
   */
  public double get(int row, int column) {
    return rows[row][column];
  }

  /**
   * One feature's values.
   *
   * @param column the feature index
   * @return a fresh array with one value per row
   */
  public double[] column(int column) {
    double[] out = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      out[r] = rows[r][column];
    }
    return out;
  }
}
