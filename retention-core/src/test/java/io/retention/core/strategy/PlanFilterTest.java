package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFilterTest {
  private static final List<RetentionPlan> PLANS =
      RetentionEngine.withDefaults().planAll(StrategyFixtures.randomCustomers(1_000, 9));

  @Test
  void allKeepsEveryPlanInOrder() {
    assertEquals(PLANS, PlanFilter.ALL.apply(PLANS));
  }

  @Test
  void filtersByRiskKeepingTheRanking() {
    List<RetentionPlan> kept = PlanFilter.ALL.withRisks(RiskBucket.HIGH).apply(PLANS);

    assertEquals(PLANS.stream().filter(p -> p.risk() == RiskBucket.HIGH).toList(), kept);
    assertTrue(!kept.isEmpty() && kept.size() < PLANS.size());
  }

  @Test
  void combinesRiskSegmentAndRfmLabelWithAnd() {
    PlanFilter filter =
        PlanFilter.ALL
            .withRisks(RiskBucket.MEDIUM, RiskBucket.HIGH)
            .withSegments("Casual Viewers", RetentionPlan.UNKNOWN)
            .withRfmLabels("At Risk");

    List<RetentionPlan> kept = filter.apply(PLANS);

    assertEquals(
        PLANS.stream()
            .filter(p -> p.risk() != RiskBucket.LOW)
            .filter(
                p ->
                    p.segment().equals("Casual Viewers")
                        || p.segment().equals(RetentionPlan.UNKNOWN))
            .filter(p -> p.rfmLabel().equals("At Risk"))
            .toList(),
        kept);
    assertTrue(!kept.isEmpty());
  }

  @Test
  void aFilterMatchingNothingGivesAnEmptyList() {
    assertEquals(List.of(), PlanFilter.ALL.withSegments("No Such Segment").apply(PLANS));
    assertEquals(List.of(), PlanFilter.ALL.withRisks(RiskBucket.LOW).apply(List.of()));
  }
}
