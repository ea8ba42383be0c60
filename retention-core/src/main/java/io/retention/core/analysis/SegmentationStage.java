package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.Segment;
import io.retention.core.analysis.RunSummary.SegmentationSummary;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.RfmScore;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.FittedSegmentation;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.ResultKind;
import io.retention.core.port.out.ResultWriter;
import io.retention.core.port.out.SegmenterFactory;
import io.retention.core.segmentation.KScan;
import io.retention.core.segmentation.KScanConfig;
import io.retention.core.segmentation.SegmentCustomers;
import io.retention.core.segmentation.SegmentFeatureRoles;
import io.retention.core.segmentation.SegmentNamer;
import io.retention.core.segmentation.SegmentNamingConfig;
import io.retention.core.segmentation.SegmentProfiler;
import io.retention.core.segmentation.SegmentationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Segments the customers: a k scan on the signals' sample over the behavioural features, names and
 * profiles, then every customer assigned in one pass, writing the segments result.
 */
final class SegmentationStage {
  /** The roles whose attributes the segments are built on, in this order. */
  private final FeaturePipeline features;

  private final SegmenterFactory segmenters;

  SegmentationStage(FeaturePipeline features, SegmenterFactory segmenters) {
    this.features = features;
    this.segmenters = segmenters;
  }

  SegmentAssignment run(
      CustomerPasses passes,
      Population population,
      SignalTable signals,
      RunConfig config,
      AnalysisSink sink,
      RunFiles files,
      ProgressListener progress) {
    CustomerSchema schema = passes.schema();
    List<Customer> fit = signals.sample();
    FittedFeatures fitted = features.fit(fit);
    FeatureMatrix matrix = fitted.transformAll(fit);
    List<String> behaviour = SegmentFeatureRoles.clusteringFeatures(schema, matrix.schema());
    SegmentFeatureRoles roles = SegmentFeatureRoles.from(schema, matrix.schema());
    SegmentCustomers service =
        new SegmentCustomers(
            new KScan(
                segmenters.create(behaviour, config.seed()),
                new KScanConfig(
                    config.minSegments(),
                    config.maxSegments(),
                    KScanConfig.DEFAULTS.criterion(),
                    KScanConfig.DEFAULTS.exactSilhouetteLimit(),
                    KScanConfig.DEFAULTS.silhouetteSampleSize(),
                    config.seed())),
            new SegmentProfiler(roles, SegmentProfiler.DEFAULT_TOP_GENRES),
            new SegmentNamer(SegmentNamingConfig.DEFAULTS, roles));
    Map<CustomerId, RfmScore> sampleRfm = new HashMap<>();
    for (Customer c : fit) {
      signals.fitted().rfm(c).ifPresent(s -> sampleRfm.put(c.id(), s));
    }
    SegmentationReport report = service.segment(matrix, sampleRfm, progress);
    FittedSegmentation segmentation = new FittedSegmentation(fitted, report.model());
    Counts counts = assign(segmentation, passes, population, sink, files);
    return new SegmentAssignment(
        counts.assigned(),
        names(segmentation),
        segmentation,
        SegmentationSummary.of(
            report, behaviour, counts.size(), counts.labelled(), counts.churned()));
  }

  /**
   * Places every customer with a segmentation saved by an earlier run, writing the segments result;
   * the summary of such an assignment holds the counts and churn rates only.
   */
  static SegmentAssignment assignSaved(
      FittedSegmentation segmentation,
      CustomerPasses passes,
      Population population,
      AnalysisSink sink,
      RunFiles files) {
    Counts counts = assign(segmentation, passes, population, sink, files);
    List<Segment> rows = new ArrayList<>();
    for (io.retention.core.domain.Segment s : segmentation.segments()) {
      int i = s.index();
      rows.add(
          new Segment(
              i,
              s.name(),
              counts.size()[i],
              Attributes.rate(counts.churned()[i], counts.labelled()[i]),
              Map.of(),
              ""));
    }
    return new SegmentAssignment(
        counts.assigned(),
        names(segmentation),
        segmentation,
        new SegmentationSummary(rows.size(), "saved", List.of(), List.of(), rows));
  }

  /** Each customer position's segment, and the customers, labelled and churned per segment. */
  private record Counts(byte[] assigned, long[] size, long[] labelled, long[] churned) {}

  private static Counts assign(
      FittedSegmentation segmentation,
      CustomerPasses passes,
      Population population,
      AnalysisSink sink,
      RunFiles files) {
    List<io.retention.core.domain.Segment> segments = segmentation.segments();
    int k = segments.size();
    byte[] assigned = new byte[passes.size()];
    long[] size = new long[k];
    long[] labelled = new long[k];
    long[] churned = new long[k];
    try (ResultWriter<CustomerSegment> out = sink.segments()) {
      passes.forEachChunk(
          "Assigning segments",
          (start, chunk) -> {
            int[] a = segmentation.assignAll(chunk);
            for (int j = 0; j < chunk.size(); j++) {
              int i = start + j;
              int s = a[j];
              assigned[i] = (byte) s;
              size[s]++;
              if (population.isLabelled(i)) {
                labelled[s]++;
                churned[s] += population.churned(i) ? 1 : 0;
              }
              out.write(new CustomerSegment(passes.id(i), segments.get(s)));
            }
          });
      out.commit();
    }
    files.add(ResultKind.SEGMENTS);
    return new Counts(assigned, size, labelled, churned);
  }

  private static List<String> names(FittedSegmentation segmentation) {
    return segmentation.segments().stream().map(io.retention.core.domain.Segment::name).toList();
  }
}
