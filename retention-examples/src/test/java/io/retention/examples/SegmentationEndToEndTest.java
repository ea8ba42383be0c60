package io.retention.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.segmentation.KScan;
import io.retention.core.segmentation.KScanConfig;
import io.retention.core.segmentation.SegmentCustomers;
import io.retention.core.segmentation.SegmentFeatureRoles;
import io.retention.core.segmentation.SegmentNamer;
import io.retention.core.segmentation.SegmentNamingConfig;
import io.retention.core.segmentation.SegmentProfile;
import io.retention.core.segmentation.SegmentProfiler;
import io.retention.core.segmentation.SegmentationReport;
import io.retention.core.testing.SegmentNameClaims;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import io.retention.ml.tribuo.KMeansConfig;
import io.retention.ml.tribuo.TribuoKMeansSegmenter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated customers through the tabular features, Tribuo k-means and core's naming. */
class SegmentationEndToEndTest {
  /** The behavioural features the segments are found on. */
  private static final List<String> BEHAVIOUR =
      List.of(
          "watch_hours",
          "avg_watch_time_per_day",
          "last_login_days",
          "monthly_fee",
          "number_of_profiles",
          "tenure_months");

  private static SegmentationReport segment(int customers) {
    List<Customer> all = new SyntheticCustomers(customers, 42).customers().toList();
    FittedFeatures features =
        new TabularFeaturePipeline(SyntheticCustomers.SCHEMA, TabularFeatureConfig.DEFAULTS)
            .fit(all);
    FeatureMatrix rows = features.transformAll(all);
    SegmentFeatureRoles roles = SegmentFeatureRoles.from(SyntheticCustomers.SCHEMA, rows.schema());
    SegmentCustomers service =
        new SegmentCustomers(
            new KScan(
                new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withFeatures(BEHAVIOUR)),
                KScanConfig.DEFAULTS.withRange(2, 6)),
            new SegmentProfiler(roles, SegmentProfiler.DEFAULT_TOP_GENRES),
            new SegmentNamer(SegmentNamingConfig.DEFAULTS, roles));
    return service.segment(rows, Map.of(), ProgressListener.NONE);
  }

  @Test
  void generatedCustomersGetDistinctlyNamedSegmentsWhoseProfilesAddUp() {
    SegmentationReport report = segment(3000);
    List<SegmentProfile> profiles = report.profiles();

    assertEquals(report.scan().chosenK(), profiles.size());
    assertEquals(
        profiles.size(),
        new HashSet<>(profiles.stream().map(p -> p.segment().name()).toList()).size());
    assertEquals(3000, profiles.stream().mapToLong(SegmentProfile::size).sum());
    assertEquals(1.0, profiles.stream().mapToDouble(SegmentProfile::share).sum(), 1e-12);
    assertEquals(5, report.scan().scores().size());
    for (SegmentProfile p : profiles) {
      assertTrue(p.size() > 0, p.segment().name());
      assertTrue(p.churnRate().isPresent(), "generated customers are labelled");
      assertFalse(p.topGenres().isEmpty(), "favourite genres are one-hot features");
      assertTrue(p.mean("monthly_fee") >= 8.99 && p.mean("monthly_fee") <= 17.99);
    }
  }

  @Test
  void theSegmentThatChurnsLeastIsLoyalAndTheOneThatChurnsMostIsAtRisk() {
    SegmentationReport report = segment(3000);
    double lowest = 1.0;
    double highest = 0.0;
    String least = "";
    String most = "";
    for (SegmentProfile p : report.profiles()) {
      double rate = p.churnRate().orElseThrow();
      if (rate < lowest) {
        lowest = rate;
        least = p.segment().name();
      }
      if (rate > highest) {
        highest = rate;
        most = p.segment().name();
      }
    }
    assertTrue(least.startsWith("Loyal "), "lowest churn in " + least);
    assertTrue(most.contains("At-Risk"), "highest churn in " + most);
  }

  @Test
  void everyWordOfEveryNameIsTrueOfItsSegment() {
    List<Customer> all = new SyntheticCustomers(3000, 42).customers().toList();
    FeatureMatrix rows =
        new TabularFeaturePipeline(SyntheticCustomers.SCHEMA, TabularFeatureConfig.DEFAULTS)
            .fit(all)
            .transformAll(all);
    SegmentationReport report = segment(3000);

    SegmentNameClaims.check(
        report, rows, SegmentFeatureRoles.from(SyntheticCustomers.SCHEMA, rows.schema()));
  }
}
