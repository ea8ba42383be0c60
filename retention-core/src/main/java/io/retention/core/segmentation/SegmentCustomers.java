package io.retention.core.segmentation;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Segments customers end to end: scans k, keeps the model of the chosen k, profiles its segments in
 * original units (with churn rates from the rows' labels) and names them, each name with its rule.
 * Immutable and safe to share.
 */
public final class SegmentCustomers {
  private final KScan scan;
  private final SegmentProfiler profiler;
  private final SegmentNamer namer;

  /**
   * Creates the service.
   *
   * @param scan chooses k and fits the model
   * @param profiler describes the segments
   * @param namer names them
   */
  @Inject
  public SegmentCustomers(KScan scan, SegmentProfiler profiler, SegmentNamer namer) {
    this.scan = Objects.requireNonNull(scan, "scan");
    this.profiler = Objects.requireNonNull(profiler, "profiler");
    this.namer = Objects.requireNonNull(namer, "namer");
  }

  /**
   * Segments the rows.
   *
   * @param data the customers' features in original units, with their churn labels where known, at
   *     least one row
   * @param rfm RFM scores by customer, possibly empty
   * @param progress told how the scan advances
   * @return the scan, the named model, the profiles and the naming rules
   */
  public SegmentationReport segment(
      FeatureMatrix data, Map<CustomerId, RfmScore> rfm, ProgressListener progress) {
    KScanResult result = scan.scan(data, progress);
    SegmentationModel model = result.model();
    int[] assignments = model.assignAll(data);
    List<SegmentProfile> unnamed = profiler.profile(data, assignments, model.segments(), rfm);
    List<SegmentNaming> namings = namer.describe(data, unnamed);
    List<Segment> names = namings.stream().map(SegmentNaming::segment).toList();
    List<SegmentProfile> profiles = new ArrayList<>(unnamed.size());
    for (int s = 0; s < unnamed.size(); s++) {
      profiles.add(unnamed.get(s).withSegment(names.get(s)));
    }
    return new SegmentationReport(
        result, new NamedSegmentationModel(model, names), profiles, namings);
  }
}
