package io.retention.core.application;

import io.retention.core.evaluation.CalibrationCurve;
import io.retention.core.evaluation.ConfusionMatrix;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What cross-validated model selection measured: every candidate's scores on every fold, the
 * choice, the calibration before and after, the decision threshold and any warnings.
 *
 * <p>All figures are out-of-fold: each row was scored by a model (and, for the calibrated figures,
 * a calibration) fitted without it.
 *
 * @param candidates every candidate's fold scores, in the order they were given
 * @param chosen the name of the candidate with the highest mean PR-AUC
 * @param calibration the calibration fitted to the chosen candidate
 * @param brierBefore the Brier score of the chosen candidate's raw out-of-fold probabilities
 * @param brierAfter the Brier score after calibration (cross-fitted, so still out-of-fold)
 * @param reliabilityBefore the reliability curve of the raw probabilities
 * @param reliabilityAfter the reliability curve of the calibrated probabilities
 * @param thresholdPolicy how the threshold was chosen
 * @param threshold the threshold on calibrated probabilities
 * @param atThreshold the out-of-fold confusion matrix of the calibrated probabilities at it
 * @param warnings suspected leakage and other notes for people, possibly empty
 */
public record ModelSelectionReport(
    List<CandidateScores> candidates,
    String chosen,
    String calibration,
    double brierBefore,
    double brierAfter,
    CalibrationCurve reliabilityBefore,
    CalibrationCurve reliabilityAfter,
    String thresholdPolicy,
    double threshold,
    ConfusionMatrix atThreshold,
    List<String> warnings) {

  /** The metric that chooses the model: the highest mean over the folds wins. */
  public static final String SELECTION_METRIC = "PR-AUC";

  /**
   * One candidate's out-of-fold scores.
   *
   * @param name the trainer's name
   * @param folds the scores on each fold, in fold order
   */
  public record CandidateScores(String name, List<FoldScores> folds) {
    /** Copies the folds. */
    public CandidateScores {
      Objects.requireNonNull(name, "name");
      folds = List.copyOf(folds);
      if (folds.isEmpty()) {
        throw new IllegalArgumentException("a candidate needs at least one fold");
      }
    }

    /**
     * The mean PR-AUC over the folds, the selection criterion.
     *
     * @return the mean average precision
     */
    public double meanPrAuc() {
      return folds.stream().mapToDouble(FoldScores::prAuc).average().orElseThrow();
    }

    /**
     * The mean ROC-AUC over the folds.
     *
     * @return the mean ROC-AUC
     */
    public double meanRocAuc() {
      return folds.stream().mapToDouble(FoldScores::rocAuc).average().orElseThrow();
    }
  }

  /**
   * Scores of one model on one held-out fold.
   *
   * @param fold the fold index
   * @param rocAuc ROC-AUC
   * @param prAuc average precision
   * @param logLoss log loss
   * @param brier Brier score
   */
  public record FoldScores(int fold, double rocAuc, double prAuc, double logLoss, double brier) {}

  /** Copies the lists and checks the fields. */
  public ModelSelectionReport {
    candidates = List.copyOf(candidates);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(reliabilityBefore, "reliabilityBefore");
    Objects.requireNonNull(reliabilityAfter, "reliabilityAfter");
    Objects.requireNonNull(thresholdPolicy, "thresholdPolicy");
    Objects.requireNonNull(atThreshold, "atThreshold");
    if (candidates.stream().noneMatch(c -> c.name().equals(chosen))) {
      throw new IllegalArgumentException("the chosen model '" + chosen + "' is not a candidate");
    }
  }

  /**
   * The report as a JSON object.
   *
   * @return JSON text
   */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{\"candidates\":[");
    for (int c = 0; c < candidates.size(); c++) {
      CandidateScores cs = candidates.get(c);
      sb.append(c == 0 ? "" : ",").append("{\"name\":").append(Json.string(cs.name()));
      sb.append(",\"meanRocAuc\":").append(Json.number(cs.meanRocAuc()));
      sb.append(",\"meanPrAuc\":").append(Json.number(cs.meanPrAuc())).append(",\"folds\":[");
      for (int f = 0; f < cs.folds().size(); f++) {
        FoldScores s = cs.folds().get(f);
        sb.append(f == 0 ? "" : ",")
            .append("{\"fold\":")
            .append(s.fold())
            .append(",\"rocAuc\":")
            .append(Json.number(s.rocAuc()))
            .append(",\"prAuc\":")
            .append(Json.number(s.prAuc()))
            .append(",\"logLoss\":")
            .append(Json.number(s.logLoss()))
            .append(",\"brier\":")
            .append(Json.number(s.brier()))
            .append('}');
      }
      sb.append("]}");
    }
    sb.append("],\"chosen\":").append(Json.string(chosen));
    sb.append(",\"calibration\":").append(Json.string(calibration));
    sb.append(",\"brierBefore\":").append(Json.number(brierBefore));
    sb.append(",\"brierAfter\":").append(Json.number(brierAfter));
    sb.append(",\"reliabilityBefore\":").append(curve(reliabilityBefore));
    sb.append(",\"reliabilityAfter\":").append(curve(reliabilityAfter));
    sb.append(",\"thresholdPolicy\":").append(Json.string(thresholdPolicy));
    sb.append(",\"threshold\":").append(Json.number(threshold));
    sb.append(",\"atThreshold\":{\"tp\":")
        .append(atThreshold.truePositives())
        .append(",\"fp\":")
        .append(atThreshold.falsePositives())
        .append(",\"tn\":")
        .append(atThreshold.trueNegatives())
        .append(",\"fn\":")
        .append(atThreshold.falseNegatives())
        .append(",\"precision\":")
        .append(Json.number(atThreshold.precision()))
        .append(",\"recall\":")
        .append(Json.number(atThreshold.recall()))
        .append(",\"f1\":")
        .append(Json.number(atThreshold.f1()))
        .append(",\"accuracy\":")
        .append(Json.number(atThreshold.accuracy()))
        .append('}');
    sb.append(",\"warnings\":[");
    for (int w = 0; w < warnings.size(); w++) {
      sb.append(w == 0 ? "" : ",").append(Json.string(warnings.get(w)));
    }
    return sb.append("]}").toString();
  }

  private static String curve(CalibrationCurve curve) {
    StringBuilder sb = new StringBuilder("[");
    for (int b = 0; b < curve.bins().size(); b++) {
      CalibrationCurve.Bin bin = curve.bins().get(b);
      sb.append(b == 0 ? "" : ",")
          .append("{\"bin\":")
          .append(bin.index())
          .append(",\"meanPredicted\":")
          .append(Json.number(bin.meanPredicted()))
          .append(",\"observedRate\":")
          .append(Json.number(bin.observedRate()))
          .append(",\"count\":")
          .append(bin.count())
          .append('}');
    }
    return sb.append(']').toString();
  }

  /**
   * The report as a plain-text table for people: one line per candidate with its fold PR-AUCs and
   * means, then the choice, calibration and threshold.
   *
   * @return the table
   */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-36s %8s %8s  %s%n",
            "candidate",
            "ROC-AUC",
            "PR-AUC",
            "PR-AUC by fold"));
    for (CandidateScores c : candidates) {
      StringBuilder folds = new StringBuilder();
      for (FoldScores f : c.folds()) {
        folds.append(String.format(Locale.ROOT, " %.4f", f.prAuc()));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "%-36s %8.4f %8.4f %s%s%n",
              c.name(),
              c.meanRocAuc(),
              c.meanPrAuc(),
              folds,
              c.name().equals(chosen) ? "  <- chosen" : ""));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "calibration: %s; Brier %.4f -> %.4f; ECE %.4f -> %.4f%n",
            calibration,
            brierBefore,
            brierAfter,
            reliabilityBefore.expectedCalibrationError(),
            reliabilityAfter.expectedCalibrationError()));
    sb.append(
        String.format(
            Locale.ROOT,
            "threshold (%s): %.4f; precision %.4f, recall %.4f, F1 %.4f%n",
            thresholdPolicy,
            threshold,
            atThreshold.precision(),
            atThreshold.recall(),
            atThreshold.f1()));
    for (String w : warnings) {
      sb.append("warning: ").append(w).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
