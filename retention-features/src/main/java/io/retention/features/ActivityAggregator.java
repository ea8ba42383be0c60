package io.retention.features;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns activity events into per-customer summaries as of a snapshot instant, and those into
 * customers whose numeric attributes are event-window features.
 *
 * <p>Only events at or before the snapshot are used, so adding later events changes no feature;
 * customers with no counted event up to the snapshot have no summary. One pass over the events,
 * memory proportional to the number of customers and their active days. Immutable and thread-safe.
 */
public final class ActivityAggregator {
  private static final long SECONDS_PER_DAY = 86_400L;

  private final ActivityWindowConfig config;

  /**
   * Creates an aggregator.
   *
   * @param config window length and event types
   */
  public ActivityAggregator(ActivityWindowConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The layout of the customers {@link #customers} builds: the event-window attributes, with
   * recency, frequency, spend and tenure roles so RFM and behavioural features apply.
   *
   * @return the schema
   */
  public CustomerSchema schema() {
    int w = config.windowDays();
    return new CustomerSchema(
        "activity-" + w + "d",
        List.of(
            "transactions",
            "total_spend",
            "monthly_spend",
            "avg_order_value",
            "days_active",
            "recency_days",
            "tenure_months",
            "mean_gap_days",
            "max_gap_days",
            "count_last_" + w + "d",
            "spend_last_" + w + "d",
            "count_prev_" + w + "d",
            "spend_prev_" + w + "d",
            "activity_trend"),
        List.of(),
        Map.of(
            AttributeRole.RECENCY, "recency_days",
            AttributeRole.FREQUENCY, "transactions",
            AttributeRole.SPEND, "monthly_spend",
            AttributeRole.TENURE, "tenure_months"));
  }

  /**
   * Summarises events as of a snapshot.
   *
   * @param events the events, in any order
   * @param snapshot the instant the features describe; later events are ignored
   * @return one summary per customer with a counted event at or before the snapshot, by id
   */
  public Map<CustomerId, ActivitySummary> summarise(
      Stream<ActivityEvent> events, Instant snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    long snapshotSecond = snapshot.getEpochSecond();
    long snapshotDay = Math.floorDiv(snapshotSecond, SECONDS_PER_DAY);
    Instant recentStart = snapshot.minusSeconds(config.windowDays() * SECONDS_PER_DAY);
    Instant previousStart = snapshot.minusSeconds(2L * config.windowDays() * SECONDS_PER_DAY);
    Map<CustomerId, Accumulator> byCustomer = new HashMap<>();
    events.forEach(
        e -> {
          if (e.at().isAfter(snapshot) || !config.countedTypes().contains(e.type())) {
            return;
          }
          double spend = config.spendTypes().contains(e.type()) ? e.amount() : 0.0;
          Accumulator a = byCustomer.computeIfAbsent(e.customer(), id -> new Accumulator());
          a.add(Math.floorDiv(e.at().getEpochSecond(), SECONDS_PER_DAY), spend);
          if (e.at().isAfter(recentStart)) {
            a.recentCount++;
            a.recentSpend += spend;
          } else if (e.at().isAfter(previousStart)) {
            a.previousCount++;
            a.previousSpend += spend;
          }
        });
    Map<CustomerId, ActivitySummary> out = new TreeMap<>();
    byCustomer.forEach((id, a) -> out.put(id, a.summary(id, snapshotDay)));
    return out;
  }

  /**
   * Customers whose numeric attributes are the event-window features of {@link #schema()}, in id
   * order, labelled where a label is given.
   *
   * @param summaries the summaries
   * @param labels churn labels by customer; customers without one are {@link ChurnLabel#UNKNOWN}
   * @return the customers
   */
  public List<Customer> customers(
      Map<CustomerId, ActivitySummary> summaries, Map<CustomerId, ChurnLabel> labels) {
    List<String> names = schema().numericAttributes();
    List<Customer> out = new ArrayList<>(summaries.size());
    for (ActivitySummary s : new TreeMap<>(summaries).values()) {
      double[] v = {
        s.transactions(),
        s.totalSpend(),
        s.monthlySpend(),
        s.averageOrderValue(),
        s.daysActive(),
        s.recencyDays(),
        s.tenureDays() / ActivityWindowConfig.DAYS_PER_MONTH,
        s.meanGapDays(),
        s.maxGapDays(),
        s.recentCount(),
        s.recentSpend(),
        s.previousCount(),
        s.previousSpend(),
        s.trend()
      };
      Customer.Builder b = Customer.builder(s.customer().value());
      for (int i = 0; i < v.length; i++) {
        b.numeric(names.get(i), v[i]);
      }
      out.add(b.label(labels.getOrDefault(s.customer(), ChurnLabel.UNKNOWN)).build());
    }
    return out;
  }

  /** Running totals for one customer. Confined to the aggregating thread. */
  private static final class Accumulator {
    long count;
    double spend;
    long recentCount;
    double recentSpend;
    long previousCount;
    double previousSpend;
    long[] days = new long[4];
    int dayCount;

    void add(long day, double amount) {
      count++;
      spend += amount;
      if (dayCount == days.length) {
        days = Arrays.copyOf(days, days.length * 2);
      }
      days[dayCount++] = day;
    }

    ActivitySummary summary(CustomerId id, long snapshotDay) {
      long[] sorted = Arrays.copyOf(days, dayCount);
      Arrays.sort(sorted);
      int distinct = 0;
      long maxGap = 0;
      long gapSum = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          if (distinct > 0) {
            long gap = sorted[i] - sorted[i - 1];
            gapSum += gap;
            maxGap = Math.max(maxGap, gap);
          }
          distinct++;
        }
      }
      double meanGap = distinct > 1 ? gapSum / (double) (distinct - 1) : 0.0;
      return new ActivitySummary(
          id,
          count,
          spend,
          snapshotDay - sorted[0],
          snapshotDay - sorted[sorted.length - 1],
          distinct,
          meanGap,
          maxGap,
          recentCount,
          recentSpend,
          previousCount,
          previousSpend);
    }
  }
}
