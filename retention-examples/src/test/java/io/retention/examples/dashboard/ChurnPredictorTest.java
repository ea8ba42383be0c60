package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.application.ModelSelectionConfig;
import io.retention.core.application.SelectChurnModel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.training.CalibratedChurnModel;
import io.retention.core.training.Calibration;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoRandomForestTrainer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChurnPredictorTest {
  private static final List<Customer> CUSTOMERS = TestRuns.sharedCustomers();
  private static final RfmEntry RFM = new RfmEntry(3, 40, 9.99, 3, 3, 1, "Needs Attention");

  private static double sum(Prediction.Waterfall w) {
    return w.baseValue() + w.steps().stream().mapToDouble(Prediction.Step::contribution).sum();
  }

  @Test
  void aLogisticModelsProbabilityIsExplainedInLogOddsThatAddUp() {
    ChurnModelBundle bundle = TestRuns.sharedBundle();
    ChurnPredictor predictor =
        new ChurnPredictor(
            bundle, CUSTOMERS.subList(0, 100), RiskThresholds.DEFAULTS, TestRuns.EXPLAINERS);
    assertTrue(predictor.explains());
    for (Customer c : CUSTOMERS.subList(100, 120)) {
      Prediction p = predictor.predict(c, "Seg", RFM);
      double expected = bundle.score(c).probability();
      assertEquals(expected, p.probability(), 1e-12);
      assertEquals(RiskThresholds.DEFAULTS.bucketOf(expected).name(), p.risk());
      Prediction.Waterfall w = p.explanation();
      assertEquals("log-odds", w.space());
      assertFalse(w.calibrated());
      assertEquals(w.prediction(), sum(w), 1e-9);
      assertEquals(Math.log(expected / (1 - expected)), w.prediction(), 1e-9);
      assertEquals(ChurnPredictor.REASONS, p.reasons().size());
      assertTrue(p.reasons().get(0).endsWith("log-odds of churn"), p.reasons().get(0));
      // Steps are whole attributes: subscription_type appears once, not once per level.
      assertEquals(
          1, w.steps().stream().filter(s -> s.attribute().equals("subscription_type")).count());
    }
  }

  @Test
  void aCalibratedForestIsExplainedThroughItsRawProbabilities() {
    ChurnModelBundle raw =
        new SelectChurnModel(
                new TabularFeaturePipeline(
                    SyntheticCustomers.SCHEMA, TabularFeatureConfig.DEFAULTS))
            .select(
                CUSTOMERS,
                List.of(new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(10))),
                ModelSelectionConfig.DEFAULTS.withCalibration(Calibration.Method.NONE),
                ProgressListener.NONE)
            .bundle();
    ChurnModelBundle forest =
        new ChurnModelBundle(
            raw.features(),
            new CalibratedChurnModel(
                raw.model(),
                new Calibration.Isotonic(new double[] {0.1, 0.9}, new double[] {0.15, 0.8})),
            raw.metadata());
    ChurnPredictor predictor =
        new ChurnPredictor(
            forest, CUSTOMERS.subList(0, 50), RiskThresholds.DEFAULTS, TestRuns.EXPLAINERS);
    Prediction p = predictor.predict(CUSTOMERS.get(9), "Seg", RFM);
    assertEquals(forest.score(CUSTOMERS.get(9)).probability(), p.probability(), 1e-12);
    assertEquals("probability", p.explanation().space());
    assertTrue(p.explanation().calibrated());
    assertEquals(p.explanation().prediction(), sum(p.explanation()), 1e-9);
  }

  @Test
  void aModelNoExplainerKnowsStillScores() {
    ChurnModelBundle bundle = TestRuns.sharedBundle();
    FittedFeatures features = bundle.features();
    ChurnModel constant =
        new ChurnModel() {
          @Override
          public FeatureSchema schema() {
            return features.schema();
          }

          @Override
          public double probability(FeatureVector x) {
            return 0.8;
          }

          @Override
          public String description() {
            return "constant 0.8";
          }
        };
    ChurnPredictor predictor =
        new ChurnPredictor(
            new ChurnModelBundle(features, constant, Map.of()),
            CUSTOMERS.subList(0, 10),
            RiskThresholds.DEFAULTS,
            TestRuns.EXPLAINERS);
    assertFalse(predictor.explains());
    Prediction p = predictor.predict(CUSTOMERS.get(0), "Seg", RFM);
    assertEquals("HIGH", p.risk());
    assertEquals(Prediction.Waterfall.NOT_EXPLAINED, p.explanation().space());
    assertTrue(p.reasons().isEmpty());
    assertEquals("constant 0.8", predictor.modelDescription());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ChurnPredictor(
                new ChurnModelBundle(features, constant, Map.of()),
                List.of(),
                RiskThresholds.DEFAULTS,
                TestRuns.EXPLAINERS));
  }
}
