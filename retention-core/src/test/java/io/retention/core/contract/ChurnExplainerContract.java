package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnExplainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChurnExplainer} must do. An implementation's test extends this class and says
 * how to build the explainer, which rows to explain and what the model predicts for them.
 */
public abstract class ChurnExplainerContract {
  /** The additivity every exact explainer keeps. */
  protected static final double MAX_RESIDUAL = 1e-9;

  /**
   * The explainer under test.
   *
   * @return a new explainer
   */
  protected abstract ChurnExplainer createExplainer();

  /**
   * Rows to explain, with the explainer's features; at least one.
   *
   * @return the rows
   */
  protected abstract List<FeatureVector> rows();

  /**
   * What the explained model predicts for a row, in the explanation's space.
   *
   * @param row a row of {@link #rows()}
   * @return the prediction
   */
  protected abstract double prediction(FeatureVector row);

  @Test
  void everyExplanationAddsUpToTheModelsPrediction() {
    ChurnExplainer explainer = createExplainer();
    assertFalse(rows().isEmpty());
    for (FeatureVector row : rows()) {
      Explanation e = explainer.explain(row);
      assertEquals(prediction(row), e.prediction(), MAX_RESIDUAL);
      assertTrue(e.residual() <= MAX_RESIDUAL, "residual " + e.residual());
    }
  }

  @Test
  void contributionsNameEveryFeatureInOrderWithTheCustomersValue() {
    ChurnExplainer explainer = createExplainer();
    for (FeatureVector row : rows()) {
      List<Contribution> cs = explainer.explain(row).contributions();
      assertEquals(row.size(), cs.size());
      for (int i = 0; i < cs.size(); i++) {
        assertEquals(row.schema().names().get(i), cs.get(i).feature());
        assertEquals(row.get(i), cs.get(i).value());
      }
    }
  }

  @Test
  void explanationsAreTheSameFromManyThreads() throws InterruptedException, ExecutionException {
    ChurnExplainer explainer = createExplainer();
    List<FeatureVector> rows = rows();
    List<Explanation> expected = rows.stream().map(explainer::explain).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Explanation>>> runs =
          List.of(
              pool.submit(() -> rows.stream().map(explainer::explain).toList()),
              pool.submit(() -> reversed(rows).stream().map(explainer::explain).toList()));
      assertEquals(expected, runs.get(0).get());
      assertEquals(reversed(expected), runs.get(1).get());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
