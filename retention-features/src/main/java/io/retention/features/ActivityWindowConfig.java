package io.retention.features;

import io.retention.core.domain.EventType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link ActivityAggregator} summarises events.
 *
 * @param windowDays the length of the recent window and of the window before it, in days
 * @param countedTypes event types that count as transactions or sessions
 * @param spendTypes event types whose amount is money spent
 */
public record ActivityWindowConfig(
    int windowDays, Set<EventType> countedTypes, Set<EventType> spendTypes) {

  /** Average days per month, for monthly spend and tenure in months. */
  public static final double DAYS_PER_MONTH = 365.25 / 12.0;

  /** 28-day windows; every event type counts; purchases and payments are spend. */
  public static final ActivityWindowConfig DEFAULTS =
      new ActivityWindowConfig(
          28, EnumSet.allOf(EventType.class), EnumSet.of(EventType.PURCHASE, EventType.PAYMENT));

  /** Checks the fields. */
  public ActivityWindowConfig {
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be >= 1, got " + windowDays);
    }
    countedTypes = Set.copyOf(Objects.requireNonNull(countedTypes, "countedTypes"));
    spendTypes = Set.copyOf(Objects.requireNonNull(spendTypes, "spendTypes"));
    if (countedTypes.isEmpty()) {
      throw new IllegalArgumentException("at least one event type must count");
    }
  }
}
