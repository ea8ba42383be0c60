package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerReasonsTest {

  @Test
  void topReasonsSpeakOfAttributesLargestFirstWithAPhraseInTheExplanationsUnit() {
    CustomerReasons reasons =
        new CustomerReasons(
            AttributeGrouping.of(AttributeGroupingTest.SCHEMA, AttributeGroupingTest.DESCRIPTIONS));
    Explanation e =
        AttributeGroupingTest.explanation(45, 0, 1, 0, 0, 3.5, 0.12, 0.0, 0.2, -0.03, -0.02, 0.01);

    List<Reason> top = reasons.top(e, 2);

    assertEquals(
        List.of(
            new Reason("plan", "Basic", 0.2 - 0.03 - 0.02, ExplanationSpace.PROBABILITY),
            new Reason("last_login_days", "45", 0.12, ExplanationSpace.PROBABILITY)),
        top);
    assertEquals("plan = Basic: +0.150 churn probability", top.get(0).phrase());
    assertEquals("last_login_days = 45: +0.120 churn probability", top.get(1).phrase());
    assertTrue(top.get(0).raisesRisk());
  }

  @Test
  void logOddsReasonsSayLogOddsAndNegativeOnesLowerRisk() {
    CustomerReasons reasons =
        new CustomerReasons(
            AttributeGrouping.identity(
                io.retention.core.domain.FeatureSchema.of("tenure_months", "fee")));
    Explanation e =
        new Explanation(
            -1.0,
            List.of(new Contribution("tenure_months", 48, -0.8), new Contribution("fee", 9.99, 0)),
            -1.8,
            ExplanationSpace.LOG_ODDS);

    List<Reason> top = reasons.top(e, 5);

    assertEquals(1, top.size(), "a zero contribution is no reason");
    assertEquals("tenure_months = 48: -0.800 log-odds of churn", top.get(0).phrase());
    assertFalse(top.get(0).raisesRisk());
  }

  @Test
  void rejectsANegativeCountAndNonFiniteReasons() {
    CustomerReasons reasons =
        new CustomerReasons(AttributeGrouping.identity(AttributeGroupingTest.SCHEMA));
    Explanation e =
        AttributeGroupingTest.explanation(45, 0, 1, 0, 0, 3.5, 0.12, 0.0, 0.2, -0.03, -0.02, 0.01);

    assertThrows(IllegalArgumentException.class, () -> reasons.top(e, -1));
    assertEquals(List.of(), reasons.top(e, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Reason("a", "1", Double.NaN, ExplanationSpace.PROBABILITY));
  }
}
