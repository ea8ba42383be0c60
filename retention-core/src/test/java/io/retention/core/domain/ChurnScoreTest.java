package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChurnScoreTest {

  private static ChurnScore score(String id, double p) {
    return new ChurnScore(CustomerId.of(id), p);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.37, 1.0})
  void acceptsProbabilitiesFromZeroToOne(double p) {
    ChurnScore s = score("c1", p);

    assertEquals(CustomerId.of("c1"), s.customer());
    assertEquals(p, s.probability());
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsValuesThatAreNotProbabilities(double p) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> score("c1", p));
    assertTrue(e.getMessage().contains("churn probability"), e.getMessage());
  }

  @Test
  void rejectsAMissingCustomer() {
    assertThrows(NullPointerException.class, () -> new ChurnScore(null, 0.5));
  }

  @Test
  void highestRiskFirstPutsTheLargestProbabilityFirst() {
    List<ChurnScore> scores =
        new ArrayList<>(List.of(score("a", 0.1), score("b", 0.9), score("c", 0.5)));

    scores.sort(ChurnScore.HIGHEST_RISK_FIRST);

    assertEquals(List.of(score("b", 0.9), score("c", 0.5), score("a", 0.1)), scores);
  }

  @Test
  void highestRiskFirstBreaksTiesByCustomerId() {
    List<ChurnScore> scores =
        new ArrayList<>(
            List.of(score("c3", 0.5), score("c10", 0.5), score("c1", 0.5), score("c2", 0.7)));

    scores.sort(ChurnScore.HIGHEST_RISK_FIRST);

    assertEquals(
        List.of(score("c2", 0.7), score("c1", 0.5), score("c10", 0.5), score("c3", 0.5)), scores);
  }

  @Test
  void highestRiskFirstGivesTheSameRankingWhateverTheInputOrder() {
    List<ChurnScore> scores = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      scores.add(score("c" + i, (i % 7) / 6.0));
    }
    List<ChurnScore> expected = new ArrayList<>(scores);
    expected.sort(ChurnScore.HIGHEST_RISK_FIRST);

    for (long seed = 1; seed <= 5; seed++) {
      List<ChurnScore> shuffled = new ArrayList<>(scores);
      Collections.shuffle(shuffled, new Random(seed));
      shuffled.sort(ChurnScore.HIGHEST_RISK_FIRST);
      assertEquals(expected, shuffled);
    }
    for (int i = 1; i < expected.size(); i++) {
      ChurnScore before = expected.get(i - 1);
      ChurnScore after = expected.get(i);
      assertTrue(
          before.probability() > after.probability()
              || (before.probability() == after.probability()
                  && before.customer().compareTo(after.customer()) < 0),
          before + " before " + after);
    }
  }

  @Test
  void negativeZeroIsStoredAsZeroSoEqualScoresAreEqual() {
    org.junit.jupiter.api.Assertions.assertEquals(
        new ChurnScore(CustomerId.of("a"), 0.0), new ChurnScore(CustomerId.of("a"), -0.0));
  }
}
