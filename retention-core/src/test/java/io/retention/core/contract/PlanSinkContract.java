package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionAction;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import io.retention.core.port.out.PlanSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PlanSink} promises: what is written can be read back equal, in order, including
 * every field of the plan and its action, awkward text (separators, quotes, line breaks), unknown
 * labels and empty lists.
 */
public abstract class PlanSinkContract {

  /**
   * A fresh sink under test.
   *
   * @return the sink
   */
  protected abstract PlanSink createSink();

  /**
   * What the sink last stored, read back through the sink's own medium.
   *
   * @return the stored plans, in stored order
   */
  protected abstract List<RetentionPlan> readBack();

  private static RetentionPlan plan(
      String id, double p, RiskBucket risk, String segment, List<String> titles) {
    double clv = 250.125;
    return new RetentionPlan(
        CustomerId.of(id),
        p,
        risk,
        clv,
        p * clv,
        p * (clv + 1),
        segment,
        "Champions",
        new RetentionAction("PERSONAL_OUTREACH_DISCOUNT", "Call, then 20% off; \"VIP\"", 25, 0.35),
        "high-value-at-risk",
        List.of("monthly_fee"),
        List.of("monthly_fee", "plan=Basic", "last_login_days"),
        titles);
  }

  @Test
  void writtenPlansReadBackEqualAndInOrder() {
    List<RetentionPlan> plans =
        List.of(
            plan("b-2", 0.9, RiskBucket.HIGH, "Loyal, High-Value", List.of("Dark", "Narcos")),
            plan("a,1", 0.5, RiskBucket.MEDIUM, "Quote \" and\nnewline", List.of("Title; with |")),
            new RetentionPlan(
                CustomerId.of("c 3"),
                0.0,
                RiskBucket.LOW,
                0.0,
                0.0,
                0.0,
                RetentionPlan.UNKNOWN,
                RetentionPlan.UNKNOWN,
                RetentionAction.MAINTAIN,
                "maintain",
                List.of(),
                List.of(),
                List.of()));
    createSink().write(plans);
    assertEquals(plans, readBack());
  }

  @Test
  void anEmptyListIsStoredAsEmpty() {
    createSink().write(List.of());
    assertEquals(List.of(), readBack());
  }

  @Test
  void aSecondWriteReplacesTheFirst() {
    PlanSink sink = createSink();
    sink.write(List.of(plan("x", 0.5, RiskBucket.MEDIUM, "s", List.of())));
    List<RetentionPlan> second = List.of(plan("y", 0.8, RiskBucket.HIGH, "t", List.of("A")));
    sink.write(second);
    assertEquals(second, readBack());
  }
}
