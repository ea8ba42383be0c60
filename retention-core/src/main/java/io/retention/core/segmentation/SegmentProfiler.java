package io.retention.core.segmentation;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes each segment from its customers' rows: size and share, churn rate where labels are
 * known, the mean of every feature in original units (the rows as given, before any scaling the
 * segmenter does), the mix of RFM labels when scores are supplied and the most frequent favourite
 * genres when the features hold genre indicators. Sums run in row order, so profiles do not depend
 * on thread count. Immutable and safe to share.
 */
public final class SegmentProfiler {
  /** How many favourite genres a profile lists by default. */
  public static final int DEFAULT_TOP_GENRES = 3;

  private final SegmentFeatureRoles roles;
  private final int topGenres;

  /**
   * Creates a profiler.
   *
   * @param roles which features are genre indicators
   * @param topGenres how many genres to list per segment, 0 or more
   */
  public SegmentProfiler(SegmentFeatureRoles roles, int topGenres) {
    this.roles = Objects.requireNonNull(roles, "roles");
    if (topGenres < 0) {
      throw new IllegalArgumentException("topGenres must be >= 0, got " + topGenres);
    }
    this.topGenres = topGenres;
  }

  /**
   * Profiles the segments.
   *
   * @param data the rows that were segmented
   * @param assignments the segment index of each row
   * @param segments every segment, by index
   * @param rfm RFM scores by customer (may be empty; customers without one are left out of the mix)
   * @return one profile per segment, by index; sizes add up to the number of rows
   */
  public List<SegmentProfile> profile(
      FeatureMatrix data,
      int[] assignments,
      List<Segment> segments,
      Map<CustomerId, RfmScore> rfm) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(rfm, "rfm");
    if (assignments.length != data.size()) {
      throw new IllegalArgumentException(
          "expected " + data.size() + " assignments, got " + assignments.length);
    }
    int k = segments.size();
    for (int s = 0; s < k; s++) {
      if (segments.get(s).index() != s) {
        throw new IllegalArgumentException("segment at position " + s + " has index " + s);
      }
    }
    int d = data.schema().size();
    long[] sizes = new long[k];
    long[] labelled = new long[k];
    long[] churned = new long[k];
    double[][] sums = new double[k][d];
    List<Map<String, Long>> mixes = new ArrayList<>();
    for (int s = 0; s < k; s++) {
      mixes.add(new HashMap<>());
    }
    for (int i = 0; i < data.size(); i++) {
      int s = assignments[i];
      if (s < 0 || s >= k) {
        throw new IllegalArgumentException("row " + i + " is in unknown segment " + s);
      }
      sizes[s]++;
      ChurnLabel label = data.labels().get(i);
      if (label != ChurnLabel.UNKNOWN) {
        labelled[s]++;
        if (label == ChurnLabel.CHURNED) {
          churned[s]++;
        }
      }
      for (int j = 0; j < d; j++) {
        sums[s][j] += data.get(i, j);
      }
      RfmScore score = rfm.get(data.ids().get(i));
      if (score != null) {
        mixes.get(s).merge(score.label(), 1L, Long::sum);
      }
    }
    List<SegmentProfile> out = new ArrayList<>(k);
    for (int s = 0; s < k; s++) {
      Map<String, Double> means = new LinkedHashMap<>();
      for (int j = 0; j < d; j++) {
        means.put(data.schema().names().get(j), sizes[s] == 0 ? 0.0 : sums[s][j] / sizes[s]);
      }
      out.add(
          new SegmentProfile(
              segments.get(s),
              sizes[s],
              (double) sizes[s] / data.size(),
              labelled[s],
              churned[s],
              means,
              sortedMix(mixes.get(s)),
              genres(means)));
    }
    return out;
  }

  private static Map<String, Long> sortedMix(Map<String, Long> mix) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    mix.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private List<String> genres(Map<String, Double> means) {
    return roles.genreIndicators().stream()
        .filter(means::containsKey)
        .filter(g -> means.get(g) > 0.0)
        .sorted(
            Comparator.comparing((String g) -> -means.get(g))
                .thenComparing(SegmentFeatureRoles::genreOf))
        .limit(topGenres)
        .map(SegmentFeatureRoles::genreOf)
        .toList();
  }
}
