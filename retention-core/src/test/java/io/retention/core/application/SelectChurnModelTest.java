package io.retention.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.evaluation.CalibrationCurve;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.training.CalibratedChurnModel;
import io.retention.core.training.Calibration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class SelectChurnModelTest {
  private static final FeaturePipeline PIPELINE = training -> new ChurnFixtures.RiskFeatures();

  /** Churn drawn with probability risk², so risk ranks well but is not calibrated. */
  private static List<Customer> population(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Customer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double risk = r.nextDouble();
      out.add(ChurnFixtures.labelled("k" + i, risk, r.nextDouble() < risk * risk));
    }
    return out;
  }

  /** Trains nothing: returns a fixed model. */
  private record FixedTrainer(String name, ChurnModel model) implements ChurnTrainer {
    @Override
    public ChurnModel train(FeatureMatrix training, ProgressListener progress) {
      return model;
    }
  }

  /** A model that ignores the features: every customer gets the same probability. */
  private record ConstantModel(double p) implements ChurnModel {
    @Override
    public FeatureSchema schema() {
      return ChurnFixtures.RISK_SCHEMA;
    }

    @Override
    public double probability(FeatureVector features) {
      return p;
    }

    @Override
    public String description() {
      return "constant " + p;
    }
  }

  private static final ChurnTrainer RISK = new FixedTrainer("risk", new ChurnFixtures.RiskModel());
  private static final ChurnTrainer FLAT = new FixedTrainer("flat", new ConstantModel(0.3));

  @Test
  void theCandidateWithTheBestMeanPrAucIsChosenAndRefitted() {
    ModelSelection s =
        new SelectChurnModel(PIPELINE)
            .select(
                population(400, 1),
                List.of(FLAT, RISK),
                ModelSelectionConfig.DEFAULTS,
                ProgressListener.NONE);
    assertEquals("risk", s.report().chosen());
    assertEquals(2, s.report().candidates().size());
    assertEquals(5, s.report().candidates().get(0).folds().size());
    assertTrue(
        s.report().candidates().get(1).meanPrAuc() > s.report().candidates().get(0).meanPrAuc());
    assertEquals(0.5, s.report().candidates().get(0).meanRocAuc(), 1e-12);
    assertTrue(s.bundle().model() instanceof CalibratedChurnModel);
    assertEquals("risk", s.bundle().metadata().get("trainer"));
    assertEquals(s.report().toJson(), s.bundle().metadata().get(SelectChurnModel.REPORT_KEY));
  }

  @Test
  void calibrationImprovesTheCrossFittedBrierScoreOfMiscalibratedScores() {
    for (Calibration.Method m : List.of(Calibration.Method.PLATT, Calibration.Method.ISOTONIC)) {
      ModelSelectionReport r =
          new SelectChurnModel(PIPELINE)
              .select(
                  population(2000, 2),
                  List.of(RISK),
                  ModelSelectionConfig.DEFAULTS.withCalibration(m),
                  ProgressListener.NONE)
              .report();
      assertTrue(
          r.brierAfter() < r.brierBefore(), m + ": " + r.brierBefore() + " -> " + r.brierAfter());
      assertTrue(
          r.reliabilityAfter().expectedCalibrationError()
              < r.reliabilityBefore().expectedCalibrationError());
    }
  }

  @Test
  void aCalibrationThatDoesNotLowerTheOutOfFoldBrierScoreIsNotAppliedAndSaysSo() {
    // Churn drawn with probability equal to the risk: the raw scores are calibrated already.
    SplittableRandom r = new SplittableRandom(4);
    List<Customer> calibrated = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double risk = r.nextDouble();
      calibrated.add(ChurnFixtures.labelled("k" + i, risk, r.nextDouble() < risk));
    }
    ModelSelection s =
        new SelectChurnModel(PIPELINE)
            .select(
                calibrated,
                List.of(RISK),
                ModelSelectionConfig.DEFAULTS.withCalibration(Calibration.Method.ISOTONIC),
                ProgressListener.NONE);
    ModelSelectionReport report = s.report();
    assertTrue(
        report.brierAfter() >= report.brierBefore(),
        report.brierBefore() + " -> " + report.brierAfter());
    assertTrue(s.bundle().model() instanceof ChurnFixtures.RiskModel, "the raw model is kept");
    assertTrue(
        report.calibration().startsWith("none: isotonic did not lower the out-of-fold Brier score"),
        report.calibration());
  }

  @Test
  void withoutCalibrationTheRefittedModelIsTheTrainersOwn() {
    ModelSelection s =
        new SelectChurnModel(PIPELINE)
            .select(
                population(200, 3),
                List.of(RISK),
                ModelSelectionConfig.DEFAULTS.withCalibration(Calibration.Method.NONE),
                ProgressListener.NONE);
    assertTrue(s.bundle().model() instanceof ChurnFixtures.RiskModel);
    assertEquals(s.report().brierBefore(), s.report().brierAfter(), 0.0);
    assertEquals("none", s.report().calibration());
  }

  @Test
  void aFeatureThatSeparatesTheClassesPerfectlyIsReportedAsSuspectedLeakage() {
    ModelSelectionReport r =
        new SelectChurnModel(PIPELINE)
            .select(
                ChurnFixtures.population(20, 0.9, 30, 0.1),
                List.of(RISK),
                ModelSelectionConfig.DEFAULTS,
                ProgressListener.NONE)
            .report();
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).contains("'risk'"), r.warnings().get(0));
    assertTrue(r.toTable().contains("warning: feature 'risk'"));
  }

  @Test
  void aRealisticFeatureRaisesNoLeakageWarning() {
    ModelSelectionReport r =
        new SelectChurnModel(PIPELINE)
            .select(
                population(400, 1),
                List.of(RISK),
                ModelSelectionConfig.DEFAULTS,
                ProgressListener.NONE)
            .report();
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void theReportIsWellFormedJsonAndATable() {
    ModelSelectionReport r =
        new SelectChurnModel(PIPELINE)
            .select(
                population(300, 4),
                List.of(FLAT, RISK),
                ModelSelectionConfig.DEFAULTS,
                ProgressListener.NONE)
            .report();
    String json = r.toJson();
    assertTrue(json.startsWith("{\"candidates\":[{\"name\":\"flat\""), json);
    assertTrue(json.contains("\"chosen\":\"risk\""));
    assertTrue(json.contains("\"folds\":[{\"fold\":0,"));
    assertTrue(json.contains("\"reliabilityAfter\":[{\"bin\":"));
    assertTrue(json.endsWith("\"warnings\":[]}"));
    assertEquals(count(json, '{'), count(json, '}'));
    assertEquals(count(json, '['), count(json, ']'));
    String table = r.toTable();
    assertTrue(table.contains("risk"));
    assertTrue(table.contains("<- chosen"));
    assertTrue(table.contains("threshold (maximum F1)"));
  }

  @Test
  void progressCountsEveryCandidateFoldAndTheRefit() {
    ProgressListener progress = mock(ProgressListener.class);
    new SelectChurnModel(PIPELINE)
        .select(
            population(100, 5),
            List.of(FLAT, RISK),
            ModelSelectionConfig.DEFAULTS.withFolds(3),
            progress);
    InOrder order = inOrder(progress);
    order.verify(progress).started(anyString(), org.mockito.ArgumentMatchers.eq(7L));
    order.verify(progress).advanced(7L);
    order.verify(progress).finished();
  }

  @Test
  void aTrainingSetOfOneClassSaysOnlyOneClass() {
    SelectChurnModel select = new SelectChurnModel(PIPELINE);
    for (boolean churned : new boolean[] {false, true}) {
      List<Customer> same = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        same.add(ChurnFixtures.labelled("s" + i, i / 50.0, churned));
      }
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  select.select(
                      same, List.of(RISK), ModelSelectionConfig.DEFAULTS, ProgressListener.NONE));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "only one class: all 50 labelled customers " + (churned ? "churned" : "stayed")),
          e.getMessage());
    }
  }

  @Test
  void rejectsNoCandidatesDuplicateNamesAndUnlabelledCustomers() {
    SelectChurnModel select = new SelectChurnModel(PIPELINE);
    List<Customer> people = population(100, 6);
    ModelSelectionConfig c = ModelSelectionConfig.DEFAULTS;
    assertThrows(
        IllegalArgumentException.class,
        () -> select.select(people, List.of(), c, ProgressListener.NONE));
    assertThrows(
        IllegalArgumentException.class,
        () -> select.select(people, List.of(RISK, RISK), c, ProgressListener.NONE));
    List<Customer> withUnlabelled = new ArrayList<>(people);
    withUnlabelled.add(ChurnFixtures.unlabelled("u", 0.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> select.select(withUnlabelled, List.of(RISK), c, ProgressListener.NONE));
    assertThrows(IllegalArgumentException.class, () -> c.withFolds(1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ModelSelectionConfig(5, 1, Calibration.Method.NONE, c.threshold(), 0, c.leakage()));
  }

  @Test
  void theReportRejectsAChoiceThatIsNotACandidate() {
    ModelSelectionReport.CandidateScores one =
        new ModelSelectionReport.CandidateScores(
            "a", List.of(new ModelSelectionReport.FoldScores(0, 0.5, 0.5, 0.7, 0.25)));
    CalibrationCurve curve = CalibrationCurve.of(new double[] {0.5}, new boolean[] {true}, 10);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ModelSelectionReport(
                List.of(one),
                "b",
                "none",
                0.2,
                0.2,
                curve,
                curve,
                "fixed 0.5",
                0.5,
                new io.retention.core.evaluation.ConfusionMatrix(1, 0, 0, 0),
                List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ModelSelectionReport.CandidateScores("a", List.of()));
  }

  @Test
  void jsonEscapesQuotesBackslashesAndControlCharactersAndWritesNullForNaN() {
    assertEquals("\"a\\\"b\\\\c\\n\\t\\r\\u0001\"", Json.string("a\"b\\c\n\t\r\u0001"));
    assertEquals("null", Json.number(Double.NaN));
    assertEquals("0.25", Json.number(0.25));
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
