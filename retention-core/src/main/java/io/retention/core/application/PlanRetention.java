package io.retention.core.application;

import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.PlanSink;
import io.retention.core.strategy.BudgetTargeting;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.PlanFilter;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.strategy.TargetedContact;
import io.retention.core.strategy.TargetingResult;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Use case: decide whom to retain first and how, and hand the ranked list to a {@link PlanSink}.
 *
 * <p>Model scoring, segmentation, RFM, explanations and recommendations have run before; their
 * results arrive as {@link CustomerSignals}.
 */
public final class PlanRetention {
  private final RetentionEngine engine;
  private final PlanSink sink;

  /**
   * Creates the use case.
   *
   * @param engine plans and ranks customers
   * @param sink where the plans go
   */
  @Inject
  public PlanRetention(RetentionEngine engine, PlanSink sink) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Plans every customer, keeps the plans the filter lets through and writes them, highest priority
   * first.
   *
   * @param customers the customers, with distinct identifiers, in any order
   * @param filter which plans to keep, such as {@link PlanFilter#ALL}
   * @return the plans written, in order
   * @throws IllegalArgumentException if two customers share an identifier
   * @throws io.retention.core.RetentionException if the sink fails
   */
  public List<RetentionPlan> planAndWrite(List<CustomerSignals> customers, PlanFilter filter) {
    List<RetentionPlan> plans = filter.apply(engine.planAll(customers));
    sink.write(plans);
    return plans;
  }

  /**
   * Plans every customer, keeps the plans the filter lets through, chooses whom to contact within
   * the budget with {@link BudgetTargeting}, and writes the chosen plans in contact order (highest
   * return on spend first).
   *
   * @param customers the customers, with distinct identifiers, in any order
   * @param filter which plans may be chosen
   * @param budget the total budget for actions
   * @return the selection, with expected value, cost and return on spend per contact
   * @throws IllegalArgumentException if the budget is negative or two customers share an identifier
   * @throws io.retention.core.RetentionException if the sink fails
   */
  public TargetingResult targetAndWrite(
      List<CustomerSignals> customers, PlanFilter filter, double budget) {
    TargetingResult result =
        BudgetTargeting.select(filter.apply(engine.planAll(customers)), budget);
    List<RetentionPlan> chosen = new ArrayList<>(result.contacts().size());
    for (TargetedContact t : result.contacts()) {
      chosen.add(t.plan());
    }
    sink.write(chosen);
    return result;
  }
}
