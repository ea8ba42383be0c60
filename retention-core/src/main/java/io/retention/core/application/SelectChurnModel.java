package io.retention.core.application;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.evaluation.CalibrationCurve;
import io.retention.core.evaluation.ConfusionMatrix;
import io.retention.core.evaluation.StratifiedKFold;
import io.retention.core.persistence.DataFingerprint;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.training.CalibratedChurnModel;
import io.retention.core.training.Calibration;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Use case: choose among candidate trainers by stratified k-fold cross-validation, then refit the
 * best on all training customers and calibrate it.
 *
 * <p>For every fold, the feature pipeline is fitted on the other folds only, and every candidate is
 * trained on those rows and scores the held-out fold, so every score in the report is out-of-fold.
 * The candidate with the highest mean PR-AUC (average precision) wins; ties go to the earlier
 * candidate. Its out-of-fold probabilities fit the calibration; the "after" figures are
 * cross-fitted (the calibration applied to a fold is fitted on the other folds' predictions), so
 * they are honest too. The calibration is applied only when it lowers the out-of-fold Brier score;
 * otherwise the report says so and the raw model is kept. The decision threshold is chosen on the
 * out-of-fold probabilities the model will give (calibrated or not). Finally the pipeline and the
 * winner are refitted on all customers and, when calibrated, wrapped with a calibration fitted on
 * all out-of-fold predictions.
 */
public final class SelectChurnModel {
  /** The metadata key under which the bundle keeps the report's JSON. */
  public static final String REPORT_KEY = "selection.report";

  /** The metadata key under which the bundle keeps the chosen decision threshold. */
  public static final String THRESHOLD_KEY = "decision.threshold";

  private final FeaturePipeline pipeline;

  /**
   * Creates the use case.
   *
   * @param pipeline learns the features, once per fold and once more on all customers
   */
  @Inject
  public SelectChurnModel(FeaturePipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /** Refuses a training set of one class with a message that says so, before any fold is made. */
  private static void requireBothClasses(boolean[] churned) {
    int positives = 0;
    for (boolean c : churned) {
      positives += c ? 1 : 0;
    }
    if (churned.length > 0 && (positives == 0 || positives == churned.length)) {
      throw new IllegalArgumentException(
          "only one class: all "
              + churned.length
              + " labelled customers "
              + (positives == 0 ? "stayed" : "churned")
              + "; training a churn model needs customers who churned and customers who stayed");
    }
  }

  /**
   * Cross-validates the candidates, picks the best, refits and calibrates it.
   *
   * @param training labelled customers with distinct identifiers, at least {@code folds} of each
   *     class
   * @param candidates the trainers to compare, at least one, with distinct names
   * @param config folds, seed, calibration, threshold policy
   * @param progress told how the work advances (one step per candidate and fold, and the refit)
   * @return the refitted model and the report
   * @throws IllegalArgumentException if a customer is unlabelled, a class has too few customers, or
   *     the candidates are empty or share a name
   */
  public ModelSelection select(
      List<Customer> training,
      List<ChurnTrainer> candidates,
      ModelSelectionConfig config,
      ProgressListener progress) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(progress, "progress");
    requireDistinctCandidates(candidates);
    boolean[] churned = labels(training);
    requireBothClasses(churned);
    int k = config.folds();
    int[] fold =
        new StratifiedKFold(k, config.seed())
            .assign(training, c -> c.id().value(), Customer::churned);

    long steps = (long) candidates.size() * k + 1;
    progress.started("Cross-validating " + candidates.size() + " candidates", steps);
    Folds folds = folds(training, fold, k);
    CrossValidation cv = crossValidate(candidates, folds, churned, progress);
    List<ModelSelectionReport.CandidateScores> scores = cv.scores();
    List<double[]> outOfFold = cv.outOfFold();
    int best = 0;
    for (int c = 1; c < scores.size(); c++) {
      if (scores.get(c).meanPrAuc() > scores.get(best).meanPrAuc()) {
        best = c;
      }
    }
    double[] raw = outOfFold.get(best);
    double[] after = crossFitted(raw, churned, fold, k, config.calibration());
    Calibration calibration = config.calibration().fit(raw, churned);
    double brierRaw = BinaryMetrics.brierScore(raw, churned);
    double brierAfter = BinaryMetrics.brierScore(after, churned);
    // A calibration is kept only when it makes the probabilities better out of fold.
    boolean calibrate = config.calibration() != Calibration.Method.NONE && brierAfter < brierRaw;
    double[] used = calibrate ? after : raw;
    double threshold = config.threshold().choose(used, churned);
    ConfusionMatrix atThreshold = ConfusionMatrix.at(used, churned, threshold);

    ChurnTrainer winner = candidates.get(best);
    FittedFeatures features = pipeline.fit(training);
    FeatureMatrix matrix = features.transformAll(training);
    ChurnModel fitted = winner.train(matrix);
    ChurnModel model = calibrate ? new CalibratedChurnModel(fitted, calibration) : fitted;
    progress.advanced(steps);
    progress.finished();

    ModelSelectionReport report =
        new ModelSelectionReport(
            scores,
            winner.name(),
            calibrationDecision(config.calibration(), calibration, calibrate, brierRaw, brierAfter),
            brierRaw,
            brierAfter,
            CalibrationCurve.of(raw, churned, config.calibrationBins()),
            CalibrationCurve.of(after, churned, config.calibrationBins()),
            config.threshold().describe(),
            threshold,
            atThreshold,
            config.leakage().warnings(matrix));
    long churnedCount = 0;
    for (boolean b : churned) {
      churnedCount += b ? 1 : 0;
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("trainer", winner.name());
    metadata.put("model", model.description());
    metadata.put("training.customers", Integer.toString(training.size()));
    metadata.put("training.churned", Long.toString(churnedCount));
    metadata.put("features", Integer.toString(features.schema().size()));
    metadata.put(TrainChurnModel.FINGERPRINT_KEY, DataFingerprint.of(matrix));
    metadata.put(THRESHOLD_KEY, String.format(Locale.ROOT, "%s", threshold));
    metadata.put(REPORT_KEY, report.toJson());
    return new ModelSelection(new ChurnModelBundle(features, model, metadata), report);
  }

  /** Checks that there is at least one candidate and that their names tell them apart. */
  private static void requireDistinctCandidates(List<ChurnTrainer> candidates) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("model selection needs at least one candidate trainer");
    }
    Set<String> names = new HashSet<>();
    for (ChurnTrainer t : candidates) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException(
            "two candidates are named '" + t.name() + "'; names must tell them apart");
      }
    }
  }

  /** Whether each training customer churned; every one must be labelled. */
  private static boolean[] labels(List<Customer> training) {
    boolean[] churned = new boolean[training.size()];
    for (int i = 0; i < churned.length; i++) {
      Customer c = training.get(i);
      if (!c.isLabelled()) {
        throw new IllegalArgumentException(
            "customer " + c.id() + " has no churn label and cannot be trained on");
      }
      churned[i] = c.churned();
    }
    return churned;
  }

  /**
   * The folds' feature matrices, each fold's pipeline fitted on the other folds only.
   *
   * @param train per fold, the other folds' customers, transformed
   * @param test per fold, its own customers, transformed
   * @param rows per fold, the positions of its customers in the training list
   */
  private record Folds(List<FeatureMatrix> train, List<FeatureMatrix> test, List<int[]> rows) {}

  /** Splits the training customers by fold and fits the pipeline once per fold. */
  private Folds folds(List<Customer> training, int[] fold, int k) {
    List<FeatureMatrix> foldTrain = new ArrayList<>(k);
    List<FeatureMatrix> foldTest = new ArrayList<>(k);
    List<int[]> foldRows = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      List<Customer> train = new ArrayList<>();
      List<Customer> test = new ArrayList<>();
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] == f) {
          test.add(training.get(i));
          rows.add(i);
        } else {
          train.add(training.get(i));
        }
      }
      FittedFeatures features = pipeline.fit(train);
      foldTrain.add(features.transformAll(train));
      foldTest.add(features.transformAll(test));
      foldRows.add(rows.stream().mapToInt(Integer::intValue).toArray());
    }
    return new Folds(foldTrain, foldTest, foldRows);
  }

  /**
   * Every candidate's fold scores and out-of-fold probabilities.
   *
   * @param scores per candidate, its scores on every fold
   * @param outOfFold per candidate, the probability of each training customer from the fold that
   *     held it out
   */
  private record CrossValidation(
      List<ModelSelectionReport.CandidateScores> scores, List<double[]> outOfFold) {}

  /** Trains every candidate on every fold's other folds and scores it on the fold. */
  private static CrossValidation crossValidate(
      List<ChurnTrainer> candidates, Folds folds, boolean[] churned, ProgressListener progress) {
    int k = folds.rows().size();
    long done = 0;
    List<ModelSelectionReport.CandidateScores> scores = new ArrayList<>();
    List<double[]> outOfFold = new ArrayList<>();
    for (ChurnTrainer trainer : candidates) {
      double[] oof = new double[churned.length];
      List<ModelSelectionReport.FoldScores> foldScores = new ArrayList<>(k);
      for (int f = 0; f < k; f++) {
        ChurnModel model = trainer.train(folds.train().get(f));
        double[] p = model.probabilities(folds.test().get(f));
        int[] rows = folds.rows().get(f);
        boolean[] y = new boolean[rows.length];
        for (int r = 0; r < rows.length; r++) {
          oof[rows[r]] = p[r];
          y[r] = churned[rows[r]];
        }
        foldScores.add(
            new ModelSelectionReport.FoldScores(
                f,
                BinaryMetrics.rocAuc(p, y),
                BinaryMetrics.averagePrecision(p, y),
                BinaryMetrics.logLoss(p, y),
                BinaryMetrics.brierScore(p, y)));
        progress.advanced(++done);
      }
      scores.add(new ModelSelectionReport.CandidateScores(trainer.name(), foldScores));
      outOfFold.add(oof);
    }
    return new CrossValidation(scores, outOfFold);
  }

  /** The calibration as the report states it: the one applied, or why none is. */
  private static String calibrationDecision(
      Calibration.Method method,
      Calibration fitted,
      boolean applied,
      double brierRaw,
      double brierAfter) {
    if (applied || method == Calibration.Method.NONE) {
      return fitted.describe();
    }
    return String.format(
        Locale.ROOT,
        "none: %s did not lower the out-of-fold Brier score (%.4f uncalibrated, %.4f calibrated),"
            + " so it is not applied",
        method.name().toLowerCase(Locale.ROOT),
        brierRaw,
        brierAfter);
  }

  /** Calibrates each fold's predictions with a calibration fitted on the other folds'. */
  private static double[] crossFitted(
      double[] raw, boolean[] churned, int[] fold, int k, Calibration.Method method) {
    double[] out = new double[raw.length];
    for (int f = 0; f < k; f++) {
      int rest = 0;
      for (int g : fold) {
        rest += g == f ? 0 : 1;
      }
      double[] x = new double[rest];
      boolean[] y = new boolean[rest];
      int n = 0;
      for (int i = 0; i < raw.length; i++) {
        if (fold[i] != f) {
          x[n] = raw[i];
          y[n++] = churned[i];
        }
      }
      Calibration c = method.fit(x, y);
      for (int i = 0; i < raw.length; i++) {
        if (fold[i] == f) {
          out[i] = c.apply(raw[i]);
        }
      }
    }
    return out;
  }
}
