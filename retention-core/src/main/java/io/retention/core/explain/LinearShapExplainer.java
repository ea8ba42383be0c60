package io.retention.core.explain;

import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import java.util.Objects;

/**
 * Exact SHAP values of a logistic model, in log-odds space.
 *
 * <p>The model's log-odds are linear, {@code f(x) = w·x + b}. With features treated as independent
 * and the background data as the reference distribution, the Shapley value of feature i is exactly
 * {@code w_i (x_i − mean_i)}, the base value is {@code w·mean + b} (the log-odds at the background
 * mean) and the prediction is {@code f(x)}; they add up exactly, up to rounding. In probability
 * space the model is not linear and no such closed form holds, so explanations are in {@link
 * ExplanationSpace#LOG_ODDS}: a contribution of +0.4 multiplies the odds of churn by e^0.4.
 *
 * <p>The weights must be those of the features the caller passes: a model trained on standardised
 * features has its scaling folded into weights and bias first, for example with {@link
 * #fromStandardised}. The background means are computed here from a background matrix, over every
 * value, zeros included (Tribuo's own feature statistics skip zeros, so they cannot be used).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class LinearShapExplainer implements BatchChurnExplainer {
  private final FeatureSchema schema;
  private final double[] weights;
  private final double bias;
  private final double[] means;
  private final double base;

  private LinearShapExplainer(FeatureSchema schema, double[] weights, double bias, double[] means) {
    this.schema = schema;
    this.weights = weights;
    this.bias = bias;
    this.means = means;
    double b = bias;
    for (int i = 0; i < weights.length; i++) {
      b += weights[i] * means[i];
    }
    this.base = b;
  }

  /**
   * An explainer for log-odds {@code w·x + b} over the features as the caller passes them.
   *
   * @param schema the features
   * @param weights one finite weight per feature, in the space of the features passed to {@link
   *     #explain}
   * @param bias the intercept, finite
   * @param background the rows whose means are the reference; at least one row, with {@code schema}
   * @return the explainer
   */
  public static LinearShapExplainer of(
      FeatureSchema schema, double[] weights, double bias, FeatureMatrix background) {
    Objects.requireNonNull(schema, "schema");
    double[] w = checkedCopy(weights, schema.size(), "weights");
    checkFinite(bias, "bias");
    return new LinearShapExplainer(schema, w, bias, means(schema, background));
  }

  /**
   * An explainer for a model trained on standardised features {@code z_i = (x_i − m_i) / s_i},
   * whose log-odds are {@code v·z + c}. The scaling is folded into raw-space weights {@code w_i =
   * v_i / s_i} and bias {@code b = c − Σ v_i m_i / s_i}, so that explanations speak of the raw
   * feature values.
   *
   * @param schema the features
   * @param standardisedWeights the weights {@code v} on standardised features
   * @param standardisedBias the intercept {@code c} on standardised features
   * @param featureMeans the means {@code m} the standardisation subtracts
   * @param featureStdDevs the positive standard deviations {@code s} it divides by
   * @param background the rows whose means are the reference
   * @return the explainer
   */
  public static LinearShapExplainer fromStandardised(
      FeatureSchema schema,
      double[] standardisedWeights,
      double standardisedBias,
      double[] featureMeans,
      double[] featureStdDevs,
      FeatureMatrix background) {
    Objects.requireNonNull(schema, "schema");
    int m = schema.size();
    double[] v = checkedCopy(standardisedWeights, m, "standardised weights");
    double[] mu = checkedCopy(featureMeans, m, "feature means");
    double[] s = checkedCopy(featureStdDevs, m, "feature standard deviations");
    checkFinite(standardisedBias, "standardised bias");
    double[] w = new double[m];
    double b = standardisedBias;
    for (int i = 0; i < m; i++) {
      if (!(s[i] > 0.0)) {
        throw new IllegalArgumentException(
            "standard deviation of '" + schema.names().get(i) + "' must be positive, got " + s[i]);
      }
      w[i] = v[i] / s[i];
      b -= v[i] * mu[i] / s[i];
    }
    return of(schema, w, b, background);
  }

  private static double[] means(FeatureSchema schema, FeatureMatrix background) {
    Objects.requireNonNull(background, "background");
    if (!background.schema().equals(schema)) {
      throw new IllegalArgumentException(
          "background has features "
              + background.schema().names()
              + ", expected "
              + schema.names());
    }
    if (background.size() == 0) {
      throw new IllegalArgumentException("background must have at least one row");
    }
    double[] mean = new double[schema.size()];
    for (int i = 0; i < mean.length; i++) {
      double sum = 0.0;
      for (double v : background.column(i)) {
        sum += v;
      }
      mean[i] = sum / background.size();
    }
    return mean;
  }

  private static double[] checkedCopy(double[] values, int size, String name) {
    Objects.requireNonNull(values, name);
    if (values.length != size) {
      throw new IllegalArgumentException(
          name + ": expected " + size + " values, got " + values.length);
    }
    for (double v : values) {
      checkFinite(v, name);
    }
    return values.clone();
  }

  private static void checkFinite(double v, String name) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, got " + v);
    }
  }

  @Override
  public Explanation explain(FeatureVector features) {
    double[] x = BatchChurnExplainer.valuesOf(schema, features);
    double[] phi = new double[x.length];
    double logOdds = bias;
    for (int i = 0; i < x.length; i++) {
      phi[i] = weights[i] * (x[i] - means[i]);
      logOdds += weights[i] * x[i];
    }
    return BatchChurnExplainer.explanation(
        schema, x, phi, base, logOdds, ExplanationSpace.LOG_ODDS);
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  /**
   * Always log-odds: the space in which a logistic model is linear.
   *
   * @return {@link ExplanationSpace#LOG_ODDS}
   */
  @Override
  public ExplanationSpace space() {
    return ExplanationSpace.LOG_ODDS;
  }

  /**
   * The weights in the space of the features explained.
   *
   * @return a copy of the weights
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The intercept in the space of the features explained.
   *
   * @return the bias
   */
  public double bias() {
    return bias;
  }

  /**
   * The background means, the reference values.
   *
   * @return a copy of the means
   */
  public double[] means() {
    return means.clone();
  }
}
