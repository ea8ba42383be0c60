package io.retention.examples.dashboard;

import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Places a customer the run never saw in the segment whose profile (the mean of each segmentation
 * attribute, from the run summary) is nearest, each attribute scaled by its standard deviation over
 * the run's customers. Only profile entries that are numeric customer attributes count. Immutable.
 */
final class SegmentMatcher {
  /** The segment name when no profile attribute can be compared. */
  static final String UNKNOWN = "unknown";

  private final List<RunSummary.Segment> segments;
  private final List<String> attributes = new ArrayList<>();
  private final List<Double> scales = new ArrayList<>();

  SegmentMatcher(List<RunSummary.Segment> segments, CustomerTable customers) {
    this.segments = List.copyOf(segments);
    List<String> numeric = customers.schema().numericAttributes();
    for (RunSummary.Segment s : this.segments) {
      for (String a : s.profile().keySet()) {
        if (numeric.contains(a) && !attributes.contains(a)) {
          double sd = standardDeviation(customers.column(a));
          if (sd > 0) {
            attributes.add(a);
            scales.add(sd);
          }
        }
      }
    }
  }

  private static double standardDeviation(double[] values) {
    double sum = 0;
    double sq = 0;
    long n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        sq += v * v;
        n++;
      }
    }
    if (n < 2) {
      return 0;
    }
    double mean = sum / n;
    return Math.sqrt(Math.max(0, sq / n - mean * mean));
  }

  /**
   * The nearest segment's name.
   *
   * @param customer the customer
   * @return the name, or {@link #UNKNOWN} when nothing can be compared
   */
  String nearest(Customer customer) {
    String best = UNKNOWN;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (RunSummary.Segment s : segments) {
      double d = 0;
      int used = 0;
      for (int a = 0; a < attributes.size(); a++) {
        Map<String, Double> profile = s.profile();
        Double centre = profile.get(attributes.get(a));
        OptionalDouble v = customer.numericValue(attributes.get(a));
        if (centre != null && Double.isFinite(centre) && v.isPresent()) {
          double z = (v.getAsDouble() - centre) / scales.get(a);
          d += z * z;
          used++;
        }
      }
      if (used > 0 && d < bestDistance) {
        bestDistance = d;
        best = s.name();
      }
    }
    return best;
  }
}
