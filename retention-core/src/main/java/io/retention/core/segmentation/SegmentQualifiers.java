package io.retention.core.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells segments that share a base name apart by how each differs from its namesakes.
 *
 * <p>The dimensions are tenure, spend, activity and churn rate (each where every namesake has a
 * value). A segment <em>holds</em> a dimension's top (or bottom) when it alone has the highest (or
 * lowest) value among its namesakes; its strength is the gap to the nearest namesake, as a share of
 * the dimension's spread over all segments. Each segment takes the top or bottom it holds with the
 * largest strength (ties: dimensions in the order above, top before bottom): "longest tenure",
 * "newest", "highest spend", "lowest spend", "most active", "least active", "highest churn",
 * "lowest churn". A top or bottom has one holder, so the qualifiers of namesakes differ.
 *
 * <p>When some namesake holds no top or bottom, all of them are ranked instead on the dimension
 * whose values among them spread most (as a share of its spread over all segments), or by size when
 * none differs: "highest spend", "2nd-highest spend", "3rd-highest spend" (ties by index).
 * Immutable.
 */
final class SegmentQualifiers {

  /** A dimension namesakes are told apart on, with its words for the top and the bottom. */
  enum Dimension {
    TENURE("longest tenure", "newest"),
    SPEND("highest spend", "lowest spend"),
    ACTIVITY("most active", "least active"),
    CHURN("highest churn", "lowest churn"),
    SIZE("largest", "smallest");

    private final String top;
    private final String bottom;

    Dimension(String top, String bottom) {
      this.top = top;
      this.bottom = bottom;
    }

    /**
     * The words for the segment with the highest value.
     *
     * @return for example "longest tenure"
     */
    String top() {
      return top;
    }

    /**
     * The words for the segment with the lowest value.
     *
     * @return for example "newest"
     */
    String bottom() {
      return bottom;
    }
  }

  /**
   * One segment's qualifier.
   *
   * @param words what follows the base name and a comma, such as "longest tenure"
   * @param rule why, for the segment's rule text
   */
  record Qualifier(String words, String rule) {}

  /** The dimensions tried for tops and bottoms, in order of preference on ties. */
  private static final List<Dimension> BEHAVIOUR =
      List.of(Dimension.TENURE, Dimension.SPEND, Dimension.ACTIVITY, Dimension.CHURN);

  private final double[][] values;
  private final double[] spread;
  private final List<SegmentProfile> profiles;
  private final SegmentFeatureRoles roles;

  /**
   * Collects every segment's value on every dimension.
   *
   * @param standings every segment's standing, by index
   * @param profiles every segment's profile, by index
   * @param roles which features are the spend and tenure features (for the rule texts)
   */
  SegmentQualifiers(
      List<SegmentStanding> standings, List<SegmentProfile> profiles, SegmentFeatureRoles roles) {
    this.profiles = List.copyOf(profiles);
    this.roles = Objects.requireNonNull(roles, "roles");
    int k = standings.size();
    values = new double[Dimension.values().length][k];
    spread = new double[Dimension.values().length];
    for (int s = 0; s < k; s++) {
      SegmentStanding st = standings.get(s);
      values[Dimension.TENURE.ordinal()][s] = st.tenure();
      values[Dimension.SPEND.ordinal()][s] = st.value();
      values[Dimension.ACTIVITY.ordinal()][s] = st.activity();
      values[Dimension.CHURN.ordinal()][s] = st.churn();
      values[Dimension.SIZE.ordinal()][s] = profiles.get(s).size();
    }
    for (Dimension d : Dimension.values()) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : values[d.ordinal()]) {
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      spread[d.ordinal()] = max > min ? max - min : 0.0;
    }
  }

  /**
   * The qualifiers of namesakes.
   *
   * @param base their shared base name
   * @param members their segment indices, ascending, at least two
   * @return one distinct qualifier per member, in the same order
   */
  List<Qualifier> qualify(String base, List<Integer> members) {
    int m = members.size();
    Dimension[] dimension = new Dimension[m];
    boolean[] top = new boolean[m];
    double[] strength = new double[m];
    Arrays.fill(strength, -1.0);
    for (Dimension d : BEHAVIOUR) {
      if (!usable(d, members)) {
        continue;
      }
      for (boolean high : new boolean[] {true, false}) {
        int holder = holder(d, members, high);
        if (holder >= 0) {
          double gap = Math.abs(value(d, members.get(holder)) - nearest(d, members, holder));
          double share = gap / spread[d.ordinal()];
          if (share > strength[holder]) {
            strength[holder] = share;
            dimension[holder] = d;
            top[holder] = high;
          }
        }
      }
    }
    boolean everyone = true;
    for (Dimension d : dimension) {
      everyone &= d != null;
    }
    if (!everyone) {
      return ranked(base, members);
    }
    List<Qualifier> out = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      Dimension d = dimension[i];
      int s = members.get(i);
      int next = nearestMember(d, members, i);
      out.add(
          new Qualifier(
              top[i] ? d.top() : d.bottom(),
              (top[i] ? d.top() : d.bottom())
                  + " of the "
                  + m
                  + " '"
                  + base
                  + "' segments: "
                  + display(d, s)
                  + " vs "
                  + display(d, next)));
    }
    return out;
  }

  /** Every member ranked on the dimension that spreads them most, or by size. */
  private List<Qualifier> ranked(String base, List<Integer> members) {
    Dimension best = Dimension.SIZE;
    double widest = 0.0;
    for (Dimension d : BEHAVIOUR) {
      if (usable(d, members)) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s : members) {
          min = Math.min(min, value(d, s));
          max = Math.max(max, value(d, s));
        }
        double share = (max - min) / spread[d.ordinal()];
        if (share > widest) {
          widest = share;
          best = d;
        }
      }
    }
    Dimension d = best;
    List<Integer> order = new ArrayList<>(members);
    order.sort(Comparator.comparingDouble((Integer s) -> -value(d, s)).thenComparingInt(s -> s));
    List<String> shown = order.stream().map(s -> display(d, s)).toList();
    List<Qualifier> out = new ArrayList<>(members.size());
    for (int s : members) {
      int rank = order.indexOf(s) + 1;
      String words = rank == 1 ? d.top() : ordinal(rank) + "-" + d.top();
      out.add(
          new Qualifier(
              words,
              words
                  + " of the "
                  + members.size()
                  + " '"
                  + base
                  + "' segments ("
                  + String.join(", ", shown)
                  + ")"));
    }
    return out;
  }

  private boolean usable(Dimension d, List<Integer> members) {
    if (spread[d.ordinal()] <= 0.0) {
      return false;
    }
    for (int s : members) {
      if (Double.isNaN(value(d, s))) {
        return false;
      }
    }
    return true;
  }

  /** The position of the one member strictly above (or below) all others, or -1. */
  private int holder(Dimension d, List<Integer> members, boolean high) {
    int best = 0;
    boolean alone = true;
    for (int i = 1; i < members.size(); i++) {
      double v = value(d, members.get(i));
      double b = value(d, members.get(best));
      if (high ? v > b : v < b) {
        best = i;
        alone = true;
      } else if (v == b) {
        alone = false;
      }
    }
    return alone ? best : -1;
  }

  /** The value of the member nearest to the one at position {@code i}. */
  private double nearest(Dimension d, List<Integer> members, int i) {
    return value(d, nearestMember(d, members, i));
  }

  /** The segment index of the member whose value is nearest to that at position {@code i}. */
  private int nearestMember(Dimension d, List<Integer> members, int i) {
    double v = value(d, members.get(i));
    int best = -1;
    for (int j = 0; j < members.size(); j++) {
      if (j != i
          && (best < 0 || Math.abs(value(d, members.get(j)) - v) < Math.abs(value(d, best) - v))) {
        best = members.get(j);
      }
    }
    return best;
  }

  private double value(Dimension d, int segment) {
    return values[d.ordinal()][segment];
  }

  /** A segment's value on a dimension, in the units a reader knows. */
  private String display(Dimension d, int s) {
    SegmentProfile p = profiles.get(s);
    return switch (d) {
      case TENURE -> feature(roles.tenure(), "tenure", p, value(d, s));
      case SPEND -> feature(roles.spend(), "spend", p, value(d, s));
      case ACTIVITY -> "activity " + SegmentStanding.percent(value(d, s));
      case CHURN -> "churn " + SegmentStanding.rate(value(d, s));
      case SIZE -> String.format(Locale.ROOT, "%,d customers", p.size());
    };
  }

  private static String feature(
      List<String> features, String axis, SegmentProfile p, double score) {
    return features.size() == 1
        ? features.get(0) + " " + SegmentStanding.number(p.mean(features.get(0)))
        : axis + " " + SegmentStanding.percent(score);
  }

  /**
   * An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
   *
   * @param n a positive number
   * @return the ordinal
   */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    int last = n % 10;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return n + suffix;
  }
}
