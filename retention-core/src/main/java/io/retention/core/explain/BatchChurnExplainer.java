package io.retention.core.explain;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnExplainer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An explainer that knows its features and its output space and explains many rows at once.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface BatchChurnExplainer extends ChurnExplainer {

  /**
   * The additivity the exact explainers here keep: |base + Σ contributions − prediction| stays at
   * or below this for models whose outputs are of order 1.
   */
  double MAX_RESIDUAL = 1e-9;

  /**
   * The features explained, in order.
   *
   * @return the schema
   */
  FeatureSchema schema();

  /**
   * The scale of the base value, the contributions and the prediction.
   *
   * @return the space
   */
  ExplanationSpace space();

  /**
   * Explains every row, on all the cores of the common fork-join pool. The result is the same as
   * calling {@link #explain} row by row, whatever the thread count: rows are independent and each
   * is explained by the same sequential code.
   *
   * @param rows the rows, with {@link #schema()}
   * @return one explanation per row, in order
   * @throws IllegalArgumentException if the rows have another schema
   */
  default List<Explanation> explainAll(FeatureMatrix rows) {
    requireSchema(schema(), rows);
    return IntStream.range(0, rows.size()).parallel().mapToObj(r -> explain(rows.row(r))).toList();
  }

  /**
   * Checks that rows have the schema an explainer expects.
   *
   * @param schema the schema expected
   * @param rows the rows
   * @throws IllegalArgumentException if the rows have another schema
   */
  static void requireSchema(FeatureSchema schema, FeatureMatrix rows) {
    if (!rows.schema().equals(schema)) {
      throw new IllegalArgumentException(
          "the explainer expects features "
              + schema.names()
              + ", the rows have "
              + rows.schema().names());
    }
  }

  /**
   * Checks that a vector has the schema an explainer expects.
   *
   * @param schema the schema expected
   * @param features the vector
   * @return the vector's values
   */
  static double[] valuesOf(FeatureSchema schema, FeatureVector features) {
    if (!features.schema().equals(schema)) {
      throw new IllegalArgumentException(
          "the explainer expects features "
              + schema.names()
              + ", got "
              + features.schema().names());
    }
    return features.toArray();
  }

  /**
   * Assembles an explanation from per-feature SHAP values.
   *
   * @param schema the feature names
   * @param x the feature values
   * @param phi one SHAP value per feature
   * @param base the base value
   * @param prediction the prediction
   * @param space the space of all of them
   * @return the explanation
   */
  static Explanation explanation(
      FeatureSchema schema,
      double[] x,
      double[] phi,
      double base,
      double prediction,
      ExplanationSpace space) {
    List<Contribution> cs = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      cs.add(new Contribution(schema.names().get(i), x[i], phi[i]));
    }
    return new Explanation(base, cs, prediction, space);
  }
}
