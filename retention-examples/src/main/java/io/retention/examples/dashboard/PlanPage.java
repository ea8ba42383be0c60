package io.retention.examples.dashboard;

import java.util.List;

/**
 * A page of matching plan rows.
 *
 * @param total how many rows match the filters in all
 * @param offset the rows skipped before this page
 * @param limit the page size asked for
 * @param rows the page, in rank order
 */
public record PlanPage(long total, int offset, int limit, List<PlanEntry> rows) {
  /** Copies the rows. */
  public PlanPage {
    rows = List.copyOf(rows);
  }
}
