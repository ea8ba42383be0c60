package io.retention.core.analysis;

import io.retention.core.domain.ContentItem;
import io.retention.core.domain.CustomerId;
import java.util.List;
import java.util.Map;

/**
 * What the first pass over the customers found: their ids in source order, their labels (0 none, 1
 * retained, 2 churned), the label counts, the churn counts by favourite genre and the catalog.
 * Arrays are never changed after the load stage.
 */
record Population(
    CustomerId[] ids,
    byte[] labels,
    long labelled,
    long churned,
    Map<String, long[]> favouriteGenres,
    List<ContentItem> catalog) {

  /** The label code of a customer without a churn label. */
  static final byte UNLABELLED = 0;

  /** The label code of a churned customer. */
  static final byte CHURNED = 2;

  int size() {
    return ids.length;
  }

  boolean isLabelled(int i) {
    return labels[i] != UNLABELLED;
  }

  boolean churned(int i) {
    return labels[i] == CHURNED;
  }
}
