package io.retention.examples.dashboard;

import java.util.Objects;
import java.util.Set;

/**
 * Which plan rows to show: filters (an empty set means any value) and a page.
 *
 * @param risks risk bucket names to keep, any when empty
 * @param segments segment names to keep, any when empty
 * @param rfmLabels RFM labels to keep, any when empty
 * @param offset how many matching rows to skip, in rank order
 * @param limit the most rows to return, 1 to {@link #MAX_LIMIT}
 */
public record PlanQuery(
    Set<String> risks, Set<String> segments, Set<String> rfmLabels, int offset, int limit) {

  /** The largest page. */
  public static final int MAX_LIMIT = 1_000;

  /** The default page size. */
  public static final int DEFAULT_LIMIT = 100;

  /** The first page of every row. */
  public static final PlanQuery ALL = new PlanQuery(Set.of(), Set.of(), Set.of(), 0, DEFAULT_LIMIT);

  /** Checks the page bounds and copies the sets. */
  public PlanQuery {
    risks = Set.copyOf(Objects.requireNonNull(risks, "risks"));
    segments = Set.copyOf(Objects.requireNonNull(segments, "segments"));
    rfmLabels = Set.copyOf(Objects.requireNonNull(rfmLabels, "rfmLabels"));
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }
}
