package io.retention.core.segmentation;

import java.util.List;
import java.util.Objects;

/**
 * Everything a segmentation run found: the scan over k with every score, the named model for the
 * chosen k, a profile per segment and the rule behind each segment's name.
 *
 * @param scan the scores of every k tried, the chosen k and the elbow
 * @param model the fitted segmentation with readable names; safe to share between threads
 * @param profiles one profile per segment, by index
 * @param namings one naming per segment, by index: the model's segment and the rule that named it
 */
public record SegmentationReport(
    KScanResult scan,
    NamedSegmentationModel model,
    List<SegmentProfile> profiles,
    List<SegmentNaming> namings) {

  /** Checks that there is one profile and one naming per segment, each of the model's segment. */
  public SegmentationReport {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(model, "model");
    profiles = List.copyOf(profiles);
    namings = List.copyOf(namings);
    int k = model.segments().size();
    if (profiles.size() != k || namings.size() != k) {
      throw new IllegalArgumentException(
          "expected "
              + k
              + " profiles and namings, got "
              + profiles.size()
              + ", "
              + namings.size());
    }
    for (int s = 0; s < k; s++) {
      if (!namings.get(s).segment().equals(model.segments().get(s))) {
        throw new IllegalArgumentException(
            "naming "
                + s
                + " is of "
                + namings.get(s).segment()
                + ", not of "
                + model.segments().get(s));
      }
    }
  }

  /**
   * Why a segment has its name.
   *
   * @param index the segment's index
   * @return the rule text of its name
   * @throws IndexOutOfBoundsException if there is no such segment
   */
  public String rule(int index) {
    return namings.get(index).rule();
  }
}
