package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionAction;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import io.retention.core.port.out.PlanSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link PlanSink} promises: what is written can be read back, in order. */
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

  private static final RetentionAction OFFER =
      new RetentionAction("DISCOUNT_20", "20% off, \"three\" months, then review", 12.5);

  @Test
  void writtenPlansReadBackEqualAndInOrder() {
    List<RetentionPlan> plans =
        List.of(
            new RetentionPlan(
                CustomerId.of("b,2"),
                0.91,
                RiskBucket.HIGH,
                11.375,
                OFFER,
                "high-risk-offer",
                List.of("last login 40 days ago", "Basic plan, 1 profile")),
            new RetentionPlan(
                CustomerId.of("a1"),
                0.123456789012345,
                RiskBucket.LOW,
                0.0,
                RetentionAction.MAINTAIN,
                "default",
                List.of()));
    createSink().write(plans);
    assertEquals(plans, readBack());
  }

  @Test
  void anEmptyListIsStoredAsEmpty() {
    createSink().write(List.of());
    assertEquals(List.of(), readBack());
  }
}
