package io.retention.core.contract;

import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.PlanSink;
import java.util.List;

/** The plan-sink contract holds for a sink that keeps the last list in memory. */
class PlanSinkContractTest extends PlanSinkContract {
  private List<RetentionPlan> stored = List.of();

  @Override
  protected PlanSink createSink() {
    return plans -> stored = List.copyOf(plans);
  }

  @Override
  protected List<RetentionPlan> readBack() {
    return stored;
  }
}
