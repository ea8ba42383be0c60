package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

import io.retention.core.contract.ChurnTrainerContract;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.TestCustomers;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class TribuoLogisticRegressionTrainerTest extends ChurnTrainerContract {

  @Override
  protected ChurnTrainer createTrainer() {
    return new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS);
  }

  @Test
  void constantColumnsAreLeftOutInsteadOfBreakingStandardisation() {
    FeatureMatrix base = TestCustomers.separableRows(300, 5);
    FeatureSchema schema = FeatureSchema.of("x0", "x1", "noise", "always_one");
    double[][] rows = new double[base.size()][];
    for (int i = 0; i < rows.length; i++) {
      double[] r = base.row(i).toArray();
      rows[i] = new double[] {r[0], r[1], r[2], 1.0};
    }
    FeatureMatrix withConstant = new FeatureMatrix(schema, base.ids(), rows, base.labels());
    ChurnModel model = createTrainer().train(withConstant);
    double p = model.probability(withConstant.row(0));
    assertTrue(p >= 0.0 && p <= 1.0);
    assertTrue(model.description().contains("on 3 standardised features"), model.description());
  }

  @Test
  void allConstantColumnsAreAnError() {
    List<CustomerId> ids = List.of(CustomerId.of("a"), CustomerId.of("b"));
    FeatureMatrix flat =
        new FeatureMatrix(
            FeatureSchema.of("k"),
            ids,
            new double[][] {{1.0}, {1.0}},
            List.of(ChurnLabel.CHURNED, ChurnLabel.RETAINED));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> createTrainer().train(flat));
    assertTrue(e.getMessage().contains("constant"), e.getMessage());
  }

  @Test
  void anotherSeedGivesAnotherModel() {
    FeatureMatrix training = TestCustomers.separableRows(300, 5);
    double a =
        new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS)
            .train(training)
            .probability(training.row(0));
    double b =
        new TribuoLogisticRegressionTrainer(LogisticRegressionConfig.DEFAULTS.withSeed(7))
            .train(training)
            .probability(training.row(0));
    assertNotEquals(a, b);
  }

  @Test
  void progressIsReportedFromStartToFinish() {
    ProgressListener progress = mock(ProgressListener.class);
    createTrainer().train(TestCustomers.separableRows(100, 5), progress);
    InOrder order = inOrder(progress);
    order.verify(progress).started(anyString(), anyLong());
    order.verify(progress).advanced(1);
    order.verify(progress).finished();
  }

  @Test
  void tribuoInfoLoggingIsQuiet() {
    createTrainer();
    assertEquals(Level.WARNING, Logger.getLogger("org.tribuo").getLevel());
  }

  @Test
  void aClassImbalanceStillGivesProbabilitiesThatTrackTheBaseRate() {
    FeatureMatrix base = TestCustomers.separableRows(400, 9);
    List<ChurnLabel> labels = new ArrayList<>();
    int churned = 0;
    for (int i = 0; i < base.size(); i++) {
      boolean c = base.labels().get(i) == ChurnLabel.CHURNED && i % 4 == 0;
      churned += c ? 1 : 0;
      labels.add(ChurnLabel.of(c));
    }
    double[][] rows = new double[base.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = base.row(i).toArray();
    }
    FeatureMatrix rare = new FeatureMatrix(base.schema(), base.ids(), rows, labels);
    double[] p = createTrainer().train(rare).probabilities(rare);
    double mean = java.util.Arrays.stream(p).average().orElseThrow();
    double rate = (double) churned / base.size();
    assertEquals(rate, mean, 0.1, "mean probability vs churn rate " + rate);
  }

  @Test
  void balancedWeightsLiftTheMeanProbabilityOfARareClassTowardsOneHalf() {
    FeatureMatrix base = TestCustomers.separableRows(400, 9);
    List<ChurnLabel> labels = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      labels.add(ChurnLabel.of(base.labels().get(i) == ChurnLabel.CHURNED && i % 4 == 0));
    }
    double[][] rows = new double[base.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = base.row(i).toArray();
    }
    FeatureMatrix rare = new FeatureMatrix(base.schema(), base.ids(), rows, labels);
    double plain =
        java.util.Arrays.stream(createTrainer().train(rare).probabilities(rare))
            .average()
            .orElseThrow();
    ChurnTrainer balanced =
        new TribuoLogisticRegressionTrainer(
            LogisticRegressionConfig.DEFAULTS, ClassWeights.BALANCED);
    double weighted =
        java.util.Arrays.stream(balanced.train(rare).probabilities(rare)).average().orElseThrow();
    assertTrue(weighted > plain + 0.1, plain + " vs " + weighted);
    assertEquals("logistic-regression-balanced", balanced.name());
  }

  @Test
  void configurationRejectsNonsense() {
    assertThrows(
        IllegalArgumentException.class, () -> new LogisticRegressionConfig(0, 1.0, 0.1, 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new LogisticRegressionConfig(1, -1.0, 0.1, 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LogisticRegressionConfig(1, 1.0, Double.NaN, 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new LogisticRegressionConfig(1, 1.0, 0.1, 0, 1));
  }
}
