package io.retention.ml.tribuo;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.explain.TreeEnsemble;
import io.retention.core.port.out.ChurnModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.ensemble.EnsembleModel;
import org.tribuo.impl.ArrayExample;

/**
 * A churn model backed by a Tribuo classification model. Immutable and safe to share between
 * threads (Tribuo's {@code Model.predict} is thread-safe); batch scoring uses all cores.
 *
 * <p>For an ensemble (the random forest), the probability is the mean over the members, in member
 * order, of each member's churned share of its leaf distribution: the same quantity Tribuo's {@code
 * FullyWeightedVotingCombiner} computes for uniform weights, but summed in a fixed order. (The
 * combiner sums in the order of each leaf's label map, which can change when a model is
 * deserialised, and floating-point sums depend on order.)
 */
final class TribuoChurnModel implements ChurnModel {
  private final FeatureSchema schema;
  private final int[] columns;
  private final String[] names;
  private final Model<Label> model;
  private final String description;
  private final List<Model<Label>> members;
  private final TreeEnsemble forest;

  /**
   * Wraps a trained model.
   *
   * @param schema the features callers pass, in order
   * @param columns which of them the Tribuo model was trained on (constant ones are left out)
   * @param names the Tribuo feature names of those columns
   * @param model the trained model
   * @param description what the model is, for reports
   */
  TribuoChurnModel(
      FeatureSchema schema, int[] columns, String[] names, Model<Label> model, String description) {
    this(schema, columns, names, model, description, null);
  }

  /**
   * Wraps a trained forest together with its members converted for TreeSHAP.
   *
   * @param schema the features callers pass, in order
   * @param columns which of them the Tribuo model was trained on (constant ones are left out)
   * @param names the Tribuo feature names of those columns
   * @param model the trained ensemble
   * @param description what the model is, for reports
   * @param forest the members as core trees with their training covers, in member order
   * @return the model
   */
  static TribuoChurnModel withForest(
      FeatureSchema schema,
      int[] columns,
      String[] names,
      Model<Label> model,
      String description,
      TreeEnsemble forest) {
    return new TribuoChurnModel(
        schema, columns, names, model, description, Objects.requireNonNull(forest, "forest"));
  }

  /**
   * The constructor behind the others; {@code forest} is null when the covers are unknown.
   *
   * @param schema the features callers pass, in order
   * @param columns which of them the Tribuo model was trained on (constant ones are left out)
   * @param names the Tribuo feature names of those columns
   * @param model the trained model
   * @param description what the model is, for reports
   * @param forest the members as core trees with their training covers, or null when unknown
   */
  private TribuoChurnModel(
      FeatureSchema schema,
      int[] columns,
      String[] names,
      Model<Label> model,
      String description,
      TreeEnsemble forest) {
    this.forest = forest;
    this.schema = Objects.requireNonNull(schema, "schema");
    this.columns = columns.clone();
    this.names = names.clone();
    this.model = Objects.requireNonNull(model, "model");
    this.description = Objects.requireNonNull(description, "description");
    this.members =
        model instanceof EnsembleModel<Label> ensemble ? ensemble.getModels() : List.of();
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  @Override
  public double probability(FeatureVector features) {
    if (!features.schema().equals(schema)) {
      throw new IllegalArgumentException(
          "the model expects features " + schema.names() + ", got " + features.schema().names());
    }
    double[] values = new double[columns.length];
    for (int k = 0; k < columns.length; k++) {
      values[k] = features.get(columns[k]);
    }
    ArrayExample<Label> example =
        new ArrayExample<>(TribuoData.LABELS.getUnknownOutput(), names, values);
    double p;
    if (members.isEmpty()) {
      p = churnedShare(model.predict(example));
    } else {
      double sum = 0.0;
      for (Model<Label> member : members) {
        sum += churnedShare(member.predict(example));
      }
      p = sum / members.size();
    }
    // Softmax output can drift a hair outside [0, 1] in floating point.
    return Math.min(1.0, Math.max(0.0, p));
  }

  /** The churned score over the sum of the churned and retained scores. */
  private static double churnedShare(Prediction<Label> prediction) {
    return TribuoTrees.churnedShare(prediction.getOutputScores());
  }

  @Override
  public double[] probabilities(FeatureMatrix rows) {
    return IntStream.range(0, rows.size())
        .parallel()
        .mapToDouble(i -> probability(rows.row(i)))
        .toArray();
  }

  @Override
  public String description() {
    return description;
  }

  /** The schema columns the Tribuo model reads, in its order. */
  int[] columns() {
    return columns.clone();
  }

  /** The Tribuo feature names of {@link #columns()}. */
  String[] names() {
    return names.clone();
  }

  /** The members of an ensemble, in order; empty for a single model. */
  List<Model<Label>> members() {
    return members;
  }

  /** The forest's members as core trees with training covers, when known. */
  Optional<TreeEnsemble> forest() {
    return Optional.ofNullable(forest);
  }

  /** The wrapped Tribuo model. */
  Model<Label> model() {
    return model;
  }
}
