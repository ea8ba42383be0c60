package io.retention.ml.tribuo;

import com.google.protobuf.InvalidProtocolBufferException;
import io.retention.core.RetentionException;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.InterventionalTreeShapExplainer;
import io.retention.core.explain.LinearShapExplainer;
import io.retention.core.explain.TreeEnsemble;
import io.retention.core.explain.TreeNode;
import io.retention.core.explain.TreeShapExplainer;
import io.retention.core.port.out.ChurnModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.protos.core.MeanStdDevTransformerProto;
import org.tribuo.protos.core.TransformerProto;
import org.tribuo.transform.TransformedModel;
import org.tribuo.transform.Transformer;

/**
 * Builds SHAP explainers for the churn models trained in this module, from their fitted parameters,
 * so that every churn probability comes with the reasons behind it. Stateless.
 *
 * <ul>
 *   <li>Logistic regression: exact linear SHAP in log-odds space. The churned-class log-odds of the
 *       two-class softmax are {@code (w_churned − w_retained)·z + (b_churned − b_retained)} on the
 *       standardised features {@code z}; the standardisation learned by Tribuo is folded into
 *       raw-space weights, and columns left out of the Tribuo model (constant in training) get
 *       weight 0.
 *   <li>Random forest: path-dependent TreeSHAP in probability space over the member trees,
 *       converted with the node covers counted when the forest was trained (and kept by {@link
 *       TribuoChurnModelCodec}); or, through {@link #forModelInterventional}, interventional
 *       TreeSHAP against a bounded background set, which needs no covers.
 * </ul>
 *
 * <p>A forest saved before the codec kept node covers loads and scores, but path-dependent TreeSHAP
 * cannot explain it: its covers are not recomputed from some other sample (that would be an
 * approximation of the training covers, silently changing the explanations). {@link #forModel}
 * throws a {@link RetentionException} that names the two ways out: retrain the forest, or explain
 * it with {@link #forModelInterventional}, which is exact for its own definition (unknown features
 * take background values) and does not use covers.
 *
 * <p>The explainers returned are immutable and thread-safe.
 */
public final class TribuoExplainers {
  private TribuoExplainers() {}

  /**
   * An explainer for a churn model trained by {@link TribuoLogisticRegressionTrainer} or {@link
   * TribuoRandomForestTrainer}.
   *
   * @param model the fitted model
   * @param background the reference rows, with the model's schema (the logistic explainer's base
   *     value is the log-odds at their means; the forest explainer uses the training covers and
   *     only checks the schema)
   * @return the explainer
   * @throws IllegalArgumentException if the model was not trained in this module, or the background
   *     has another schema
   * @throws RetentionException if a forest carries no node covers (see {@link #canExplain})
   */
  public static BatchChurnExplainer forModel(ChurnModel model, FeatureMatrix background) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(background, "background");
    if (!(model instanceof TribuoChurnModel tribuo)) {
      throw new IllegalArgumentException(
          "not a churn model of this module: " + model.getClass().getName());
    }
    if (!background.schema().equals(tribuo.schema())) {
      throw new IllegalArgumentException(
          "background has features "
              + background.schema().names()
              + ", the model expects "
              + tribuo.schema().names());
    }
    Model<Label> inner = tribuo.model();
    if (inner instanceof TransformedModel<Label> transformed
        && transformed.getInnerModel() instanceof LinearSGDModel linear) {
      return linear(tribuo, transformed, linear, background);
    }
    if (!tribuo.members().isEmpty()) {
      TreeEnsemble forest =
          tribuo
              .forest()
              .orElseThrow(
                  () ->
                      new RetentionException(
                          "this forest carries no node covers (it was stored before the codec"
                              + " kept them), which path-dependent TreeSHAP needs: retrain it, or"
                              + " explain it with TribuoExplainers.forModelInterventional(model,"
                              + " background), which needs no covers"));
      return TreeShapExplainer.ofProbabilities(tribuo.schema(), forest);
    }
    throw new IllegalArgumentException(
        "no explainer for the Tribuo model " + inner.getClass().getName());
  }

  /**
   * An interventional explainer for a churn model trained by {@link
   * TribuoLogisticRegressionTrainer} or {@link TribuoRandomForestTrainer}: an unknown feature takes
   * its value from a background row, and the Shapley values are averaged over the background rows.
   *
   * <ul>
   *   <li>Random forest: {@link InterventionalTreeShapExplainer} in probability space over the
   *       member trees. Covers are not used, so this also explains forests stored without them. The
   *       base value is the forest's mean probability over the background rows, and base + Σ
   *       contributions = prediction to {@link BatchChurnExplainer#MAX_RESIDUAL}. The cost of an
   *       explanation grows linearly with the background size.
   *   <li>Logistic regression: interventional SHAP of a model linear in log-odds is the linear SHAP
   *       of {@link #forModel} (contribution = weight × (value − background mean)), so the same
   *       explainer is returned.
   * </ul>
   *
   * @param model the fitted model
   * @param background the reference rows, with the model's schema: 1 to {@link
   *     InterventionalTreeShapExplainer#MAX_BACKGROUND} of them for a forest (100 to 1000 in
   *     practice, for example a seeded sample of the training rows)
   * @return the explainer
   * @throws IllegalArgumentException if the model was not trained in this module, or the background
   *     has another schema or, for a forest, more than {@link
   *     InterventionalTreeShapExplainer#MAX_BACKGROUND} rows
   */
  public static BatchChurnExplainer forModelInterventional(
      ChurnModel model, FeatureMatrix background) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(background, "background");
    if (!(model instanceof TribuoChurnModel tribuo) || tribuo.members().isEmpty()) {
      return forModel(model, background);
    }
    if (!background.schema().equals(tribuo.schema())) {
      throw new IllegalArgumentException(
          "background has features "
              + background.schema().names()
              + ", the model expects "
              + tribuo.schema().names());
    }
    TreeEnsemble forest = tribuo.forest().orElseGet(() -> withUnitCovers(tribuo));
    return new InterventionalTreeShapExplainer(
        tribuo.schema(), forest, ExplanationSpace.PROBABILITY, background);
  }

  /**
   * The forest's members as core trees whose leaves all have cover 1: the splits and leaf values
   * are the model's, the covers are placeholders that the interventional explainer never reads.
   */
  private static TreeEnsemble withUnitCovers(TribuoChurnModel tribuo) {
    List<TreeNode> roots = new ArrayList<>();
    for (Model<Label> member : tribuo.members()) {
      if (!(member instanceof TreeModel<Label> tree)) {
        throw new IllegalArgumentException(
            "a forest member is not a tree: " + member.getClass().getName());
      }
      double[] covers = new double[leaves(tree.getRoot())];
      Arrays.fill(covers, 1.0);
      roots.add(TribuoTrees.convert(tree, tribuo.names(), tribuo.columns(), covers));
    }
    return TreeEnsemble.of(roots);
  }

  private static int leaves(Node<Label> node) {
    if (node instanceof SplitNode<Label> split) {
      return leaves(split.getLessThanOrEqual()) + leaves(split.getGreaterThan());
    }
    if (node instanceof LeafNode<Label>) {
      return 1;
    }
    throw new RetentionException("unknown Tribuo tree node " + node.getClass().getName());
  }

  /**
   * Whether {@link #forModel} can explain a model.
   *
   * @param model a churn model
   * @return true for a logistic regression of this module, or a forest of this module that carries
   *     its node covers
   */
  public static boolean canExplain(ChurnModel model) {
    if (!(model instanceof TribuoChurnModel tribuo)) {
      return false;
    }
    if (tribuo.model() instanceof TransformedModel<Label> transformed) {
      return transformed.getInnerModel() instanceof LinearSGDModel;
    }
    return tribuo.forest().isPresent();
  }

  private static LinearShapExplainer linear(
      TribuoChurnModel tribuo,
      TransformedModel<Label> transformed,
      LinearSGDModel linear,
      FeatureMatrix background) {
    int churned = linear.getOutputIDInfo().getID(new Label(TribuoData.CHURNED));
    int retained = linear.getOutputIDInfo().getID(new Label(TribuoData.RETAINED));
    if (churned < 0 || retained < 0 || linear.getOutputIDInfo().size() != 2) {
      throw new IllegalArgumentException("the logistic model does not have exactly the two labels");
    }
    DenseMatrix w = linear.getWeightsCopy();
    int featureCount = linear.getFeatureIDMap().size();
    int d = tribuo.schema().size();
    double[] v = new double[d];
    double[] means = new double[d];
    double[] stdDevs = new double[d];
    java.util.Arrays.fill(stdDevs, 1.0);
    int[] columns = tribuo.columns();
    String[] names = tribuo.names();
    for (int k = 0; k < columns.length; k++) {
      int id = linear.getFeatureIDMap().getID(names[k]);
      if (id < 0) {
        // Never seen as a non-zero value by Tribuo: no weight.
        continue;
      }
      v[columns[k]] = w.get(churned, id) - w.get(retained, id);
      double[] meanStd = meanStdDev(transformed.getTransformerMap().get(names[k]), names[k]);
      means[columns[k]] = meanStd[0];
      stdDevs[columns[k]] = meanStd[1];
    }
    double c = w.get(churned, featureCount) - w.get(retained, featureCount);
    return LinearShapExplainer.fromStandardised(tribuo.schema(), v, c, means, stdDevs, background);
  }

  /**
   * The mean and standard deviation of the single mean/std-dev transformation Tribuo applies to a
   * feature, read exactly from its protobuf form ({@code z = (x − m) / s · t + u} is rewritten as
   * {@code (x − (m − u s / t)) / (s / t)}).
   */
  private static double[] meanStdDev(List<Transformer> transformers, String name) {
    if (transformers == null || transformers.size() != 1) {
      throw new IllegalArgumentException(
          "expected one standardisation of feature '" + name + "', got " + transformers);
    }
    TransformerProto proto = transformers.get(0).serialize();
    try {
      MeanStdDevTransformerProto p =
          proto.getSerializedData().unpack(MeanStdDevTransformerProto.class);
      double s = p.getObservedStdDev() / p.getTargetStdDev();
      double m = p.getObservedMean() - p.getTargetMean() * s;
      return new double[] {m, s};
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException(
          "feature '" + name + "' is not standardised by mean and standard deviation", e);
    }
  }
}
