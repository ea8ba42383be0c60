package io.retention.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.segmentation.SegmentFeatureRoles;
import io.retention.core.segmentation.SegmentNamingConfig;
import io.retention.core.segmentation.SegmentProfile;
import io.retention.core.segmentation.SegmentationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every word of every segment name is true of its segment, recomputing each claim from
 * the rows and the profiles by the rule {@code SegmentNamer} documents: "High-Value" means mean
 * spend above the population's, "At-Risk" a churn rate above the population's (or, without labels,
 * activity below it), "Loyal" a churn rate at or below it, "Low-Engagement" activity below the
 * population's, and a qualifier such as "longest tenure" the longest tenure among the segment's
 * namesakes. Names must be distinct and never numbered.
 */
public final class SegmentNameClaims {
  private static final Pattern QUALIFIER = Pattern.compile("(?:(\\d+)(?:st|nd|rd|th)-)?(.+)");
  private static final double CAP = 1.0;

  private SegmentNameClaims() {}

  /**
   * Checks the names of a segmentation made with {@link SegmentNamingConfig#DEFAULTS}.
   *
   * @param report the segmentation
   * @param rows the rows that were segmented
   * @param roles the roles the namer read
   * @return one line per segment (name, size, churn, rule), for the test's log
   */
  public static String check(
      SegmentationReport report, FeatureMatrix rows, SegmentFeatureRoles roles) {
    SegmentNamingConfig words = SegmentNamingConfig.DEFAULTS;
    List<SegmentProfile> profiles = report.profiles();
    List<String> names = profiles.stream().map(p -> p.segment().name()).toList();
    assertEquals(names.size(), new HashSet<>(names).size(), "distinct names: " + names);
    Map<String, Double> means = populationMeans(rows);
    double churn = populationChurn(rows);
    Map<String, List<Integer>> namesakes = new LinkedHashMap<>();
    StringBuilder log = new StringBuilder();
    for (int s = 0; s < profiles.size(); s++) {
      SegmentProfile p = profiles.get(s);
      String name = p.segment().name();
      assertFalse(name.matches(".*\\(\\d+\\)$"), "a numbered name: " + name);
      String base = name.contains(", ") ? name.substring(0, name.indexOf(", ")) : name;
      namesakes.computeIfAbsent(base, b -> new ArrayList<>()).add(s);
      checkBase(base, p, means, churn, roles, words);
      assertFalse(report.rule(s).isBlank(), name + " has a rule");
      log.append(
          String.format(
              Locale.ROOT,
              "  %-52s %,6d  churn %6s  %s%n",
              name,
              p.size(),
              p.churnRate().isPresent()
                  ? String.format(Locale.ROOT, "%.1f%%", 100 * p.churnRate().getAsDouble())
                  : "-",
              report.rule(s)));
    }
    for (Map.Entry<String, List<Integer>> e : namesakes.entrySet()) {
      checkQualifiers(e.getKey(), e.getValue(), profiles, means, roles);
    }
    return log.toString();
  }

  private static void checkBase(
      String base,
      SegmentProfile p,
      Map<String, Double> means,
      double churn,
      SegmentFeatureRoles roles,
      SegmentNamingConfig w) {
    List<String> words = List.of(base.split(" "));
    String name = p.segment().name();
    double value = axis(p, means, roles.spend(), List.of());
    if (words.contains(w.highValue())) {
      assertTrue(value > w.valueMargin(), name + ": spend above the population's, " + value);
      for (String f : roles.spend()) {
        assertTrue(p.mean(f) > means.get(f), name + ": mean " + f + " above the population's");
      }
    } else if (words.contains(w.lowSpend())) {
      assertTrue(value < -w.valueMargin(), name + ": spend below the population's, " + value);
    } else {
      assertTrue(
          Double.isNaN(value) || Math.abs(value) <= w.valueMargin(),
          name + ": no value word, yet spend differs by " + value);
    }
    double activity = axis(p, means, roles.engagement(), roles.recency());
    if (words.contains(w.engaged())) {
      assertTrue(activity > w.activityMargin(), name + ": activity above, " + activity);
    } else if (words.contains(w.lowEngagement())) {
      assertTrue(activity < -w.activityMargin(), name + ": activity below, " + activity);
    } else {
      assertTrue(
          Double.isNaN(activity) || Math.abs(activity) <= w.activityMargin(),
          name + ": no engagement word, yet activity differs by " + activity);
    }
    boolean loyal = words.contains(w.loyal());
    boolean atRisk = words.contains(w.atRisk());
    if (p.churnRate().isPresent() && !Double.isNaN(churn)) {
      double rate = p.churnRate().getAsDouble();
      if (loyal) {
        assertTrue(rate <= churn, name + ": churn " + rate + " at or below " + churn);
      }
      if (atRisk) {
        assertTrue(rate > churn, name + ": churn " + rate + " above " + churn);
      }
      if (rate > churn * (1 + w.churnMargin())) {
        assertTrue(atRisk, name + ": churn " + rate + " well above " + churn + " needs At-Risk");
      }
    } else {
      assertFalse(loyal, name + ": Loyal without labels");
      assertEquals(
          activity < -w.activityMargin(),
          atRisk,
          name + ": without labels At-Risk is low activity");
    }
  }

  private static void checkQualifiers(
      String base,
      List<Integer> members,
      List<SegmentProfile> profiles,
      Map<String, Double> means,
      SegmentFeatureRoles roles) {
    if (members.size() == 1) {
      assertEquals(base, profiles.get(members.get(0)).segment().name(), "a lone name is plain");
      return;
    }
    for (int s : members) {
      String name = profiles.get(s).segment().name();
      assertTrue(name.startsWith(base + ", "), name + " is qualified among its namesakes");
      Matcher m = QUALIFIER.matcher(name.substring(base.length() + 2));
      assertTrue(m.matches(), name);
      int rank = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
      String phrase = m.group(2);
      boolean top =
          !List.of("newest", "lowest spend", "least active", "lowest churn", "smallest")
              .contains(phrase);
      double mine = dimension(phrase, profiles.get(s), means, roles);
      int beyond = 0;
      int level = 0;
      for (int o : members) {
        if (o != s) {
          double other = dimension(phrase, profiles.get(o), means, roles);
          beyond += (top ? other > mine : other < mine) ? 1 : 0;
          level += other == mine ? 1 : 0;
        }
      }
      if (rank == 1 && m.group(1) == null && level == 0) {
        assertEquals(0, beyond, name + ": '" + phrase + "' holds among " + members.size());
      } else {
        assertTrue(
            beyond <= rank - 1 && rank - 1 <= beyond + level,
            name + ": rank " + rank + " of '" + phrase + "' among " + members.size());
      }
    }
  }

  private static double dimension(
      String phrase, SegmentProfile p, Map<String, Double> means, SegmentFeatureRoles roles) {
    return switch (phrase) {
      case "longest tenure", "newest" -> p.mean(single(roles.tenure()));
      case "highest spend", "lowest spend" -> p.mean(single(roles.spend()));
      case "most active", "least active" -> axis(p, means, roles.engagement(), roles.recency());
      case "highest churn", "lowest churn" -> p.churnRate().orElseThrow();
      case "largest", "smallest" -> p.size();
      default -> fail("an unknown qualifier: " + phrase);
    };
  }

  private static String single(List<String> features) {
    assertEquals(1, features.size(), "one feature for a qualifier on it: " + features);
    return features.get(0);
  }

  /** The mean capped relative difference, the features of {@code down} counted against. */
  private static double axis(
      SegmentProfile p, Map<String, Double> means, List<String> up, List<String> down) {
    if (up.isEmpty() && down.isEmpty()) {
      return Double.NaN;
    }
    double total = 0;
    for (String f : up) {
      total += capped(p.mean(f), means.get(f));
    }
    for (String f : down) {
      total -= capped(p.mean(f), means.get(f));
    }
    return total / (up.size() + down.size());
  }

  private static double capped(double segment, double overall) {
    double d = overall == 0 ? 0 : (segment - overall) / Math.abs(overall);
    return Math.max(-CAP, Math.min(CAP, d));
  }

  private static Map<String, Double> populationMeans(FeatureMatrix rows) {
    Map<String, Double> means = new LinkedHashMap<>();
    for (int j = 0; j < rows.schema().size(); j++) {
      double sum = 0;
      for (int i = 0; i < rows.size(); i++) {
        sum += rows.get(i, j);
      }
      means.put(rows.schema().names().get(j), sum / rows.size());
    }
    return means;
  }

  private static double populationChurn(FeatureMatrix rows) {
    long labelled = rows.labels().stream().filter(l -> l != ChurnLabel.UNKNOWN).count();
    long churned = rows.labels().stream().filter(l -> l == ChurnLabel.CHURNED).count();
    return labelled == 0 ? Double.NaN : (double) churned / labelled;
  }
}
