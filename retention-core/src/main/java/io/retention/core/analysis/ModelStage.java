package io.retention.core.analysis;

import io.retention.core.RetentionException;
import io.retention.core.analysis.RunSummary.CalibrationBin;
import io.retention.core.analysis.RunSummary.Candidate;
import io.retention.core.analysis.RunSummary.HoldOutSummary;
import io.retention.core.analysis.RunSummary.ModelSummary;
import io.retention.core.application.ModelSelection;
import io.retention.core.application.ModelSelectionConfig;
import io.retention.core.application.ModelSelectionReport;
import io.retention.core.application.SelectChurnModel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.evaluation.CalibrationCurve;
import io.retention.core.evaluation.ConfusionMatrix;
import io.retention.core.evaluation.LeakageGuard;
import io.retention.core.evaluation.StratifiedSplit;
import io.retention.core.evaluation.ThresholdPolicy;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.training.CalibratedChurnModel;
import io.retention.core.training.Calibration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the churn model: a labelled sample split into a stratified hold-out and a training part,
 * k-fold model selection over the candidates on the training part by PR-AUC, refit, calibration on
 * out-of-fold predictions and a threshold, then the hold-out figures of the chosen model.
 */
final class ModelStage {
  /** The selection metric the model selection uses. */
  static final String SELECTION_METRIC = ModelSelectionReport.SELECTION_METRIC;

  private static final int CURVE_POINTS = RunSummary.CURVE_POINTS;

  private final FeaturePipeline features;
  private final List<ChurnTrainer> candidates;

  ModelStage(FeaturePipeline features, List<ChurnTrainer> candidates) {
    this.features = features;
    this.candidates = candidates;
  }

  SelectedModel run(
      CustomerPasses passes, Population population, RunConfig config, ProgressListener progress) {
    List<Customer> sample =
        passes.sample(config.trainingLimit(), population.labelled(), true, config.seed());
    StratifiedSplit.Parts<Customer> parts =
        new StratifiedSplit(config.testFraction(), config.seed())
            .split(sample, c -> c.id().value(), Customer::churned);
    long testChurned = parts.test().stream().filter(Customer::churned).count();
    if (parts.test().isEmpty() || testChurned == 0 || testChurned == parts.test().size()) {
      throw new RetentionException(
          "the hold-out of "
              + parts.test().size()
              + " customers has "
              + testChurned
              + " churned; it needs both classes: use more customers or a larger"
              + " --test-fraction");
    }
    ModelSelectionConfig selectionConfig =
        new ModelSelectionConfig(
            config.folds(),
            config.seed(),
            Calibration.Method.PLATT,
            new ThresholdPolicy.MaxF1(),
            CalibrationCurve.DEFAULT_BINS,
            LeakageGuard.DEFAULT);
    ModelSelection selection =
        new SelectChurnModel(features).select(parts.train(), candidates, selectionConfig, progress);
    ChurnModelBundle bundle = selection.bundle();
    ModelSelectionReport report = selection.report();
    HoldOutSummary holdOut = holdOut(bundle, parts.test(), report.threshold());
    List<Candidate> rows = new ArrayList<>();
    for (ModelSelectionReport.CandidateScores c : report.candidates()) {
      rows.add(
          new Candidate(
              c.name(),
              c.folds().stream().map(ModelSelectionReport.FoldScores::prAuc).toList(),
              c.folds().stream().map(ModelSelectionReport.FoldScores::rocAuc).toList(),
              c.meanPrAuc(),
              c.meanRocAuc()));
    }
    ModelSummary summary =
        new ModelSummary(
            report.chosen(),
            SELECTION_METRIC,
            config.folds(),
            rows,
            bundle.model() instanceof CalibratedChurnModel
                ? selectionConfig.calibration().name().toLowerCase(Locale.ROOT)
                : "none ("
                    + selectionConfig.calibration().name().toLowerCase(Locale.ROOT)
                    + " did not lower the out-of-fold Brier score)",
            report.threshold(),
            report.thresholdPolicy(),
            bundle.features().schema().size());
    return new SelectedModel(bundle, summary, holdOut, parts.train().size());
  }

  /** The chosen model's figures on customers it never saw. */
  private static HoldOutSummary holdOut(
      ChurnModelBundle bundle, List<Customer> test, double threshold) {
    FeatureMatrix rows = bundle.features().transformAll(test);
    double[] after = bundle.model().probabilities(rows);
    double[] before = CalibratedChurnModel.uncalibrated(bundle.model()).probabilities(rows);
    boolean[] y = new boolean[rows.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = test.get(i).churned();
    }
    ConfusionMatrix cm = ConfusionMatrix.at(after, y, threshold);
    return new HoldOutSummary(
        y.length,
        BinaryMetrics.positiveRate(y),
        BinaryMetrics.rocAuc(after, y),
        BinaryMetrics.averagePrecision(after, y),
        BinaryMetrics.logLoss(after, y),
        BinaryMetrics.brierScore(before, y),
        BinaryMetrics.brierScore(after, y),
        cm.accuracy(),
        cm.precision(),
        cm.recall(),
        cm.f1(),
        cm.truePositives(),
        cm.falsePositives(),
        cm.trueNegatives(),
        cm.falseNegatives(),
        Curves.roc(after, y, CURVE_POINTS),
        Curves.precisionRecall(after, y, CURVE_POINTS),
        bins(CalibrationCurve.of(before, y, CalibrationCurve.DEFAULT_BINS)),
        bins(CalibrationCurve.of(after, y, CalibrationCurve.DEFAULT_BINS)));
  }

  private static List<CalibrationBin> bins(CalibrationCurve curve) {
    return curve.bins().stream()
        .map(b -> new CalibrationBin(b.meanPredicted(), b.observedRate(), b.count()))
        .toList();
  }
}
