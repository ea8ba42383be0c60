package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityAggregatorTest {

  static final Instant SNAPSHOT = Instant.parse("2024-03-31T23:59:59Z");
  static final CustomerId A = CustomerId.of("a");
  static final CustomerId B = CustomerId.of("b");

  static ActivityEvent buy(CustomerId c, String day, double amount) {
    return ActivityEvent.of(c, Instant.parse(day + "T12:00:00Z"), EventType.PURCHASE, amount);
  }

  static List<ActivityEvent> events() {
    return List.of(
        buy(A, "2024-01-01", 10.0),
        buy(A, "2024-01-01", 5.0),
        buy(A, "2024-01-11", 20.0),
        buy(A, "2024-03-01", 30.0), // previous 28-day window: (Feb 6, Mar 5]
        buy(A, "2024-03-20", 40.0), // recent window: (Mar 5, Mar 31]
        ActivityEvent.of(A, Instant.parse("2024-03-25T08:00:00Z"), EventType.LOGIN, 0.0),
        buy(B, "2024-03-30", 7.0),
        buy(A, "2024-04-02", 99.0)); // after the snapshot: ignored
  }

  private final ActivityAggregator aggregator =
      new ActivityAggregator(ActivityWindowConfig.DEFAULTS);

  @Test
  void countsSpendWindowsAndGapsAsOfTheSnapshot() {
    ActivitySummary a = aggregator.summarise(events().stream(), SNAPSHOT).get(A);
    assertEquals(6, a.transactions(), "five purchases and a login");
    assertEquals(105.0, a.totalSpend(), 1e-12, "the login spends nothing");
    assertEquals(90, a.tenureDays(), "Jan 1 to Mar 31");
    assertEquals(6, a.recencyDays(), "Mar 25 to Mar 31");
    assertEquals(5, a.daysActive(), "Jan 1, Jan 11, Mar 1, Mar 20, Mar 25");
    assertEquals((10 + 50 + 19 + 5) / 4.0, a.meanGapDays(), 1e-12);
    assertEquals(50, a.maxGapDays());
    assertEquals(2, a.recentCount());
    assertEquals(40.0, a.recentSpend(), 1e-12);
    assertEquals(1, a.previousCount());
    assertEquals(30.0, a.previousSpend(), 1e-12);
    assertEquals((2 - 1) / 3.0, a.trend(), 1e-12);
    assertEquals(105.0 / 6, a.averageOrderValue(), 1e-12);
    assertEquals(105.0 / (90 / ActivityWindowConfig.DAYS_PER_MONTH), a.monthlySpend(), 1e-12);
  }

  @Test
  void eventsAfterTheSnapshotChangeNoFeature() {
    List<ActivityEvent> more = new ArrayList<>(events());
    more.add(buy(B, "2024-04-01", 1000.0));
    more.add(buy(CustomerId.of("late"), "2024-05-01", 1.0));
    assertEquals(
        aggregator.summarise(events().stream(), SNAPSHOT),
        aggregator.summarise(more.stream(), SNAPSHOT));
  }

  @Test
  void aSingleActiveDayHasNoGapAndAShortTenureCountsAsOneMonth() {
    ActivitySummary b = aggregator.summarise(events().stream(), SNAPSHOT).get(B);
    assertEquals(0.0, b.meanGapDays());
    assertEquals(0, b.maxGapDays());
    assertEquals(7.0, b.monthlySpend(), 1e-12);
    assertEquals(1.0, b.trend(), 0.0);
  }

  @Test
  void customersCarryTheFeaturesAndTheirLabels() {
    Map<CustomerId, ActivitySummary> s = aggregator.summarise(events().stream(), SNAPSHOT);
    List<Customer> customers = aggregator.customers(s, Map.of(A, ChurnLabel.CHURNED));
    assertEquals(List.of(A, B), customers.stream().map(Customer::id).toList());
    assertEquals(ChurnLabel.CHURNED, customers.get(0).label());
    assertEquals(ChurnLabel.UNKNOWN, customers.get(1).label());
    assertEquals(6.0, customers.get(0).numericValue("recency_days").orElseThrow());
    assertEquals(2.0, customers.get(0).numericValue("count_last_28d").orElseThrow());
    assertEquals(aggregator.schema().numericAttributes().size(), customers.get(0).numeric().size());
  }

  @Test
  void onlyConfiguredTypesCount() {
    ActivityWindowConfig purchasesOnly =
        new ActivityWindowConfig(7, EnumSet.of(EventType.PURCHASE), EnumSet.of(EventType.PURCHASE));
    ActivitySummary a =
        new ActivityAggregator(purchasesOnly).summarise(events().stream(), SNAPSHOT).get(A);
    assertEquals(5, a.transactions());
    assertEquals(11, a.recencyDays());
    assertTrue(
        new ActivityAggregator(purchasesOnly)
            .schema()
            .numericAttributes()
            .contains("count_last_7d"));
  }

  @Test
  void badConfigurationIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ActivityWindowConfig(
                0, EnumSet.allOf(EventType.class), EnumSet.noneOf(EventType.class)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ActivityWindowConfig(
                28, EnumSet.noneOf(EventType.class), EnumSet.noneOf(EventType.class)));
  }
}
