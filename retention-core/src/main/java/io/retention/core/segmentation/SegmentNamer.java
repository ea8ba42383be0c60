package io.retention.core.segmentation;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Gives segments readable names from their mean feature values, by one deterministic rule.
 *
 * <p><b>Scores.</b> For every role feature, a segment's mean is turned into a z-score against the
 * whole population of rows: (segment mean − population mean) / population standard deviation (0 for
 * a constant feature). A segment's <em>value</em> is the mean z-score of its spend features; its
 * <em>activity</em> is the mean z-score of its engagement features minus the mean z-score of its
 * recency features (days since last activity: more is worse). A role with no feature adds 0.
 *
 * <p><b>Names.</b> The four names sit at the four quadrants around ({@code valueThreshold}, {@code
 * activityThreshold}): high value and activity is Loyal High-Value, high value and low activity
 * High-Value At-Risk, low value and high activity Engaged Low-Spend, low and low Low Engagement /
 * Budget. A segment's affinity to a name is ±(value − valueThreshold) ± (activity −
 * activityThreshold), with the signs of the name's quadrant.
 *
 * <ul>
 *   <li>With at most four segments, each segment gets a different name: the one-to-one assignment
 *       with the largest total affinity (ties: the first found, segments in index order trying
 *       names in the order above).
 *   <li>With more segments, each takes the name of highest affinity (its quadrant); when several
 *       share a name, all of them carry a qualifier, their rank by affinity to that name (ties: by
 *       index): "Engaged Low-Spend (1)", "Engaged Low-Spend (2)".
 * </ul>
 *
 * <p>Every segment therefore gets a distinct name. Immutable and safe to share.
 */
public final class SegmentNamer {
  private static final double[][] QUADRANTS = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};

  private final SegmentNamingConfig config;
  private final SegmentFeatureRoles roles;

  /**
   * Creates a namer.
   *
   * @param config the names and thresholds
   * @param roles which features measure spend, engagement and recency
   */
  public SegmentNamer(SegmentNamingConfig config, SegmentFeatureRoles roles) {
    this.config = Objects.requireNonNull(config, "config");
    this.roles = Objects.requireNonNull(roles, "roles");
  }

  /**
   * Names the segments.
   *
   * @param data the rows that were segmented (for the population means and deviations)
   * @param profiles one profile per segment, by index
   * @return one named segment per profile, same indices, distinct names
   */
  public List<Segment> name(FeatureMatrix data, List<SegmentProfile> profiles) {
    int k = profiles.size();
    double[][] affinity = new double[k][QUADRANTS.length];
    for (int s = 0; s < k; s++) {
      double[] axes = axes(data, profiles.get(s));
      for (int q = 0; q < QUADRANTS.length; q++) {
        affinity[s][q] =
            QUADRANTS[q][0] * (axes[0] - config.valueThreshold())
                + QUADRANTS[q][1] * (axes[1] - config.activityThreshold());
      }
    }
    List<String> names = config.names();
    String[] chosen = new String[k];
    if (k <= names.size()) {
      int[] best = bestAssignment(affinity);
      for (int s = 0; s < k; s++) {
        chosen[s] = names.get(best[s]);
      }
    } else {
      int[] quadrant = new int[k];
      for (int s = 0; s < k; s++) {
        for (int q = 1; q < QUADRANTS.length; q++) {
          if (affinity[s][q] > affinity[s][quadrant[s]]) {
            quadrant[s] = q;
          }
        }
      }
      for (int q = 0; q < QUADRANTS.length; q++) {
        int name = q;
        List<Integer> members = new ArrayList<>();
        for (int s = 0; s < k; s++) {
          if (quadrant[s] == q) {
            members.add(s);
          }
        }
        members.sort(
            Comparator.comparingDouble((Integer s) -> -affinity[s][name]).thenComparingInt(s -> s));
        for (int rank = 0; rank < members.size(); rank++) {
          chosen[members.get(rank)] =
              members.size() == 1
                  ? names.get(q)
                  : String.format(Locale.ROOT, "%s (%d)", names.get(q), rank + 1);
        }
      }
    }
    List<Segment> out = new ArrayList<>(k);
    for (int s = 0; s < k; s++) {
      out.add(new Segment(profiles.get(s).segment().index(), chosen[s]));
    }
    return out;
  }

  /**
   * A segment's value and activity scores.
   *
   * @param data the population rows
   * @param profile the segment
   * @return {value, activity}
   */
  double[] axes(FeatureMatrix data, SegmentProfile profile) {
    double value = meanZ(data, profile, roles.spend());
    double activity =
        meanZ(data, profile, roles.engagement()) - meanZ(data, profile, roles.recency());
    return new double[] {value, activity};
  }

  private static double meanZ(FeatureMatrix data, SegmentProfile profile, List<String> features) {
    if (features.isEmpty()) {
      return 0.0;
    }
    double total = 0.0;
    for (String feature : features) {
      double[] column = data.column(data.schema().indexOf(feature));
      double mean = 0.0;
      for (double v : column) {
        mean += v;
      }
      mean /= column.length;
      double var = 0.0;
      for (double v : column) {
        var += (v - mean) * (v - mean);
      }
      double sd = Math.sqrt(var / column.length);
      total += sd == 0.0 ? 0.0 : (profile.mean(feature) - mean) / sd;
    }
    return total / features.size();
  }

  /** The injective segment-to-name map with the largest total affinity; first found on ties. */
  private static int[] bestAssignment(double[][] affinity) {
    int k = affinity.length;
    int[] current = new int[k];
    int[] best = new int[k];
    double[] bestTotal = {Double.NEGATIVE_INFINITY};
    search(affinity, 0, new boolean[QUADRANTS.length], current, 0.0, best, bestTotal);
    return best;
  }

  private static void search(
      double[][] affinity,
      int s,
      boolean[] used,
      int[] current,
      double total,
      int[] best,
      double[] bestTotal) {
    if (s == affinity.length) {
      if (total > bestTotal[0] + 1e-12) {
        bestTotal[0] = total;
        System.arraycopy(current, 0, best, 0, current.length);
      }
      return;
    }
    for (int q = 0; q < QUADRANTS.length; q++) {
      if (!used[q]) {
        used[q] = true;
        current[s] = q;
        search(affinity, s + 1, used, current, total + affinity[s][q], best, bestTotal);
        used[q] = false;
      }
    }
  }
}
