package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.Recommendation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerSignalsTest {
  private static final CustomerId ALICE = CustomerId.of("alice");

  @Test
  void optionalPartsStartUnknownOrEmpty() {
    CustomerSignals s = CustomerSignals.builder(ALICE, 0.3).build();

    assertEquals(RetentionPlan.UNKNOWN, s.segment());
    assertEquals(RetentionPlan.UNKNOWN, s.rfmLabel());
    assertEquals(Set.of(), s.flags());
    assertEquals(List.of(), s.drivers());
    assertEquals(List.of(), s.recommendedTitles());
    assertEquals(0.0, s.monthlySpend());
    assertEquals(0.0, s.tenureMonths());
    assertEquals(0.0, s.engagement());
  }

  @Test
  void theBuilderTakesTheResultsOfTheUpstreamSteps() {
    Explanation explanation =
        new Explanation(
            0.3,
            List.of(
                new Contribution("age", 30, 0.01),
                new Contribution("monthly_fee", 18, 0.2),
                new Contribution("watch_hours", 2, -0.1)),
            0.41);
    CustomerSignals s =
        CustomerSignals.builder(new ChurnScore(ALICE, 0.41))
            .monthlySpend(17.99)
            .tenureMonths(12)
            .engagement(-0.5)
            .segment(new Segment(2, "Casual Viewers"))
            .rfm(new RfmScore(1, 2, 3, "At Risk"))
            .flag(BehaviourFlag.PRICE_SENSITIVE, BehaviourFlag.LOW_ENGAGEMENT)
            .drivers(explanation, 2)
            .recommendations(
                List.of(
                    new Recommendation(ContentId.of("s1"), "Dark", 0.9, "because you watched X")))
            .build();

    assertEquals(ALICE, s.customer());
    assertEquals(0.41, s.churnProbability());
    assertEquals(17.99, s.monthlySpend());
    assertEquals(12.0, s.tenureMonths());
    assertEquals(-0.5, s.engagement());
    assertEquals("Casual Viewers", s.segment());
    assertEquals("At Risk", s.rfmLabel());
    assertTrue(s.has(BehaviourFlag.PRICE_SENSITIVE));
    assertFalse(s.has(BehaviourFlag.HIGH_INACTIVITY));
    assertEquals(
        List.of("monthly_fee", "watch_hours"),
        s.drivers().stream().map(Contribution::feature).toList());
    assertEquals(List.of("Dark"), s.recommendedTitles());
  }

  @Test
  void copiesItsCollections() {
    List<String> titles = new ArrayList<>(List.of("Dark"));
    CustomerSignals s = CustomerSignals.builder(ALICE, 0.3).recommendedTitles(titles).build();

    titles.add("Later");

    assertEquals(List.of("Dark"), s.recommendedTitles());
    assertThrows(
        UnsupportedOperationException.class, () -> s.flags().add(BehaviourFlag.LOW_ENGAGEMENT));
  }

  @Test
  void rejectsAProbabilityOutsideTheUnitIntervalNamingTheCustomer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CustomerSignals.builder(ALICE, 1.01).build());
    assertTrue(e.getMessage().contains("alice"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> CustomerSignals.builder(ALICE, Double.NaN).build());
  }

  @Test
  void rejectsNegativeOrNonFiniteSpendTenureOrEngagement() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).monthlySpend(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).monthlySpend(Double.POSITIVE_INFINITY).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).tenureMonths(-0.5).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).engagement(Double.NaN).build());
  }

  @Test
  void rejectsBlankLabelsAndTitles() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).segment(" ").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).rfmLabel("").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).recommendedTitles(List.of("ok", " ")).build());
  }

  @Test
  void rejectsTheSameDriverTwice() {
    List<Contribution> twice =
        List.of(new Contribution("monthly_fee", 1, 0.2), new Contribution("monthly_fee", 1, 0.1));

    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).drivers(twice).build());
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> CustomerSignals.builder(null, 0.2));
    assertThrows(
        NullPointerException.class,
        () -> CustomerSignals.builder(ALICE, 0.2).segment((String) null));
    assertThrows(
        NullPointerException.class,
        () -> new CustomerSignals(ALICE, 0.2, 1, 1, 0, "s", "r", null, List.of(), List.of()));
  }
}
