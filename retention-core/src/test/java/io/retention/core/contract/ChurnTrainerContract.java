package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.testing.TestCustomers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link ChurnTrainer} and the {@link ChurnModel}s it trains promise. */
public abstract class ChurnTrainerContract {

  /**
   * The trainer under test, with a fixed seed.
   *
   * @return a trainer
   */
  protected abstract ChurnTrainer createTrainer();

  private static final FeatureMatrix TRAINING = TestCustomers.separableRows(600, 11);
  private static final FeatureMatrix TEST = TestCustomers.separableRows(400, 12);

  private static boolean[] churned(FeatureMatrix m) {
    boolean[] out = new boolean[m.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.labels().get(i) == ChurnLabel.CHURNED;
    }
    return out;
  }

  @Test
  void theModelExpectsTheTrainingSchema() {
    assertEquals(TRAINING.schema(), createTrainer().train(TRAINING).schema());
  }

  @Test
  void probabilitiesLieInTheUnitInterval() {
    ChurnModel model = createTrainer().train(TRAINING);
    for (double p : model.probabilities(TEST)) {
      assertTrue(p >= 0.0 && p <= 1.0, () -> "probability " + p);
    }
  }

  @Test
  void aClearSignalIsLearnedWellOnUnseenRows() {
    ChurnModel model = createTrainer().train(TRAINING);
    double auc = BinaryMetrics.rocAuc(model.probabilities(TEST), churned(TEST));
    assertTrue(auc > 0.85, () -> "hold-out ROC-AUC " + auc);
  }

  @Test
  void theSameDataAndSeedGiveIdenticalProbabilities() {
    double[] first = createTrainer().train(TRAINING).probabilities(TEST);
    double[] second = createTrainer().train(TRAINING).probabilities(TEST);
    assertArrayEquals(first, second, 0.0);
  }

  @Test
  void batchScoringMatchesScoringOneAtATime() {
    ChurnModel model = createTrainer().train(TRAINING);
    double[] batch = model.probabilities(TEST);
    for (int i = 0; i < TEST.size(); i++) {
      assertEquals(batch[i], model.probability(TEST.row(i)), 0.0);
    }
  }

  @Test
  void concurrentScoringMatchesSequentialScoring() {
    ChurnModel model = createTrainer().train(TRAINING);
    double[] sequential = model.probabilities(TEST);
    double[] parallel =
        IntStream.range(0, TEST.size())
            .parallel()
            .mapToDouble(i -> model.probability(TEST.row(i)))
            .toArray();
    assertArrayEquals(sequential, parallel, 0.0);
  }

  @Test
  void aVectorWithAnotherSchemaIsRejected() {
    ChurnModel model = createTrainer().train(TRAINING);
    FeatureVector other = FeatureVector.of(FeatureSchema.of("x0", "x1"), 1.0, 2.0);
    assertThrows(IllegalArgumentException.class, () -> model.probability(other));
  }

  @Test
  void unlabelledRowsAreRejected() {
    List<ChurnLabel> labels = new ArrayList<>(TRAINING.labels());
    labels.set(3, ChurnLabel.UNKNOWN);
    FeatureMatrix partly = relabel(labels);
    assertThrows(IllegalArgumentException.class, () -> createTrainer().train(partly));
  }

  @Test
  void aSingleClassIsRejected() {
    FeatureMatrix oneClass = relabel(Collections.nCopies(TRAINING.size(), ChurnLabel.RETAINED));
    assertThrows(IllegalArgumentException.class, () -> createTrainer().train(oneClass));
  }

  @Test
  void theDescriptionIsNotBlank() {
    assertFalse(createTrainer().train(TRAINING).description().isBlank());
    assertFalse(createTrainer().name().isBlank());
  }

  private static FeatureMatrix relabel(List<ChurnLabel> labels) {
    double[][] rows = new double[TRAINING.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = TRAINING.row(i).toArray();
    }
    return new FeatureMatrix(TRAINING.schema(), TRAINING.ids(), rows, labels);
  }
}
