package io.retention.features;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Churn labels anchored at a snapshot: a customer with qualifying activity at or before the
 * snapshot has churned when it has no qualifying activity in (snapshot, horizon end]. Customers
 * first active after the snapshot get no label. Immutable and thread-safe.
 *
 * @param snapshot the instant features describe
 * @param horizonEnd the end of the window in which activity means "stayed", after the snapshot
 * @param qualifying the event types that count as activity
 */
public record AnchoredChurnLabels(Instant snapshot, Instant horizonEnd, Set<EventType> qualifying) {

  /** Checks that the horizon ends after the snapshot. */
  public AnchoredChurnLabels {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(horizonEnd, "horizonEnd");
    qualifying = Set.copyOf(qualifying);
    if (!horizonEnd.isAfter(snapshot)) {
      throw new IllegalArgumentException(
          "the horizon must end after the snapshot: " + horizonEnd + " <= " + snapshot);
    }
    if (qualifying.isEmpty()) {
      throw new IllegalArgumentException("at least one event type must qualify");
    }
  }

  /**
   * Labels every customer active at or before the snapshot.
   *
   * @param events the events, in any order
   * @return labels by customer id, in id order
   */
  public Map<CustomerId, ChurnLabel> label(Stream<ActivityEvent> events) {
    Map<CustomerId, boolean[]> seen = new HashMap<>(); // [active before, active in horizon]
    events.forEach(
        e -> {
          if (!qualifying.contains(e.type()) || e.at().isAfter(horizonEnd)) {
            return;
          }
          boolean[] flags = seen.computeIfAbsent(e.customer(), id -> new boolean[2]);
          if (e.at().isAfter(snapshot)) {
            flags[1] = true;
          } else {
            flags[0] = true;
          }
        });
    Map<CustomerId, ChurnLabel> out = new TreeMap<>();
    seen.forEach(
        (id, flags) -> {
          if (flags[0]) {
            out.put(id, ChurnLabel.of(!flags[1]));
          }
        });
    return out;
  }

  /**
   * The share of labelled customers who churned.
   *
   * @param labels labels from {@link #label}
   * @return the churn rate, or NaN for no labels
   */
  public static double churnRate(Map<CustomerId, ChurnLabel> labels) {
    if (labels.isEmpty()) {
      return Double.NaN;
    }
    long churned = labels.values().stream().filter(l -> l == ChurnLabel.CHURNED).count();
    return churned / (double) labels.size();
  }
}
