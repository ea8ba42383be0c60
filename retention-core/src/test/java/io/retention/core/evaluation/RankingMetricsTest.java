package io.retention.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

  private static final List<String> RANKED = List.of("a", "b", "c", "d", "e");
  private static final Set<String> RELEVANT = Set.of("b", "d", "z");

  @Test
  void precisionAndRecallCountHitsInTheFirstK() {
    assertEquals(2 / 5.0, RankingMetrics.precisionAtK(RANKED, RELEVANT, 5), 1e-12);
    assertEquals(1 / 3.0, RankingMetrics.precisionAtK(RANKED, RELEVANT, 3), 1e-12);
    assertEquals(2 / 10.0, RankingMetrics.precisionAtK(RANKED, RELEVANT, 10), 1e-12, "short list");
    assertEquals(2 / 3.0, RankingMetrics.recallAtK(RANKED, RELEVANT, 5), 1e-12);
  }

  @Test
  void hitRateIsOneWhenAnythingRelevantIsInTheFirstK() {
    assertEquals(0.0, RankingMetrics.hitRateAtK(RANKED, RELEVANT, 1));
    assertEquals(1.0, RankingMetrics.hitRateAtK(RANKED, RELEVANT, 2));
  }

  @Test
  void ndcgDiscountsHitsByTheLogOfTheirPosition() {
    double dcg = 1 / log2(3) + 1 / log2(5);
    double ideal = 1 + 1 / log2(3) + 1 / log2(4);
    assertEquals(dcg / ideal, RankingMetrics.ndcgAtK(RANKED, RELEVANT, 5), 1e-12);
    assertEquals(1.0, RankingMetrics.ndcgAtK(List.of("b", "d"), Set.of("b", "d"), 5), 1e-12);
    assertEquals(0.0, RankingMetrics.ndcgAtK(List.of("x"), Set.of("b"), 5), 0.0);
  }

  @Test
  void averagePrecisionAveragesPrecisionAtEachHit() {
    assertEquals(
        (1 / 2.0 + 2 / 4.0) / 3, RankingMetrics.averagePrecisionAtK(RANKED, RELEVANT, 5), 1e-12);
    assertEquals(1.0, RankingMetrics.averagePrecisionAtK(List.of("b", "d"), RELEVANT, 2), 1e-12);
  }

  @Test
  void coverageCountsDistinctItemsAcrossListsUpToK() {
    assertEquals(
        3 / 10.0,
        RankingMetrics.catalogCoverage(List.of(List.of("a", "b", "x"), List.of("b", "c")), 10, 2),
        1e-12);
  }

  @Test
  void nonsenseArgumentsAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> RankingMetrics.precisionAtK(RANKED, RELEVANT, 0));
    assertThrows(IllegalArgumentException.class, () -> RankingMetrics.ndcgAtK(RANKED, Set.of(), 5));
    assertThrows(
        IllegalArgumentException.class, () -> RankingMetrics.recallAtK(RANKED, Set.of(), 5));
    assertThrows(
        IllegalArgumentException.class,
        () -> RankingMetrics.averagePrecisionAtK(RANKED, Set.of(), 5));
    assertThrows(
        IllegalArgumentException.class, () -> RankingMetrics.catalogCoverage(List.of(), 0, 5));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
