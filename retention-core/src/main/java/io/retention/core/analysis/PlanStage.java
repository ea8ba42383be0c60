package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.ActionCount;
import io.retention.core.analysis.RunSummary.PlanRow;
import io.retention.core.application.PlanRetention;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.ResultKind;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.PlanFilter;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.strategy.TargetedContact;
import io.retention.core.strategy.TargetingResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Plans every customer with the retention engine, ranked by priority, with the drivers of the
 * explained customers and every customer's recommended titles; stores the plan.
 */
final class PlanStage {
  private final RetentionEngine engine;

  PlanStage(RetentionEngine engine) {
    this.engine = engine;
  }

  /**
   * How many customers each action covers, the head of the ranked plan, and the selection when the
   * plan was held to a budget.
   */
  record Planned(
      List<ActionCount> actions, List<PlanRow> top, Optional<TargetingResult> targeting) {}

  Planned run(
      PlanInputs inputs,
      int n,
      ExplanationStage.Explained explained,
      RecommendationStage.Recommended recommended,
      RunConfig config,
      OptionalDouble budget,
      AnalysisSink sink,
      RunFiles files,
      ProgressListener progress) {
    progress.started("Planning retention", n);
    List<CustomerSignals> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CustomerSignals.Builder b = inputs.signals(i);
      Explanation e = explained.byPosition().get(i);
      if (e != null) {
        b.drivers(e, engine.config().driversKept());
      }
      if (recommended.perCustomer() > 0) {
        b.recommendedTitles(recommended.of(i));
      }
      all.add(b.build());
    }
    PlanRetention planning = new PlanRetention(engine, sink::plans);
    Optional<TargetingResult> targeting = Optional.empty();
    List<RetentionPlan> plans;
    if (budget.isPresent()) {
      TargetingResult chosen = planning.targetAndWrite(all, PlanFilter.ALL, budget.getAsDouble());
      plans = chosen.contacts().stream().map(TargetedContact::plan).toList();
      targeting = Optional.of(chosen);
    } else {
      plans = planning.planAndWrite(all, PlanFilter.ALL);
    }
    files.add(ResultKind.PLANS);
    progress.advanced(n);
    progress.finished();
    return new Planned(actions(plans), top(plans, config.topPlans()), targeting);
  }

  private static List<ActionCount> actions(List<RetentionPlan> plans) {
    Map<String, double[]> byAction = new LinkedHashMap<>();
    Map<String, String> descriptions = new HashMap<>();
    for (RetentionPlan p : plans) {
      double[] a = byAction.computeIfAbsent(p.action().code(), k -> new double[3]);
      a[0]++;
      a[1] += p.action().cost();
      a[2] += p.expectedSavedValue();
      descriptions.putIfAbsent(p.action().code(), p.action().description());
    }
    List<ActionCount> actions = new ArrayList<>();
    byAction.forEach(
        (code, a) ->
            actions.add(new ActionCount(code, descriptions.get(code), (long) a[0], a[1], a[2])));
    actions.sort(
        Comparator.comparingLong(ActionCount::customers)
            .reversed()
            .thenComparing(ActionCount::action));
    return actions;
  }

  private static List<PlanRow> top(List<RetentionPlan> plans, int limit) {
    List<PlanRow> top = new ArrayList<>();
    for (int r = 0; r < Math.min(limit, plans.size()); r++) {
      RetentionPlan p = plans.get(r);
      top.add(
          new PlanRow(
              r + 1,
              p.customer().value(),
              p.churnProbability(),
              p.risk().name(),
              p.clv(),
              p.priority(),
              p.segment(),
              p.rfmLabel(),
              p.action().code(),
              reason(p)));
    }
    return top;
  }

  private static String reason(RetentionPlan p) {
    StringBuilder sb = new StringBuilder(p.rule());
    List<String> drivers = p.ruleDrivers().isEmpty() ? p.topDrivers() : p.ruleDrivers();
    if (!drivers.isEmpty()) {
      sb.append(": ").append(String.join(", ", drivers));
    }
    return sb.toString();
  }
}
