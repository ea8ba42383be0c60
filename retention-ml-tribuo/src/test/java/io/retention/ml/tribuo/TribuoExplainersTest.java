package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.contract.ChurnExplainerContract;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.InterventionalTreeShapExplainer;
import io.retention.core.explain.LinearShapExplainer;
import io.retention.core.explain.TreeShapExplainer;
import io.retention.core.port.out.ChurnExplainer;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.testing.TestCustomers;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TribuoExplainersTest {
  private static final double EXACT = 1e-12;
  private static final int EXPLAINED = 40;

  /** Separable rows plus a 0/1 column, a sparse skewed column and a constant column. */
  private static final FeatureMatrix TRAINING =
      withExtraColumns(TestCustomers.separableRows(400, 3));

  private static final FeatureMatrix HOLD_OUT =
      withExtraColumns(TestCustomers.separableRows(60, 4));

  private static final ChurnModel LOGISTIC =
      new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS).train(TRAINING);

  private static final ChurnModel FOREST =
      new TribuoRandomForestTrainer(RandomForestConfig.DEFAULTS.withTrees(15)).train(TRAINING);

  private static final ChurnModel BALANCED_FOREST =
      new TribuoRandomForestTrainer(
              RandomForestConfig.DEFAULTS.withTrees(10), ClassWeights.BALANCED)
          .train(TRAINING);

  private static FeatureMatrix withExtraColumns(FeatureMatrix base) {
    FeatureSchema schema = FeatureSchema.of("x0", "x1", "noise", "flag", "spend", "always_two");
    SplittableRandom random = new SplittableRandom(base.size());
    double[][] rows = new double[base.size()][];
    for (int i = 0; i < rows.length; i++) {
      double[] r = base.row(i).toArray();
      double flag = r[0] > 0.3 ? 1.0 : 0.0;
      double spend = random.nextDouble() < 0.6 ? 0.0 : 100.0 * random.nextDouble();
      rows[i] = new double[] {r[0], r[1], r[2], flag, spend, 2.0};
    }
    return new FeatureMatrix(schema, base.ids(), rows, base.labels());
  }

  /** The first 100 training rows: the interventional explainers' background. */
  private static final FeatureMatrix BACKGROUND = firstRows(TRAINING, 100);

  private static FeatureMatrix firstRows(FeatureMatrix m, int n) {
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = m.row(i).toArray();
    }
    return new FeatureMatrix(m.schema(), m.ids().subList(0, n), rows, m.labels().subList(0, n));
  }

  private static ChurnModel withoutCovers(ChurnModel model) {
    TribuoChurnModel forest = (TribuoChurnModel) model;
    ChurnModel stripped =
        new TribuoChurnModel(
            forest.schema(),
            forest.columns(),
            forest.names(),
            forest.model(),
            forest.description());
    TribuoChurnModelCodec codec = new TribuoChurnModelCodec();
    return codec.decode(codec.encode(stripped));
  }

  private static List<FeatureVector> holdOutRows() {
    List<FeatureVector> rows = new ArrayList<>();
    for (int i = 0; i < EXPLAINED; i++) {
      rows.add(HOLD_OUT.row(i));
    }
    return rows;
  }

  private static double logOdds(double p) {
    return Math.log(p / (1.0 - p));
  }

  @Nested
  class LogisticRegressionExplainer extends ChurnExplainerContract {
    @Override
    protected ChurnExplainer createExplainer() {
      return TribuoExplainers.forModel(LOGISTIC, TRAINING);
    }

    @Override
    protected List<FeatureVector> rows() {
      return holdOutRows();
    }

    @Override
    protected double prediction(FeatureVector row) {
      return logOdds(LOGISTIC.probability(row));
    }

    @Test
    void predictsTheLogOddsOfTheModelsOwnProbability() {
      BatchChurnExplainer explainer = TribuoExplainers.forModel(LOGISTIC, TRAINING);
      assertEquals(ExplanationSpace.LOG_ODDS, explainer.space());
      for (FeatureVector row : rows()) {
        Explanation e = explainer.explain(row);
        assertEquals(logOdds(LOGISTIC.probability(row)), e.prediction(), 1e-9);
        assertTrue(e.residual() <= 1e-9, "residual " + e.residual());
      }
    }

    @Test
    void givesTheConstantColumnLeftOutOfTheModelNoWeight() {
      LinearShapExplainer explainer =
          (LinearShapExplainer) TribuoExplainers.forModel(LOGISTIC, TRAINING);
      assertEquals(0.0, explainer.weights()[5]);
      assertTrue(explainer.weights()[0] > 0.0, "churn rises with x0");
      assertTrue(explainer.weights()[1] < 0.0, "churn falls with x1");
    }

    @Test
    void baseValueIsTheLogOddsAtTheBackgroundMeans() {
      LinearShapExplainer explainer =
          (LinearShapExplainer) TribuoExplainers.forModel(LOGISTIC, TRAINING);
      double[] means = new double[TRAINING.schema().size()];
      for (int j = 0; j < means.length; j++) {
        for (double v : TRAINING.column(j)) {
          means[j] += v / TRAINING.size();
        }
      }
      FeatureVector atMeans = FeatureVector.of(TRAINING.schema(), means);
      Explanation e = explainer.explain(atMeans);
      assertEquals(logOdds(LOGISTIC.probability(atMeans)), e.baseValue(), 1e-9);
    }
  }

  @Nested
  class RandomForestExplainer extends ChurnExplainerContract {
    @Override
    protected ChurnExplainer createExplainer() {
      return TribuoExplainers.forModel(FOREST, TRAINING);
    }

    @Override
    protected List<FeatureVector> rows() {
      return holdOutRows();
    }

    @Override
    protected double prediction(FeatureVector row) {
      return FOREST.probability(row);
    }

    @Test
    void predictsExactlyWhatTheForestReturns() {
      for (ChurnModel model : List.of(FOREST, BALANCED_FOREST)) {
        TreeShapExplainer explainer =
            (TreeShapExplainer) TribuoExplainers.forModel(model, TRAINING);
        assertEquals(ExplanationSpace.PROBABILITY, explainer.space());
        for (int i = 0; i < HOLD_OUT.size(); i++) {
          FeatureVector row = HOLD_OUT.row(i);
          Explanation e = explainer.explain(row);
          assertEquals(model.probability(row), e.prediction(), EXACT);
          assertTrue(e.residual() <= 1e-9, "residual " + e.residual());
        }
      }
    }

    @Test
    void coversAreTheTrainingRowsEachTreeSaw() {
      TreeShapExplainer plain = (TreeShapExplainer) TribuoExplainers.forModel(FOREST, TRAINING);
      plain.forest().trees().forEach(t -> assertEquals(TRAINING.size(), t.root().cover(), EXACT));
      TreeShapExplainer weighted =
          (TreeShapExplainer) TribuoExplainers.forModel(BALANCED_FOREST, TRAINING);
      weighted
          .forest()
          .trees()
          .forEach(t -> assertTrue(Math.abs(t.root().cover() - TRAINING.size()) > EXACT));
    }

    @Test
    void theConstantColumnNeverContributes() {
      ChurnExplainer explainer = TribuoExplainers.forModel(FOREST, TRAINING);
      for (FeatureVector row : rows()) {
        assertEquals(0.0, explainer.explain(row).contributions().get(5).contribution());
      }
    }

    @Test
    void aDecodedForestExplainsExactlyLikeTheTrainedOne() {
      TribuoChurnModelCodec codec = new TribuoChurnModelCodec();
      for (ChurnModel model : List.of(FOREST, BALANCED_FOREST)) {
        ChurnModel decoded = codec.decode(codec.encode(model));
        assertTrue(TribuoExplainers.canExplain(decoded));
        ChurnExplainer trained = TribuoExplainers.forModel(model, TRAINING);
        ChurnExplainer loaded = TribuoExplainers.forModel(decoded, TRAINING);
        for (FeatureVector row : rows()) {
          assertEquals(trained.explain(row), loaded.explain(row));
        }
      }
    }

    @Test
    void aForestStoredWithoutCoversCannotBeExplainedAndTheErrorNamesTheWaysOut() {
      ChurnModel decoded = withoutCovers(FOREST);
      assertFalse(TribuoExplainers.canExplain(decoded));
      RetentionException e =
          assertThrows(
              RetentionException.class, () -> TribuoExplainers.forModel(decoded, TRAINING));
      assertTrue(e.getMessage().contains("retrain"), e.getMessage());
      assertTrue(e.getMessage().contains("forModelInterventional"), e.getMessage());
      assertEquals(FOREST.probability(HOLD_OUT.row(0)), decoded.probability(HOLD_OUT.row(0)));
    }
  }

  @Nested
  class InterventionalForestExplainer extends ChurnExplainerContract {
    @Override
    protected ChurnExplainer createExplainer() {
      return TribuoExplainers.forModelInterventional(FOREST, BACKGROUND);
    }

    @Override
    protected List<FeatureVector> rows() {
      return holdOutRows();
    }

    @Override
    protected double prediction(FeatureVector row) {
      return FOREST.probability(row);
    }

    @Test
    void predictsExactlyWhatTheForestReturnsFromTheMeanBackgroundProbability() {
      for (ChurnModel model : List.of(FOREST, BALANCED_FOREST)) {
        BatchChurnExplainer explainer = TribuoExplainers.forModelInterventional(model, BACKGROUND);
        assertTrue(explainer instanceof InterventionalTreeShapExplainer);
        assertEquals(ExplanationSpace.PROBABILITY, explainer.space());
        double base = 0.0;
        for (int i = 0; i < BACKGROUND.size(); i++) {
          base += model.probability(BACKGROUND.row(i)) / BACKGROUND.size();
        }
        for (FeatureVector row : rows()) {
          Explanation e = explainer.explain(row);
          assertEquals(model.probability(row), e.prediction(), EXACT);
          assertEquals(base, e.baseValue(), 1e-12);
          assertTrue(e.residual() <= 1e-9, "residual " + e.residual());
        }
      }
    }

    @Test
    void explainsAForestStoredWithoutCoversExactlyLikeTheTrainedOne() {
      ChurnModel decoded = withoutCovers(FOREST);
      ChurnExplainer trained = TribuoExplainers.forModelInterventional(FOREST, BACKGROUND);
      ChurnExplainer loaded = TribuoExplainers.forModelInterventional(decoded, BACKGROUND);
      for (FeatureVector row : rows()) {
        assertEquals(trained.explain(row), loaded.explain(row));
      }
    }

    @Test
    void aFeatureEqualToItsValueInEveryBackgroundRowGetsNothing() {
      ChurnExplainer explainer = TribuoExplainers.forModelInterventional(FOREST, BACKGROUND);
      for (FeatureVector row : rows()) {
        assertEquals(0.0, explainer.explain(row).contributions().get(5).contribution());
      }
    }

    @Test
    void rejectsABackgroundLargerThanTheBound() {
      FeatureMatrix tooLarge =
          withExtraColumns(
              TestCustomers.separableRows(InterventionalTreeShapExplainer.MAX_BACKGROUND + 1, 5));
      assertThrows(
          IllegalArgumentException.class,
          () -> TribuoExplainers.forModelInterventional(FOREST, tooLarge));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              TribuoExplainers.forModelInterventional(FOREST, TestCustomers.separableRows(10, 1)));
    }

    @Test
    void aLogisticRegressionGetsItsLinearShapWhichIsAlreadyInterventional() {
      BatchChurnExplainer explainer = TribuoExplainers.forModelInterventional(LOGISTIC, BACKGROUND);
      assertTrue(explainer instanceof LinearShapExplainer);
      FeatureVector row = HOLD_OUT.row(0);
      assertEquals(
          TribuoExplainers.forModel(LOGISTIC, BACKGROUND).explain(row), explainer.explain(row));
    }
  }

  @Test
  void recognisesTheModelsOfThisModuleOnly() {
    assertTrue(TribuoExplainers.canExplain(LOGISTIC));
    assertTrue(TribuoExplainers.canExplain(FOREST));
    ChurnModel foreign = org.mockito.Mockito.mock(ChurnModel.class);
    assertFalse(TribuoExplainers.canExplain(foreign));
    assertThrows(
        IllegalArgumentException.class, () -> TribuoExplainers.forModel(foreign, TRAINING));
  }

  @Test
  void aDecodedLogisticRegressionExplainsLikeTheTrainedOne() {
    TribuoChurnModelCodec codec = new TribuoChurnModelCodec();
    ChurnModel decoded = codec.decode(codec.encode(LOGISTIC));
    assertTrue(TribuoExplainers.canExplain(decoded));
    FeatureVector row = HOLD_OUT.row(0);
    assertEquals(
        TribuoExplainers.forModel(LOGISTIC, TRAINING).explain(row),
        TribuoExplainers.forModel(decoded, TRAINING).explain(row));
  }

  @Test
  void rejectsABackgroundWithAnotherSchema() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TribuoExplainers.forModel(LOGISTIC, TestCustomers.separableRows(10, 1)));
  }
}
