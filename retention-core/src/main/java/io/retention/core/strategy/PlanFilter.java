package io.retention.core.strategy;

import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which plans of a ranked list to keep, by risk bucket, segment and RFM label. An empty set puts no
 * restriction on its field; the filters of different fields combine with "and". Filtering keeps the
 * ranking order.
 *
 * @param risks the risk buckets to keep, or empty for all
 * @param segments the segment names to keep, or empty for all
 * @param rfmLabels the RFM labels to keep, or empty for all
 */
public record PlanFilter(Set<RiskBucket> risks, Set<String> segments, Set<String> rfmLabels)
    implements Predicate<RetentionPlan> {

  /** Keeps every plan. */
  public static final PlanFilter ALL = new PlanFilter(Set.of(), Set.of(), Set.of());

  /** Copies the sets. */
  public PlanFilter {
    risks = risks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(risks));
    segments = Set.copyOf(segments);
    rfmLabels = Set.copyOf(rfmLabels);
  }

  /**
   * The same filter keeping only these risk buckets.
   *
   * @param buckets the buckets
   * @return a new filter
   */
  public PlanFilter withRisks(RiskBucket... buckets) {
    return new PlanFilter(Set.of(buckets), segments, rfmLabels);
  }

  /**
   * The same filter keeping only these segments.
   *
   * @param names the segment names
   * @return a new filter
   */
  public PlanFilter withSegments(String... names) {
    return new PlanFilter(risks, Set.of(names), rfmLabels);
  }

  /**
   * The same filter keeping only these RFM labels.
   *
   * @param labels the labels
   * @return a new filter
   */
  public PlanFilter withRfmLabels(String... labels) {
    return new PlanFilter(risks, segments, Set.of(labels));
  }

  @Override
  public boolean test(RetentionPlan plan) {
    return (risks.isEmpty() || risks.contains(plan.risk()))
        && (segments.isEmpty() || segments.contains(plan.segment()))
        && (rfmLabels.isEmpty() || rfmLabels.contains(plan.rfmLabel()));
  }

  /**
   * The plans that pass, in their order.
   *
   * @param plans ranked plans
   * @return those that pass the filter
   */
  public List<RetentionPlan> apply(List<RetentionPlan> plans) {
    if (this.equals(ALL)) {
      return List.copyOf(plans);
    }
    return plans.stream().filter(this).toList();
  }
}
