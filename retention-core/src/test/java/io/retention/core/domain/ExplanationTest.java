package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  private static final Contribution TENURE = new Contribution("tenure", 2, -0.30);
  private static final Contribution FEE = new Contribution("fee", 9.99, 0.10);
  private static final Contribution AGE = new Contribution("age", 40, 0.30);
  private static final Contribution REGION = new Contribution("region", 1, 0.0);

  @Test
  void residualIsZeroWhenContributionsAddUpToThePrediction() {
    Explanation e = new Explanation(0.25, List.of(new Contribution("a", 1, 0.5)), 0.75);

    assertEquals(0.0, e.residual());
  }

  @Test
  void residualIsTheAbsoluteGapToThePrediction() {
    List<Contribution> cs = List.of(TENURE, FEE, AGE);

    assertEquals(0.05, new Explanation(0.5, cs, 0.55).residual(), 1e-12);
    assertEquals(0.05, new Explanation(0.5, cs, 0.65).residual(), 1e-12);
  }

  @Test
  void residualOfNoContributionsIsTheGapFromBaseToPrediction() {
    assertEquals(0.2, new Explanation(0.3, List.of(), 0.5).residual(), 1e-12);
  }

  @Test
  void topOrdersByAbsoluteContributionThenByName() {
    Explanation e = new Explanation(0.5, List.of(FEE, REGION, TENURE, AGE), 0.6);

    assertEquals(List.of(AGE, TENURE, FEE, REGION), e.top(4));
  }

  @Test
  void topKeepsAtMostK() {
    Explanation e = new Explanation(0.5, List.of(FEE, REGION, TENURE, AGE), 0.6);

    assertEquals(List.of(AGE, TENURE), e.top(2));
    assertEquals(List.of(), e.top(0));
    assertEquals(4, e.top(10).size());
  }

  @Test
  void topLeavesTheContributionsInTheirOriginalOrder() {
    Explanation e = new Explanation(0.5, List.of(FEE, REGION, TENURE, AGE), 0.6);

    e.top(2);

    assertEquals(List.of(FEE, REGION, TENURE, AGE), e.contributions());
  }

  @Test
  void topRejectsANegativeCount() {
    Explanation e = new Explanation(0.5, List.of(FEE), 0.6);

    assertThrows(IllegalArgumentException.class, () -> e.top(-1));
  }

  @Test
  void copiesTheContributions() {
    List<Contribution> cs = new ArrayList<>(List.of(FEE));
    Explanation e = new Explanation(0.5, cs, 0.6);

    cs.add(AGE);

    assertEquals(List.of(FEE), e.contributions());
    assertThrows(UnsupportedOperationException.class, () -> e.contributions().add(AGE));
  }

  @Test
  void rejectsNonFiniteBaseOrPrediction() {
    List<Contribution> cs = List.of(FEE);
    assertThrows(IllegalArgumentException.class, () -> new Explanation(Double.NaN, cs, 0.5));
    assertThrows(
        IllegalArgumentException.class, () -> new Explanation(0.5, cs, Double.POSITIVE_INFINITY));
    assertThrows(NullPointerException.class, () -> new Explanation(0.5, null, 0.5));
  }

  @Test
  void isInProbabilitySpaceUnlessToldOtherwise() {
    assertEquals(ExplanationSpace.PROBABILITY, new Explanation(0.5, List.of(FEE), 0.6).space());
    assertEquals(
        ExplanationSpace.LOG_ODDS,
        new Explanation(0.5, List.of(FEE), 0.6, ExplanationSpace.LOG_ODDS).space());
    assertThrows(NullPointerException.class, () -> new Explanation(0.5, List.of(FEE), 0.6, null));
  }

  @Test
  void spacesNameTheirUnitForReadableReasons() {
    assertEquals("churn probability", ExplanationSpace.PROBABILITY.unit());
    assertEquals("log-odds of churn", ExplanationSpace.LOG_ODDS.unit());
  }
}
