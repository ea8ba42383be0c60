package io.retention.examples.dashboard;

import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.explain.GlobalDriver;
import io.retention.core.explain.GlobalDrivers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The explanation parts of a run's summary rebuilt from the {@code explanations.csv} of {@code
 * retention explain}, which keeps each customer's largest contributions: the global drivers and the
 * top customers' waterfalls.
 */
final class StepExplanations {
  /** Drivers kept, as many as a run's summary keeps. */
  static final int DRIVERS = 15;

  private StepExplanations() {}

  /**
   * Mean |contribution| of each feature over every explained customer (0 where a customer's rows do
   * not name it), strongest first; the direction is core's {@link GlobalDrivers} over the customers
   * whose rows name the feature.
   */
  static List<RunSummary.Driver> drivers(Map<CustomerId, Explanation> explanations) {
    Map<String, List<Explanation>> byFeature = new TreeMap<>();
    Map<String, Double> sums = new HashMap<>();
    for (Explanation e : explanations.values()) {
      for (Contribution c : e.contributions()) {
        byFeature
            .computeIfAbsent(c.feature(), f -> new ArrayList<>())
            .add(new Explanation(e.baseValue(), List.of(c), e.prediction(), e.space()));
        sums.merge(c.feature(), Math.abs(c.contribution()), Double::sum);
      }
    }
    List<RunSummary.Driver> out = new ArrayList<>();
    byFeature.forEach(
        (feature, rows) -> {
          GlobalDriver.Direction d = GlobalDrivers.rank(rows).get(0).direction();
          String direction =
              d == GlobalDriver.Direction.RAISES_RISK_WHEN_HIGHER
                  ? "raises"
                  : d == GlobalDriver.Direction.LOWERS_RISK_WHEN_HIGHER ? "lowers" : "mixed";
          out.add(
              new RunSummary.Driver(feature, sums.get(feature) / explanations.size(), direction));
        });
    out.sort(
        Comparator.comparingDouble((RunSummary.Driver d) -> -d.meanAbsContribution())
            .thenComparing(RunSummary.Driver::feature));
    return List.copyOf(out.subList(0, Math.min(DRIVERS, out.size())));
  }

  /**
   * The explained customers a run would show, highest priority first (the plan's order, else the
   * highest scores, else the highest predictions), each with the contributions its rows keep and
   * the rest of the prediction in one entry, and the plan's drivers as its reasons.
   */
  static List<RunSummary.CustomerExplanation> top(
      Map<CustomerId, Explanation> explanations,
      Optional<PlanTable> plans,
      List<ChurnScore> scores) {
    int n = RunConfig.DEFAULTS.explainedCustomers();
    Map<String, Double> probability = new LinkedHashMap<>();
    Map<String, List<String>> reasons = new HashMap<>();
    if (plans.isPresent()) {
      plans
          .get()
          .forEachMatch(
              PlanQuery.ALL,
              p -> {
                if (probability.size() < n
                    && explanations.containsKey(CustomerId.of(p.customerId()))) {
                  probability.put(p.customerId(), p.churnProbability());
                  reasons.put(p.customerId(), p.topDrivers());
                }
              });
    } else if (!scores.isEmpty()) {
      scores.stream()
          .sorted(
              Comparator.comparingDouble((ChurnScore s) -> -s.probability())
                  .thenComparing(s -> s.customer().value()))
          .filter(s -> explanations.containsKey(s.customer()))
          .limit(n)
          .forEach(s -> probability.put(s.customer().value(), s.probability()));
    } else {
      explanations.entrySet().stream()
          .sorted(
              Comparator.comparingDouble(
                      (Map.Entry<CustomerId, Explanation> e) -> -e.getValue().prediction())
                  .thenComparing(e -> e.getKey().value()))
          .limit(n)
          .forEach(e -> probability.put(e.getKey().value(), Double.NaN));
    }
    List<RunSummary.CustomerExplanation> out = new ArrayList<>();
    probability.forEach(
        (id, p) -> {
          Explanation e = explanations.get(CustomerId.of(id));
          out.add(
              new RunSummary.CustomerExplanation(
                  id,
                  p,
                  e.baseValue(),
                  e.space().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                  contributions(e),
                  reasons.getOrDefault(id, List.of())));
        });
    return List.copyOf(out);
  }

  /** The rows' contributions, largest first, and what they leave of the prediction. */
  private static List<RunSummary.Contribution> contributions(Explanation e) {
    List<RunSummary.Contribution> out = new ArrayList<>();
    for (Contribution c : e.top(e.contributions().size())) {
      out.add(new RunSummary.Contribution(c.feature(), value(c.value()), c.contribution()));
    }
    double rest = e.prediction() - e.baseValue();
    for (Contribution c : e.contributions()) {
      rest -= c.contribution();
    }
    if (Math.abs(rest) > 1e-12) {
      out.add(new RunSummary.Contribution("the other features", "", rest));
    }
    return out;
  }

  private static String value(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.3f", v);
  }
}
