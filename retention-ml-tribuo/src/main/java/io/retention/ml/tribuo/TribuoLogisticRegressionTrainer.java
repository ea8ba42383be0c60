package io.retention.ml.tribuo;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ProgressListener;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * Trains logistic-regression churn models with Tribuo: linear SGD with the logistic objective and
 * AdaGrad, on features standardised to mean 0 and standard deviation 1 with statistics learned from
 * the training rows.
 *
 * <p>Columns that are constant in the training rows are left out of the Tribuo model (they carry no
 * information, and standardising them would divide by zero). The same rows and seed give the same
 * model. Instances are immutable and safe to share.
 */
public final class TribuoLogisticRegressionTrainer implements ChurnTrainer {
  private final LogisticRegressionConfig config;
  private final ClassWeights classWeights;

  /**
   * Creates a trainer with unit example weights.
   *
   * @param config the hyperparameters
   */
  public TribuoLogisticRegressionTrainer(LogisticRegressionConfig config) {
    this(config, ClassWeights.NONE);
  }

  /**
   * Creates a trainer.
   *
   * @param config the hyperparameters
   * @param classWeights how examples are weighted by class
   */
  public TribuoLogisticRegressionTrainer(
      LogisticRegressionConfig config, ClassWeights classWeights) {
    this.config = Objects.requireNonNull(config, "config");
    this.classWeights = Objects.requireNonNull(classWeights, "classWeights");
    TribuoLogging.quiet();
  }

  @Override
  public String name() {
    return classWeights == ClassWeights.NONE
        ? "logistic-regression"
        : "logistic-regression-balanced";
  }

  @Override
  public ChurnModel train(FeatureMatrix training, ProgressListener progress) {
    TribuoData.checkTrainable(training);
    int[] columns = TribuoData.varyingColumns(training);
    if (columns.length == 0) {
      throw new IllegalArgumentException(
          "every feature is constant in the training rows: nothing to learn from");
    }
    String[] names = TribuoData.names(training, columns);
    progress.started("Training logistic regression", 1);
    LinearSGDTrainer sgd =
        new LinearSGDTrainer(
            new LogMulticlass(),
            new AdaGrad(config.learningRate(), config.epsilon()),
            config.epochs(),
            Math.max(1, training.size() * config.epochs()),
            config.minibatchSize(),
            config.seed());
    TransformTrainer<Label> standardised =
        new TransformTrainer<>(
            sgd, new TransformationMap(List.of(new MeanStdDevTransformation())), true, false);
    Model<Label> model =
        standardised.train(TribuoData.dataset(training, columns, names, classWeights));
    progress.advanced(1);
    progress.finished();
    String description =
        String.format(
            Locale.ROOT,
            "logistic regression (Tribuo linear SGD, AdaGrad lr=%s, %d epochs, seed %d) on %d"
                + " standardised features, %s class weights",
            config.learningRate(),
            config.epochs(),
            config.seed(),
            columns.length,
            classWeights.name().toLowerCase(Locale.ROOT));
    return new TribuoChurnModel(training.schema(), columns, names, model, description);
  }
}
