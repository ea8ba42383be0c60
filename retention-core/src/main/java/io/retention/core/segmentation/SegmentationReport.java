package io.retention.core.segmentation;

import java.util.List;
import java.util.Objects;

/**
 * Everything a segmentation run found: the scan over k with every score, the named model for the
 * chosen k, and a profile per segment.
 *
 * @param scan the scores of every k tried, the chosen k and the elbow
 * @param model the fitted segmentation with readable names; safe to share between threads
 * @param profiles one profile per segment, by index
 */
public record SegmentationReport(
    KScanResult scan, NamedSegmentationModel model, List<SegmentProfile> profiles) {

  /** Checks that there is one profile per segment. */
  public SegmentationReport {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(model, "model");
    profiles = List.copyOf(profiles);
    if (profiles.size() != model.segments().size()) {
      throw new IllegalArgumentException(
          "expected " + model.segments().size() + " profiles, got " + profiles.size());
    }
  }
}
