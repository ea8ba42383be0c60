package io.retention.core.segmentation;

import io.retention.core.domain.Segment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the customers of one segment look like.
 *
 * @param segment the segment
 * @param size how many customers it has
 * @param share its share of all customers, in [0, 1]
 * @param labelled how many of them have a known churn label
 * @param churned how many of those churned
 * @param featureMeans the mean of each feature in original units, in feature order
 * @param rfmLabels how many of its customers carry each RFM label (empty when no RFM scores were
 *     supplied), most frequent first
 * @param topGenres the most frequent favourite genres, most frequent first (empty when there is no
 *     favourite-genre attribute)
 */
public record SegmentProfile(
    Segment segment,
    long size,
    double share,
    long labelled,
    long churned,
    Map<String, Double> featureMeans,
    Map<String, Long> rfmLabels,
    List<String> topGenres) {

  /** Checks the counts and copies the collections, keeping their order. */
  public SegmentProfile {
    Objects.requireNonNull(segment, "segment");
    if (size < 0 || labelled < 0 || labelled > size || churned < 0 || churned > labelled) {
      throw new IllegalArgumentException(
          "need 0 <= churned <= labelled <= size, got " + churned + ", " + labelled + ", " + size);
    }
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("share must lie in [0, 1], got " + share);
    }
    featureMeans = Collections.unmodifiableMap(new LinkedHashMap<>(featureMeans));
    rfmLabels = Collections.unmodifiableMap(new LinkedHashMap<>(rfmLabels));
    topGenres = List.copyOf(topGenres);
  }

  /**
   * The share of labelled customers who churned.
   *
   * @return the churn rate, or empty when no customer of the segment has a known label
   */
  public OptionalDouble churnRate() {
    return labelled == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) churned / labelled);
  }

  /**
   * The mean of one feature.
   *
   * @param feature the feature name
   * @return the mean in original units
   * @throws IllegalArgumentException if there is no such feature
   */
  public double mean(String feature) {
    Double v = featureMeans.get(feature);
    if (v == null) {
      throw new IllegalArgumentException(
          "no feature '" + feature + "' in " + featureMeans.keySet());
    }
    return v;
  }

  /**
   * The same profile under another segment (a new name).
   *
   * @param renamed the segment
   * @return the new profile
   */
  public SegmentProfile withSegment(Segment renamed) {
    return new SegmentProfile(
        renamed, size, share, labelled, churned, featureMeans, rfmLabels, topGenres);
  }
}
