package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.ActionCount;
import io.retention.core.analysis.RunSummary.PlanRow;
import io.retention.core.analysis.RunSummary.Segment;
import io.retention.core.strategy.TargetingResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What planning with a saved model made: how many customers were planned, how many each action
 * covers, the head of the ranked plan, the customers and churn rate of each saved segment, the
 * selection when the plan was held to a budget, and where the sink stored each result.
 *
 * @param customers customers planned
 * @param actions customers, cost and expected saved value per action, most customers first
 * @param top the head of the ranked plan (of the contacts, under a budget)
 * @param segments customers and churn rate per segment of the saved segmentation
 * @param targeting the contacts chosen within the budget, when one was given
 * @param files where each stored result went, by result key
 */
public record PlanningSummary(
    long customers,
    List<ActionCount> actions,
    List<PlanRow> top,
    List<Segment> segments,
    Optional<TargetingResult> targeting,
    Map<String, String> files) {

  /** Copies the lists and the map. */
  public PlanningSummary {
    actions = List.copyOf(actions);
    top = List.copyOf(top);
    segments = List.copyOf(segments);
    Objects.requireNonNull(targeting, "targeting");
    files = Map.copyOf(files);
  }
}
