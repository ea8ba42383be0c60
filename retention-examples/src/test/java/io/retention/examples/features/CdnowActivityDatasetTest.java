package io.retention.examples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.ActivityCsvMapping;
import io.retention.adapters.csv.CsvActivitySource;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import io.retention.core.testing.SharedDatasets;
import io.retention.features.ActivityAggregator;
import io.retention.features.ActivitySummary;
import io.retention.features.ActivityWindowConfig;
import io.retention.features.AnchoredChurnLabels;
import io.retention.features.FittedRfm;
import io.retention.features.RfmConfig;
import io.retention.features.RfmFeatures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Anchored churn labels and event-window features on CDNOW's 69,659 purchases, snapshot 1997-09-30.
 * The expected churn rates were counted independently from the raw file (customers with a purchase
 * on or before the snapshot, none in the horizon).
 */
@Tag("dataset")
class CdnowActivityDatasetTest {
  private static final Instant SNAPSHOT = day(1997, 9, 30);
  private static List<ActivityEvent> events;

  private static Instant day(int y, int m, int d) {
    return LocalDate.of(y, m, d).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  @BeforeAll
  static void read() {
    try (Stream<ActivityEvent> s =
        new CsvActivitySource(
                SharedDatasets.require("cdnow/CDNOW_master.txt"), ActivityCsvMapping.CDNOW)
            .events()) {
      events = s.toList();
    }
  }

  private static double churnRate(Instant horizonEnd) {
    Map<CustomerId, ChurnLabel> labels =
        new AnchoredChurnLabels(SNAPSHOT, horizonEnd, EnumSet.of(EventType.PURCHASE))
            .label(events.stream());
    assertEquals(23_570, labels.size(), "every CDNOW customer first bought in early 1997");
    return AnchoredChurnLabels.churnRate(labels);
  }

  @Test
  void churnRatesForThreeHorizonsMatchACountFromTheRawFile() {
    assertEquals(19_393 / 23_570.0, churnRate(SNAPSHOT.plusSeconds(90L * 86_400)), 1e-12);
    assertEquals(17_510 / 23_570.0, churnRate(SNAPSHOT.plusSeconds(180L * 86_400)), 1e-12);
    assertEquals(16_512 / 23_570.0, churnRate(day(1998, 6, 30)), 1e-12);
  }

  @Test
  void eventWindowFeaturesFeedRfmScoresAndLabels() {
    ActivityAggregator aggregator = new ActivityAggregator(ActivityWindowConfig.DEFAULTS);
    Map<CustomerId, ActivitySummary> summaries = aggregator.summarise(events.stream(), SNAPSHOT);
    assertEquals(23_570, summaries.size());
    Map<CustomerId, ChurnLabel> labels =
        new AnchoredChurnLabels(SNAPSHOT, day(1998, 6, 30), EnumSet.of(EventType.PURCHASE))
            .label(events.stream());
    List<Customer> customers = aggregator.customers(summaries, labels);
    FittedRfm rfm = new RfmFeatures(aggregator.schema(), RfmConfig.DEFAULTS).fit(customers);
    double championsChurn = churnOf(customers, rfm, "Champions");
    double hibernatingChurn = churnOf(customers, rfm, "Hibernating");
    assertTrue(
        championsChurn < hibernatingChurn - 0.3,
        "Champions churn " + championsChurn + ", Hibernating " + hibernatingChurn);
  }

  private static double churnOf(List<Customer> customers, FittedRfm rfm, String label) {
    List<Customer> group =
        customers.stream().filter(c -> rfm.score(c).label().equals(label)).toList();
    return group.stream().filter(Customer::churned).count() / (double) group.size();
  }
}
