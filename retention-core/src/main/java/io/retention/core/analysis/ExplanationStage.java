package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.Contribution;
import io.retention.core.analysis.RunSummary.CustomerExplanation;
import io.retention.core.analysis.RunSummary.Driver;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.explain.AttributeContribution;
import io.retention.core.explain.AttributeGrouping;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.CustomerReasons;
import io.retention.core.explain.GlobalDriver;
import io.retention.core.explain.GlobalDrivers;
import io.retention.core.explain.Reason;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.ResultKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Explains the churn model: global drivers from the SHAP values of an id-based sample, and the
 * reasons of the highest-priority customers one by one, stored as the explanations result.
 */
final class ExplanationStage {
  /** Rows used as SHAP background for the explainer. */
  static final int BACKGROUND_ROWS = 100;

  /** Reasons kept per explained customer. */
  static final int REASONS = 3;

  private static final int CONTRIBUTIONS = RunSummary.CONTRIBUTIONS;

  /** Global drivers kept in the summary. */
  static final int DRIVERS = 15;

  private final ExplainerFactory explainers;

  ExplanationStage(ExplainerFactory explainers) {
    this.explainers = explainers;
  }

  /** The explained customers by position, the global drivers and the summary's rows. */
  record Explained(
      Map<Integer, Explanation> byPosition,
      List<Driver> drivers,
      List<CustomerExplanation> customers) {
    static final Explained NONE = new Explained(Map.of(), List.of(), List.of());
  }

  Explained run(
      CustomerPasses passes,
      ScoringStage.Scores scores,
      ChurnModelBundle bundle,
      RunConfig config,
      AnalysisSink sink,
      RunFiles files,
      ProgressListener progress) {
    int n = passes.size();
    int[] top =
        topByPriority(passes, scores.priorities(), Math.min(config.explainedCustomers(), n));
    BitSet wanted = new BitSet(n);
    for (int i : top) {
      wanted.set(i);
    }
    double driverShare = Math.min(1.0, (double) config.driverSample() / n);
    double backgroundShare = Math.min(1.0, (double) BACKGROUND_ROWS / n);
    List<Customer> background = new ArrayList<>();
    List<Customer> driverRows = new ArrayList<>();
    Map<Integer, Customer> topCustomers = new HashMap<>();
    passes.forEachChunk(
        "Choosing customers to explain",
        (start, chunk) -> {
          for (int j = 0; j < chunk.size(); j++) {
            Customer c = chunk.get(j);
            if (CustomerPasses.unit(config.seed() + 1, c.id().value()) < driverShare) {
              driverRows.add(c);
            }
            if (CustomerPasses.unit(config.seed() + 2, c.id().value()) < backgroundShare) {
              background.add(c);
            }
            if (wanted.get(start + j)) {
              topCustomers.put(start + j, c);
            }
          }
        });
    FittedFeatures fitted = bundle.features();
    Optional<BatchChurnExplainer> found =
        explainers.forModel(
            bundle.model(),
            fitted.transformAll(
                background.isEmpty() ? topCustomers.values().stream().toList() : background));
    if (found.isEmpty()) {
      return Explained.NONE;
    }
    BatchChurnExplainer explainer = found.get();
    AttributeGrouping grouping = AttributeGrouping.of(fitted.schema(), fitted.describe());
    CustomerReasons reasons = new CustomerReasons(grouping);
    progress.started("Explaining churn risk", driverRows.size() + top.length);
    List<Explanation> sample = explainer.explainAll(fitted.transformAll(driverRows));
    progress.advanced(driverRows.size());
    List<Driver> drivers = drivers(sample, grouping);
    Map<Integer, Explanation> byPosition = new HashMap<>();
    Map<CustomerId, Explanation> byId = new LinkedHashMap<>();
    List<CustomerExplanation> rows = new ArrayList<>();
    for (int i : top) {
      Customer c = topCustomers.get(i);
      Explanation e = explainer.explain(fitted.transform(c));
      byPosition.put(i, e);
      byId.put(c.id(), e);
      rows.add(
          new CustomerExplanation(
              c.id().value(),
              scores.plans().probability(i),
              e.baseValue(),
              e.space().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              contributions(grouping.group(e)),
              reasons.top(e, REASONS).stream().map(Reason::phrase).toList()));
    }
    progress.advanced(driverRows.size() + top.length);
    progress.finished();
    sink.explanations(byId);
    files.add(ResultKind.EXPLANATIONS);
    return new Explained(byPosition, drivers, rows);
  }

  /** The largest contributions, and the rest in one entry so that they still add up. */
  private static List<Contribution> contributions(List<AttributeContribution> attributes) {
    List<AttributeContribution> grouped = new ArrayList<>(attributes);
    grouped.sort(
        Comparator.comparingDouble((AttributeContribution a) -> -Math.abs(a.contribution()))
            .thenComparing(AttributeContribution::attribute));
    List<Contribution> out = new ArrayList<>();
    for (AttributeContribution a : grouped.subList(0, Math.min(CONTRIBUTIONS, grouped.size()))) {
      out.add(new Contribution(a.attribute(), a.value(), a.contribution()));
    }
    if (grouped.size() > CONTRIBUTIONS) {
      double rest = 0.0;
      for (AttributeContribution a : grouped.subList(CONTRIBUTIONS, grouped.size())) {
        rest += a.contribution();
      }
      out.add(
          new Contribution(
              String.format(Locale.ROOT, "%d other attributes", grouped.size() - CONTRIBUTIONS),
              "",
              rest));
    }
    return out;
  }

  /** Mean absolute SHAP contribution per attribute, with the direction of its feature. */
  private static List<Driver> drivers(List<Explanation> sample, AttributeGrouping grouping) {
    if (sample.isEmpty()) {
      return List.of();
    }
    Map<String, GlobalDriver.Direction> directions = new HashMap<>();
    for (GlobalDriver d : GlobalDrivers.rank(sample)) {
      directions.put(d.feature(), d.direction());
    }
    Map<String, Double> sums = new TreeMap<>();
    for (Explanation e : sample) {
      for (AttributeContribution a : grouping.group(e)) {
        sums.merge(a.attribute(), Math.abs(a.contribution()), Double::sum);
      }
    }
    List<Driver> out = new ArrayList<>();
    sums.forEach(
        (attribute, sum) -> {
          GlobalDriver.Direction d = directions.get(attribute);
          String direction =
              d == GlobalDriver.Direction.RAISES_RISK_WHEN_HIGHER
                  ? "raises"
                  : d == GlobalDriver.Direction.LOWERS_RISK_WHEN_HIGHER ? "lowers" : "mixed";
          out.add(new Driver(attribute, sum / sample.size(), direction));
        });
    out.sort(
        Comparator.comparingDouble((Driver d) -> -d.meanAbsContribution())
            .thenComparing(Driver::feature));
    return List.copyOf(out.subList(0, Math.min(DRIVERS, out.size())));
  }

  /** Positions of the customers with the highest priority, ties by customer id. */
  private static int[] topByPriority(CustomerPasses passes, double[] priorities, int k) {
    Integer[] order = new Integer[passes.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, Comparator.comparingDouble((Integer i) -> -priorities[i]).thenComparing(passes::id));
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
