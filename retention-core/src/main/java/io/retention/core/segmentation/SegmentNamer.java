package io.retention.core.segmentation;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gives segments names that say how each differs from the whole population, in the units of its
 * profile, and states the rule behind every name.
 *
 * <p><b>Axes.</b> Every axis compares a segment's mean of a feature with the mean over all rows, as
 * a relative difference (segment − overall) / |overall| (0 when the overall mean is 0), each
 * feature counting at most ±100%:
 *
 * <ul>
 *   <li><em>value</em>: the mean relative difference of the spend features;
 *   <li><em>activity</em>: the mean relative difference of the engagement features, with the
 *       recency features (days since the last activity: more is worse) counted against;
 *   <li><em>risk</em>: the segment's churn rate against the population's, where labels exist.
 * </ul>
 *
 * <p><b>Words.</b> A segment earns {@code highValue} when its value lies above {@code valueMargin},
 * {@code lowSpend} when below −{@code valueMargin}; {@code engaged} or {@code lowEngagement} the
 * same way on activity with {@code activityMargin}; {@code atRisk} when its churn rate exceeds the
 * population's by more than the relative {@code churnMargin}, {@code loyal} when it lies below the
 * population's by at least that margin (at or below it with a margin of 0). Without labels (for the
 * segment or the population), a segment is {@code atRisk} when its activity is low, and never
 * {@code loyal}. An axis without features, or within its margin, earns no word. The base name is
 * [loyal] [engaged | lowEngagement] (highValue | lowSpend | customers) [atRisk], for example "Loyal
 * Engaged High-Value", "Low-Engagement Low-Spend At-Risk", "Loyal Low-Spend" (no engagement
 * feature) or "Engaged Customers At-Risk" (spend about average, no labels). Every word is therefore
 * true of its segment.
 *
 * <p><b>Namesakes.</b> Segments that share a base name carry a qualifier after a comma that says
 * how each differs from the others ({@link SegmentQualifiers}): "Loyal Low-Spend, longest tenure"
 * and "Loyal Low-Spend, newest"; "…, highest spend", "…, most active", "…, lowest churn". Names are
 * distinct and deterministic (ties go to the lower segment index).
 *
 * <p><b>Rules.</b> {@link #describe} returns with each name the rule text that gave it, for example
 * "High-Value: MonthlyCharges 81.2 vs 64.8 overall (+25%); At-Risk: churn 49.2% vs 26.5% overall",
 * so that a report can print why a segment is called what it is.
 *
 * <p>Immutable and safe to share.
 */
public final class SegmentNamer {
  private final SegmentNamingConfig config;
  private final SegmentFeatureRoles roles;

  /**
   * Creates a namer.
   *
   * @param config the words and margins
   * @param roles which features measure spend, engagement, recency and tenure
   */
  public SegmentNamer(SegmentNamingConfig config, SegmentFeatureRoles roles) {
    this.config = Objects.requireNonNull(config, "config");
    this.roles = Objects.requireNonNull(roles, "roles");
  }

  /**
   * Names the segments.
   *
   * @param data the rows that were segmented (for the population's means)
   * @param profiles one profile per segment, by index (their labelled and churned counts make the
   *     population's churn rate)
   * @return one named segment per profile, same indices, distinct names
   */
  public List<Segment> name(FeatureMatrix data, List<SegmentProfile> profiles) {
    return describe(data, profiles).stream().map(SegmentNaming::segment).toList();
  }

  /**
   * Names the segments and says why.
   *
   * @param data the rows that were segmented (for the population's means)
   * @param profiles one profile per segment, by index (their labelled and churned counts make the
   *     population's churn rate)
   * @return one naming per profile, same order: the named segment (same index, distinct names) and
   *     its rule text
   */
  public List<SegmentNaming> describe(FeatureMatrix data, List<SegmentProfile> profiles) {
    Objects.requireNonNull(data, "data");
    int k = profiles.size();
    SegmentStanding.Population population =
        new SegmentStanding.Population(config, roles, data, profiles);
    List<SegmentStanding> standings = new ArrayList<>(k);
    Map<String, List<Integer>> namesakes = new LinkedHashMap<>();
    for (int s = 0; s < k; s++) {
      SegmentStanding standing = population.measure(profiles.get(s));
      standings.add(standing);
      namesakes.computeIfAbsent(standing.baseName(config), b -> new ArrayList<>()).add(s);
    }
    String[] names = new String[k];
    String[] rules = new String[k];
    SegmentQualifiers qualifiers = new SegmentQualifiers(standings, profiles, roles);
    for (Map.Entry<String, List<Integer>> e : namesakes.entrySet()) {
      List<Integer> members = e.getValue();
      if (members.size() == 1) {
        int s = members.get(0);
        names[s] = e.getKey();
        rules[s] = standings.get(s).rule();
        continue;
      }
      List<SegmentQualifiers.Qualifier> qualified = qualifiers.qualify(e.getKey(), members);
      for (int i = 0; i < members.size(); i++) {
        int s = members.get(i);
        names[s] = e.getKey() + ", " + qualified.get(i).words();
        rules[s] = standings.get(s).rule() + "; " + qualified.get(i).rule();
      }
    }
    List<SegmentNaming> out = new ArrayList<>(k);
    for (int s = 0; s < k; s++) {
      out.add(
          new SegmentNaming(new Segment(profiles.get(s).segment().index(), names[s]), rules[s]));
    }
    return out;
  }
}
