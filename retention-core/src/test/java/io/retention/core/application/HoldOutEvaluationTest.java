package io.retention.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.application.ChurnFixtures.RiskFeatures;
import io.retention.core.application.ChurnFixtures.RiskModel;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.CustomerId;
import io.retention.core.port.out.ChurnModelBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoldOutEvaluationTest {

  private static final ChurnModelBundle BUNDLE =
      new ChurnModelBundle(new RiskFeatures(), new RiskModel(), Map.of());
  private static final ChurnScore A = new ChurnScore(CustomerId.of("a"), 0.8);
  private static final ChurnScore B = new ChurnScore(CustomerId.of("b"), 0.1);

  @Test
  void keepsItsFields() {
    HoldOutEvaluation h = new HoldOutEvaluation(BUNDLE, List.of(A, B), 0.91, 40, 0.25);

    assertSame(BUNDLE, h.bundle());
    assertEquals(List.of(A, B), h.testScores());
    assertEquals(0.91, h.rocAuc());
    assertEquals(40, h.trainSize());
    assertEquals(0.25, h.testChurnRate());
  }

  @Test
  void copiesTheTestScores() {
    List<ChurnScore> scores = new ArrayList<>(List.of(A));
    HoldOutEvaluation h = new HoldOutEvaluation(BUNDLE, scores, 0.5, 1, 0.0);

    scores.add(B);

    assertEquals(List.of(A), h.testScores());
    assertThrows(UnsupportedOperationException.class, () -> h.testScores().add(B));
  }

  @Test
  void needsABundleAndScores() {
    List<ChurnScore> scores = List.of(A);
    assertThrows(NullPointerException.class, () -> new HoldOutEvaluation(null, scores, 1, 1, 0));
    assertThrows(NullPointerException.class, () -> new HoldOutEvaluation(BUNDLE, null, 1, 1, 0));
  }
}
