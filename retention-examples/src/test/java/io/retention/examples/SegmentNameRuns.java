package io.retention.examples;

import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.segmentation.KScan;
import io.retention.core.segmentation.KScanConfig;
import io.retention.core.segmentation.SegmentCustomers;
import io.retention.core.segmentation.SegmentFeatureRoles;
import io.retention.core.segmentation.SegmentNamer;
import io.retention.core.segmentation.SegmentNamingConfig;
import io.retention.core.segmentation.SegmentProfiler;
import io.retention.core.segmentation.SegmentationReport;
import io.retention.core.testing.SegmentNameClaims;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import io.retention.ml.tribuo.KMeansConfig;
import io.retention.ml.tribuo.TribuoSegmenterFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Segments a customer table the way the project's two entry points do and checks that every name is
 * true of its segment ({@link SegmentNameClaims}).
 */
final class SegmentNameRuns {
  /** The seed both entry points use by default. */
  static final long SEED = 42;

  /** How an entry point chooses the features and the range of k. */
  enum Entry {
    /**
     * The analysis run ({@code RetentionAnalysis}, the demo): the attributes with behavioural roles
     * (usage, daily usage, recency, frequency, spend, profiles, tenure, in that order; all numeric
     * attributes when fewer than two), k = 2..6.
     */
    ANALYSIS(6),
    /** The {@code segment} command: every numeric attribute of the mapping, k = 2..8. */
    COMMAND(8);

    private final int maxK;

    Entry(int maxK) {
      this.maxK = maxK;
    }
  }

  private SegmentNameRuns() {}

  /**
   * Segments, names and checks.
   *
   * @param label the table's name, for the log
   * @param customers the customers
   * @param schema their roles
   * @param entry which entry point's choices to follow
   * @return the segmentation
   */
  static SegmentationReport segmentAndCheck(
      String label, List<Customer> customers, CustomerSchema schema, Entry entry) {
    FeatureMatrix rows =
        new TabularFeaturePipeline(schema, TabularFeatureConfig.DEFAULTS)
            .fit(customers)
            .transformAll(customers);
    List<String> features = features(schema, rows, entry);
    SegmentFeatureRoles roles = SegmentFeatureRoles.from(schema, rows.schema());
    SegmentationReport report =
        new SegmentCustomers(
                new KScan(
                    new TribuoSegmenterFactory(KMeansConfig.DEFAULTS).create(features, SEED),
                    KScanConfig.DEFAULTS.withRange(2, entry.maxK)),
                new SegmentProfiler(roles, SegmentProfiler.DEFAULT_TOP_GENRES),
                new SegmentNamer(SegmentNamingConfig.DEFAULTS, roles))
            .segment(rows, Map.of(), ProgressListener.NONE);
    String log = SegmentNameClaims.check(report, rows, roles);
    System.out.printf(
        Locale.ROOT,
        "%s, %s features %s: k = %d%n%s",
        label,
        entry.name().toLowerCase(Locale.ROOT),
        features,
        report.scan().chosenK(),
        log);
    return report;
  }

  private static List<String> features(CustomerSchema schema, FeatureMatrix rows, Entry entry) {
    if (entry == Entry.ANALYSIS) {
      return SegmentFeatureRoles.clusteringFeatures(schema, rows.schema());
    }
    List<String> names = new ArrayList<>();
    for (String a : schema.numericAttributes()) {
      if (rows.schema().names().contains(a)) {
        names.add(a);
      }
    }
    return names;
  }
}
